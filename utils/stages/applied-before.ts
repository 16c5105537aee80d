import type { NoticeRelations } from '../record/notice-relations';
import { isSubmittedOrLater, STAGES, type Stage } from '../record/stages';

/**
 * "You applied to this post before": the tracked vacancies that are this post's earlier postings.
 * One the notice names for those who already applied (a reserve list, the earlier posting) is
 * one whenever it was; otherwise an earlier posting within the last 18 months with the same
 * title (a re-advertisement's mark set aside) and, unless the notice calls itself a
 * re-advertisement, the same body as read: the same tasks, competencies and requirements.
 */

/** How far back the same title and body count as the same post. */
export const SAME_POST_MONTHS = 18;

/** What the comparison reads of a vacancy (a stored record fits). */
export interface PostRecord {
  reference: string;
  title: string;
  organisation: string | null;
  location: string | null;
  grade: { grades: readonly string[] } | null;
  clearance: string | null;
  minExperienceYears: number | null;
  keyChallenges: readonly string[];
  competencies: readonly string[];
  closesAt: string | null;
  capturedAt: string;
  status: string;
  relations?: NoticeRelations | undefined;
}

export interface EarlierApplication {
  reference: string;
  title: string;
  status: string;
  /** 'named': the notice names it; 'same-post': same title (and body) within 18 months. */
  why: 'named' | 'same-post';
}

/** A re-advertisement's mark and the brackets or colon around it, so both postings' titles compare. */
const MARK =
  /[([]\s*(?:re-?advertise(?:ment|d)|re-?announce(?:ment|d)|re-?published|re-?issued?|r[ée]-?publi(?:cation|[ée]e?)|r[ée][ée]dition)\s*[)\]]|^\s*(?:re-?advertise(?:ment|d)|r[ée]-?publication|r[ée][ée]dition)\s*[:\-–]\s*/giu;

/** A title reduced to what names the post: no mark, case, punctuation or spacing differences. */
export function postTitle(title: string): string {
  return title
    .replace(MARK, ' ')
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The body as read: two postings with the same fingerprint print the same post. */
function bodyFingerprint(record: PostRecord): string {
  return JSON.stringify([
    record.organisation,
    record.location,
    record.grade?.grades ?? null,
    record.clearance,
    record.minExperienceYears,
    record.keyChallenges,
    record.competencies,
  ]);
}

/** Only a notice read whole has a body to compare (a results row has only its title and grade). */
const hasBody = (record: PostRecord) => record.keyChallenges.length > 0 || record.competencies.length > 0;

function monthsBefore(now: Date, months: number): number {
  const at = new Date(now.getTime());
  at.setUTCMonth(at.getUTCMonth() - months);
  return at.getTime();
}

/**
 * The earlier postings of `record`'s post among `others` that the candidate applied to (as
 * `applied` judges a status), the notice's own links first, then the most recent.
 */
export function appliedBefore(record: PostRecord, others: readonly PostRecord[], now: Date, applied: (status: string) => boolean): EarlierApplication[] {
  const named = new Set((record.relations?.named ?? []).map((link) => link.reference));
  const readvertised = (record.relations?.readvertisement ?? null) !== null;
  const title = postTitle(record.title);
  const since = monthsBefore(now, SAME_POST_MONTHS);
  const found: (EarlierApplication & { at: number })[] = [];
  for (const other of others) {
    if (other.reference === record.reference || !applied(other.status)) continue;
    const at = Date.parse(other.closesAt ?? other.capturedAt);
    const base = { reference: other.reference, title: other.title, status: other.status, at };
    if (named.has(other.reference)) {
      found.push({ ...base, why: 'named' });
      continue;
    }
    if (at < since || postTitle(other.title) !== title) continue;
    const sameBody = readvertised
      ? record.organisation === null || other.organisation === null || record.organisation === other.organisation
      : hasBody(record) && bodyFingerprint(record) === bodyFingerprint(other);
    if (sameBody) found.push({ ...base, why: 'same-post' });
  }
  return found
    .sort((a, b) => (a.why === b.why ? b.at - a.at : a.why === 'named' ? -1 : 1))
    .map(({ at: _at, ...earlier }) => earlier);
}

/** The applications the candidate sent: submitted or any later stage (withdrawals before sending left out). */
export function wasApplied(status: string): boolean {
  return isStage(status) && isSubmittedOrLater(status);
}

const isStage = (status: string): status is Stage => (STAGES as readonly string[]).includes(status);
