import type { GivenKey } from '../record/keyed-vacancy';
import { RequestFailed, type Failure } from '../failure';
import type { Request, RequestOf, ResponseFor } from '../messages';
import type { SendRequest } from '../messaging-client';
import { oneAtATime } from '../one-at-a-time';
import type { Settings } from '../settings/settings';
import type { StoredVacancy } from '../record/stored-vacancy';
import type { StagesRequest } from '../stages/requests';
import { VacancyReader, type VacancyDatabase } from '../db-reader/vacancy-reader';
import type { UserFieldsPatch } from '../db-writer/vacancy-store';
import type { Answer, AnswerDraft } from '../record/answer-schema';

/**
 * The popup's store: it reads the database itself, read-only (live queries), and every change is
 * a request to the background, the only writer, which validates it, writes it and re-plans
 * reminders and the badge before answering. A refused or unanswered request throws RequestFailed
 * with its code (utils/failure.ts words it).
 *
 * Changes are sent one at a time: a change whose reply was lost is sent again (the client's
 * retries, up to ~8 s), and a newer change sent meanwhile would land first and then be undone
 * by the older one's retry (notes typed on, a status changed twice).
 */
export class PopupStore extends VacancyReader {
  private readonly inTurn = oneAtATime();

  constructor(
    private readonly send: SendRequest,
    db?: VacancyDatabase,
  ) {
    super(db);
  }

  /** `basedOn`: the stored values the edit was made from; the background refuses it if they moved. */
  async updateUserFields(reference: string, patch: UserFieldsPatch, basedOn?: UserFieldsPatch): Promise<StoredVacancy> {
    return (await this.ask({ type: 'update-user-fields', reference, patch, ...(basedOn ? { basedOn } : {}) })).record;
  }

  /** The user opened the vacancy: its "changed" mark goes. The background stamps the moment. */
  async markChangesSeen(reference: string): Promise<void> {
    await this.ask({ type: 'mark-changes-seen', reference });
  }

  /**
   * A notice pasted in the popup, read by the background; `given`: the reference and title the
   * user typed for a notice that prints none. Answers what was saved, or what is missing, or why
   * the text is not a notice.
   */
  async addNotice(text: string, sourceUrl: string | null, given?: GivenKey): Promise<ResponseFor<'capture-text'>['capture']> {
    return (await this.ask({ type: 'capture-text', text, sourceUrl, ...(given ? { given } : {}) })).capture;
  }

  /**
   * A checked backup's vacancies, and its settings to restore (null: keep the current ones).
   * `removed`: when the backup was made, and whether vacancies removed since come back.
   */
  importBackup(
    vacancies: StoredVacancy[],
    settings: Settings | null,
    removed: { exportedAt: string | null; restoreRemoved: boolean } = { exportedAt: null, restoreRemoved: false },
    answers: Answer[] = [],
  ): Promise<ResponseFor<'import-backup'>> {
    const drafts = answers.length > 0 ? { answers } : {};
    return this.ask({ type: 'import-backup', vacancies, settings, ...removed, ...drafts });
  }

  /** Follow (true) or Unfollow a vacancy (utils/follow/). */
  async follow(reference: string, follow: boolean): Promise<StoredVacancy> {
    return (await this.ask({ type: 'follow', reference, follow })).record;
  }

  /** Removes a vacancy; answers the record as it was, for Undo (null: already gone). */
  async remove(reference: string): Promise<StoredVacancy | null> {
    return (await this.ask({ type: 'remove-vacancy', reference })).record;
  }

  /** Undo of a removal: the exact record back. */
  async restore(record: StoredVacancy): Promise<StoredVacancy> {
    return (await this.ask({ type: 'restore-vacancy', record })).record;
  }

  /** Stages and dated steps (utils/stages/requests.ts): each answers the record as written. One method for the three keeps the popup's first render small. */
  async stages(request: StagesRequest): Promise<StoredVacancy> {
    return (await this.ask(request)).record;
  }

  /** The answers workspace: a question and its draft, whole, as typed (utils/prepare/). */
  async saveAnswer(answer: AnswerDraft): Promise<Answer> {
    return (await this.ask({ type: 'save-answer', answer })).answer;
  }

  async markAnswerSent(reference: string, id: string): Promise<Answer | null> {
    return (await this.ask({ type: 'mark-answer-sent', reference, id })).answer;
  }

  async deleteAnswer(reference: string, id: string): Promise<void> {
    await this.ask({ type: 'delete-answer', reference, id });
  }

  saveSettings(patch: Partial<Settings>): Promise<Settings> {
    return this.ask({ type: 'save-settings', patch }).then((reply) => reply.settings);
  }

  /**
   * Any request, sent in its turn; a refusal throws RequestFailed. The methods above name the
   * common ones; a view's rare one goes straight through here (BackupSection's mark-backup-done),
   * which keeps the popup's first render small.
   */
  async ask<T extends Request['type']>(request: RequestOf<T>): Promise<Exclude<ResponseFor<T>, Failure>> {
    const reply = await this.inTurn(() => this.send(request));
    if (!reply.ok) throw new RequestFailed(reply);
    return reply as Exclude<ResponseFor<T>, Failure>;
  }
}
