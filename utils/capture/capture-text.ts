import type { MergeResult } from '../db-writer/merge';
import type { VacancyStore } from '../db-writer/vacancy-store';
import { parseNotice } from '../parse/parse-notice';
import type { Refusal } from '../parse/refusal';
import { missingKey, withKey, type GivenKey } from '../record/keyed-vacancy';
import { referenceFromAddress } from '../portal/urls';

export type TextCapture =
  | ({ ok: true } & Pick<MergeResult, 'created' | 'changed' | 'record'>)
  /**
   * A notice that prints no reference (or no title): nothing is saved until the user gives it.
   * `found`: what the notice prints, to prefill the form; `fromPage`: the reference offered is the
   * page address's, not the notice's.
   */
  | { ok: false; missing: ('reference' | 'title')[]; found: { reference: string | null; title: string | null }; fromPage: boolean }
  | { ok: false; missing?: undefined; reason: Refusal };

/**
 * A notice pasted in the popup's Add notice page (or the selection waiting there), read by the
 * background like every other capture. Without `given` the page address's `job=` stands in for a
 * reference the notice does not print; once the user has typed what is missing, `given` holds it.
 * Saved on purpose: followed.
 */
export async function captureText(
  store: VacancyStore,
  text: string,
  sourceUrl: string | null,
  given: GivenKey | undefined,
  now: Date,
  { since }: { since?: string } = {},
): Promise<TextCapture> {
  const parsed = parseNotice(text, sourceUrl !== null && /^https?:/.test(sourceUrl) ? { sourceUrl } : {});
  if (!parsed.ok) return { ok: false, reason: parsed.reason };
  const fromPage = referenceFromAddress(sourceUrl);
  const keyed = withKey(parsed.record, given ?? { reference: fromPage ?? undefined });
  if (keyed === null) {
    const { reference, title } = parsed.record;
    return { ok: false, missing: missingKey(parsed.record), found: { reference: reference ?? fromPage, title }, fromPage: reference === null && fromPage !== null };
  }
  const { created, changed, record } = await store.saveCapture(keyed, now, { follow: true, since });
  return { ok: true, created, changed, record };
}
