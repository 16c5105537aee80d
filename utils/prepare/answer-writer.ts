import { writeTime } from '../db-writer/merge';
import { sameValue } from '../record/same-value';
import { NotTrackedError, type VacancyDatabase } from '../db-writer/vacancy-store';
import { MAX_SENT_VERSIONS, type Answer, type AnswerDraft } from '../record/answer-schema';

/**
 * The answers workspace's writes, made by the background only (the database's one writer), each
 * in one transaction. A draft is sent whole as typed, so a retry after a lost reply writes the
 * same row again; "Mark as sent" keeps a version unless it is the one kept last.
 */
export class AnswerWriter {
  constructor(private readonly db: VacancyDatabase) {}

  /** Saves a question and its draft; the versions marked sent stay. The vacancy must be tracked. */
  save(draft: AnswerDraft, now = new Date()): Promise<Answer> {
    return this.db.transaction('rw', this.db.vacancies, this.db.answers, async () => {
      if (!(await this.db.vacancies.get(draft.reference))) throw new NotTrackedError(draft.reference);
      const existing = await this.db.answers.get([draft.reference, draft.id]);
      if (existing && sameValue({ ...existing, ...draft }, existing)) return existing;
      const next: Answer = { ...draft, sent: existing?.sent ?? [], updatedAt: writeTime(existing?.updatedAt, now) };
      await this.db.answers.put(next);
      return next;
    });
  }

  /** Keeps the current draft as a version sent to the portal; null when the question is gone. */
  markSent(reference: string, id: string, now = new Date()): Promise<Answer | null> {
    return this.db.transaction('rw', this.db.answers, async () => {
      const existing = await this.db.answers.get([reference, id]);
      if (!existing) return null;
      if (existing.sent.at(-1)?.text === existing.draft) return existing;
      const at = writeTime(existing.updatedAt, now);
      const sent = [...existing.sent, { text: existing.draft, sentAt: at }].slice(-MAX_SENT_VERSIONS);
      const next: Answer = { ...existing, sent, updatedAt: at };
      await this.db.answers.put(next);
      return next;
    });
  }

  remove(reference: string, id: string): Promise<void> {
    return this.db.transaction('rw', this.db.answers, () => this.db.answers.delete([reference, id]));
  }

  /**
   * A backup's answers, merged and never deleting: per question the later-edited draft wins, and
   * the versions marked sent are the union of both (by moment). Returns how many rows changed.
   * Runs inside the caller's transaction when there is one (the import's, with the vacancies).
   */
  importAnswers(answers: readonly Answer[]): Promise<number> {
    return this.db.transaction('rw', this.db.answers, async () => {
      const existing = await this.db.answers.bulkGet(answers.map((answer) => [answer.reference, answer.id] as [string, string]));
      const changed = answers.flatMap((incoming, index) => {
        const current = existing[index];
        const merged = current ? mergeAnswer(current, incoming) : incoming;
        return current && sameValue(merged, current) ? [] : [merged];
      });
      await this.db.answers.bulkPut(changed);
      return changed.length;
    });
  }
}

function mergeAnswer(current: Answer, incoming: Answer): Answer {
  const newer = Date.parse(incoming.updatedAt) > Date.parse(current.updatedAt) ? incoming : current;
  const byMoment = new Map([...current.sent, ...incoming.sent].map((version) => [`${version.sentAt}\u0000${version.text}`, version]));
  const sent = [...byMoment.values()].sort((a, b) => Date.parse(a.sentAt) - Date.parse(b.sentAt)).slice(-MAX_SENT_VERSIONS);
  return { ...newer, sent };
}
