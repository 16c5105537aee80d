import type { VacancyStore } from '../db/vacancy-store';
import { parseNotice } from '../parse/parse-notice';

export type SelectionCapture =
  | { ok: true; reference: string; title: string; closesAt: string | null; created: boolean }
  | { ok: false; reason: string };

/**
 * The context-menu capture of a notice selected on any page (a PDF viewer, another site):
 * the same parser as the portal pages, saved by the one store.
 */
export async function captureSelection(store: VacancyStore, text: string, sourceUrl: string | undefined, now: Date): Promise<SelectionCapture> {
  const parsed = parseNotice(text, sourceUrl && /^https?:/.test(sourceUrl) ? { sourceUrl } : {});
  if (!parsed.ok) return { ok: false, reason: parsed.message };
  const { record, created } = await store.saveCapture(parsed.record, now);
  return { ok: true, reference: record.reference, title: record.title, closesAt: record.closesAt, created };
}
