import type { VacancyStore } from '../db-writer/vacancy-store';
import { parseNotice } from '../parse/parse-notice';
import type { Refusal } from '../parse/refusal';
import { missingKey, withKey } from '../record/keyed-vacancy';
import { referenceFromAddress } from '../portal/urls';
import { keptSourceUrl } from '../record/source-url';

export type SelectionCapture =
  | { ok: true; reference: string; title: string; closesAt: string | null; created: boolean }
  /** A notice that prints no reference (or no title): nothing is saved until the user gives it. */
  | { ok: false; missing: ('reference' | 'title')[] }
  | { ok: false; missing?: undefined; reason: Refusal };

/**
 * The context-menu capture of a notice selected on any page (a PDF viewer, another site):
 * the same parser as the portal pages, saved by the one store. A notice without a reference
 * takes the page address's `job=`; with neither, the caller asks the user (utils/background/
 * pending-notice.ts) and nothing is saved meanwhile. The worker runs it as a write request
 * (capture/requests.ts, 'capture-selection'), so it raises the same change alerts as a page capture.
 */
export async function captureSelection(
  store: VacancyStore,
  text: string,
  sourceUrl: string | undefined,
  now: Date,
  /** `since`: the first attempt's time, for a retried request (sinceFirstAttempt). */
  { since }: { since?: string } = {},
): Promise<SelectionCapture> {
  const webUrl = keptSourceUrl(sourceUrl) ?? undefined;
  const parsed = parseNotice(text, webUrl ? { sourceUrl: webUrl } : {});
  if (!parsed.ok) return { ok: false, reason: parsed.reason };
  const given = { reference: referenceFromAddress(webUrl) };
  const keyed = withKey(parsed.record, given);
  if (keyed === null) {
    const missing = missingKey(parsed.record, given);
    return { ok: false, missing };
  }
  // Saved on purpose from a menu: followed, like a notice added by hand.
  const { record, created } = await store.saveCapture(keyed, now, { follow: true, since });
  return { ok: true, reference: record.reference, title: record.title, closesAt: record.closesAt, created };
}
