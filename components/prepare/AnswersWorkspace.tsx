import { useEffect, useMemo, useState } from 'preact/hooks';
import type { PopupStore } from '../../utils/popup-client/popup-store';
import type { StoredVacancy } from '../../utils/record/stored-vacancy';
import { errorReason } from '../../utils/failure';
import { MAX_QUESTION_LENGTH, MAX_QUESTIONS } from '../../utils/record/answer-sizes';
import { wordReason } from '../../utils/reasons/word-reason';
import { draftJournal, type JournalStorage } from '../../utils/prepare/draft-journal';
import type { Answer } from '../../utils/record/answer-schema';
import { useI18n } from '../i18n-context';
import { useObservable } from '../use-observable';
import { AnswerEditor } from './AnswerEditor';
import { RuleNotes } from './RuleNotes';

export interface AnswersWorkspaceProps {
  record: StoredVacancy;
  store: PopupStore;
  /** Where drafts are noted as typed; the page's localStorage, null where there is none. */
  storage?: JournalStorage | null;
}

const newId = () => `q-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;

/**
 * The questions the candidate must answer on the portal, pasted, each with its draft. Nothing
 * here fills, clicks or changes the portal's form, and nothing writes text for the candidate.
 */
export function AnswersWorkspace({ record, store, storage = typeof localStorage === 'undefined' ? null : localStorage }: AnswersWorkspaceProps) {
  const { t, locale } = useI18n();
  const reference = record.reference;
  const journal = useMemo(() => draftJournal(storage), [storage]);
  const { value: answers } = useObservable<Answer[]>(() => store.watchAnswers(reference), [reference]);
  const [question, setQuestion] = useState('');
  const [problem, setProblem] = useState<string | null>(null);

  // Drafts typed in a popup that closed before the background answered: send them now.
  useEffect(() => {
    if (answers === undefined) return;
    for (const { draft, at } of journal.pending(reference)) {
      const row = answers.find((answer) => answer.id === draft.id);
      if (row && Date.parse(row.updatedAt) > Date.parse(at)) journal.settle(draft);
      else if (!row || row.draft !== draft.draft || row.question !== draft.question || row.limit !== draft.limit) {
        store.saveAnswer(draft).then(() => journal.settle(draft), () => undefined);
      } else journal.settle(draft);
    }
    // Once per opening, when the rows are first read.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [answers === undefined, reference]);

  const add = async (event: Event) => {
    event.preventDefault();
    const text = question.trim();
    if (text === '') return setProblem(t('prpQuestionEmpty'));
    if (text.length > MAX_QUESTION_LENGTH) return setProblem(t('prpQuestionTooLong', { count: text.length, max: MAX_QUESTION_LENGTH }));
    if ((answers?.length ?? 0) >= MAX_QUESTIONS) return setProblem(t('prpTooManyQuestions', { max: MAX_QUESTIONS }));
    const position = Math.max(-1, ...(answers ?? []).map((answer) => answer.position)) + 1;
    const draft = { reference, id: newId(), position, question: text, limit: null, draft: '' };
    journal.put(draft, new Date());
    try {
      await store.saveAnswer(draft);
      journal.settle(draft);
      setQuestion('');
      setProblem(null);
    } catch (error) {
      setProblem(wordReason(errorReason(error), t, locale));
    }
  };

  const onQuestion = (event: Event) => {
    const target = event.currentTarget as HTMLTextAreaElement;
    // A paste far past any question is refused at once, whole: the box keeps what it had.
    if (target.value.length > MAX_QUESTION_LENGTH) {
      setProblem(t('prpQuestionTooLong', { count: target.value.length, max: MAX_QUESTION_LENGTH }));
      target.value = question;
      return;
    }
    setProblem(null);
    setQuestion(target.value);
  };

  return (
    <section class="prp-workspace" aria-labelledby="prp-answers-title">
      <h3 id="prp-answers-title">{t('prpAnswersHeading')}</h3>
      <p class="muted prp-intro">{t('prpAnswersIntro')}</p>
      <RuleNotes record={record} where="answers" />
      <ol class="prp-answers">
        {(answers ?? []).map((answer, index) => (
          <AnswerEditor key={answer.id} answer={answer} store={store} journal={journal} number={index + 1} />
        ))}
      </ol>
      <form class="prp-add" onSubmit={(event) => void add(event)}>
        <label for="prp-new-question">{t('prpAddQuestionLabel')}</label>
        <textarea id="prp-new-question" rows={2} value={question} onInput={onQuestion} placeholder={t('prpAddQuestionPlaceholder')} />
        <button type="submit">{t('prpAddQuestion')}</button>
        {problem && <p class="prp-refused" role="alert">{problem}</p>}
      </form>
    </section>
  );
}
