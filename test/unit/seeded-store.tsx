import { render } from '@testing-library/preact';
import type { ComponentChildren } from 'preact';
import { I18nProvider } from '../../components/i18n';
import type { Locale } from '../../utils/i18n';
import type { VacancyStore } from '../../utils/db-writer/vacancy-store';
import { freshStore } from './fresh-store';
import { watchDeadlinePage } from '../../utils/popup-client/vacancy-queries';
import type { StoredVacancy } from '../../utils/record/stored-vacancy';
import { PARSED_FIELDS, type KeyedVacancy } from '../../utils/record/vacancy-record';
import { ResultRowSchema, USER_FIELDS, type ResultRow } from '../../utils/record/stored-vacancy';
import { setFollowed } from '../../utils/follow/follow-writes';

/** Test support: a locale wrapper, and a fake-indexeddb store seeded through the real store API. */
export function renderIn(locale: Locale, ui: ComponentChildren) {
  return render(<I18nProvider locale={locale}>{ui}</I18nProvider>);
}

/**
 * Stores records through the real store API, like the extension does: a notice capture or a
 * results-row track, the portal's withdrawal, then the user's fields.
 */
export async function seededStore(records: StoredVacancy[], now = new Date('2025-12-01T09:00:00Z')): Promise<VacancyStore> {
  const store = freshStore();
  for (const record of records) {
    if (record.completeness === 'row') {
      const row = Object.fromEntries(Object.keys(ResultRowSchema.shape).map((field) => [field, record[field as keyof ResultRow]]));
      await store.trackRow(row as ResultRow, now);
    } else {
      const parsed = Object.fromEntries(PARSED_FIELDS.map((field) => [field, record[field]])) as KeyedVacancy;
      await store.saveCapture(parsed, now, { follow: record.followedAt !== null });
    }
    if (record.portalState === 'withdrawn') await store.markWithdrawn(record.reference, now);
    const edits = USER_FIELDS.filter((field) => field !== 'followedAt').map((field) => [field, record[field]]);
    await store.updateUserFields(record.reference, Object.fromEntries(edits), now);
    // Followed by its track or its edits above, a record only seen is unfollowed again.
    if (record.followedAt === null) await setFollowed(store, record.reference, false, now);
  }
  return store;
}

/** The deadline list's data props, read from a store as the popup does. */
export function listSource(store: VacancyStore) {
  return {
    watchPage: (request: Parameters<typeof watchDeadlinePage>[1]) => watchDeadlinePage(store, request),
    loadAll: () => store.all(),
  };
}

/** A store holding exactly these records, written straight in (for views that only read). */
export async function storeHolding(records: StoredVacancy[]): Promise<VacancyStore> {
  const store = freshStore();
  await store.db.vacancies.bulkPut(records);
  return store;
}
