import { useState } from 'preact/hooks';
import type { PopupStore } from '../../utils/popup-client/popup-store';
import type { StoredVacancy } from '../../utils/record/stored-vacancy';
import { errorReason } from '../../utils/failure';
import { wordReason } from '../../utils/reasons/word-reason';
import { nothingDatedReason } from '../../utils/invitation/proposal';
import { readInvitation } from '../../utils/invitation/read-invitation';
import { FINISHED_STAGES, STAGES } from '../../utils/record/stages';
import { draftOf, draftProblemReason, isHistory, STAGE_OF_STEP, stepIdAt, stepOf, type StepDraft, type StepKind } from '../../utils/stages/step-draft';
import { STATUS_LABEL_KEY } from '../../utils/field-labels';
import { STEP_KIND_LABEL } from '../../utils/stages/step-labels';
import { useI18n } from '../i18n-context';

const EDITABLE_KINDS = Object.keys(STEP_KIND_LABEL).filter((kind) => kind !== 'not-selected') as StepKind[];

interface Proposal {
  draft: StepDraft;
  /** The vacancy the invitation names, when it names one. */
  named: string | null;
  move: boolean;
}

/** Moving on is offered only forward, and never out of an application that is over. */
function movesForward(record: StoredVacancy, kind: StepKind): boolean {
  return !FINISHED_STAGES.includes(record.status) && STAGES.indexOf(STAGE_OF_STEP[kind]) > STAGES.indexOf(record.status);
}

/**
 * Paste an invitation e-mail or letter: it is read here (utils/invitation/, no network), its
 * proposal shown as a form the candidate checks and edits, and nothing is saved before Confirm.
 */
export function InvitationPaste({ record, store, now }: { record: StoredVacancy; store: PopupStore; now: Date }) {
  const { t, locale } = useI18n();
  const [text, setText] = useState('');
  const [proposal, setProposal] = useState<Proposal | null>(null);
  const [message, setMessage] = useState<{ text: string; alert: boolean } | null>(null);
  const [busy, setBusy] = useState(false);

  const read = (event: Event) => {
    event.preventDefault();
    setProposal(null);
    if (text.trim() === '') return setMessage({ text: t('aftEmpty'), alert: true });
    const reading = readInvitation(text, { now });
    const { kind } = reading.proposal;
    if (reading.why !== null || kind === 'none' || kind === 'not-selected') {
      return setMessage({ text: wordReason({ key: 'aftNothing', values: { why: { kind: 'reason', reason: nothingDatedReason(reading.why ?? 'outcomeHasNoDate') } } }, t, locale), alert: true });
    }
    const draft = draftOf({ ...reading.proposal, kind });
    setMessage(null);
    setProposal({ draft, named: reading.proposal.reference, move: movesForward(record, kind) });
  };

  const edit = (patch: Partial<StepDraft>) => proposal && setProposal({ ...proposal, draft: { ...proposal.draft, ...patch }, move: patch.kind ? movesForward(record, patch.kind) : proposal.move });

  const checked = proposal ? stepOf(proposal.draft, stepIdAt(now, record.steps?.length ?? 0)) : null;
  const history = checked?.ok === true && isHistory(checked.step, now);

  const confirm = async (event: Event) => {
    event.preventDefault();
    if (!proposal || !checked) return;
    if (!checked.ok) return setMessage({ text: wordReason(draftProblemReason(checked.problem), t, locale), alert: true });
    setBusy(true);
    try {
      await store.stages({ type: 'save-step', reference: record.reference, step: checked.step });
      if (proposal.move) await store.stages({ type: 'set-stage', reference: record.reference, stage: STAGE_OF_STEP[checked.step.kind], reachedAt: now.toISOString() });
      setProposal(null);
      setText('');
      setMessage({ text: t(history ? 'aftSavedHistory' : 'aftSaved'), alert: false });
    } catch (error) {
      setMessage({ text: wordReason(errorReason(error), t, locale), alert: true });
    } finally {
      setBusy(false);
    }
  };

  const draft = proposal?.draft;
  return (
    <section class="aft-paste" aria-labelledby="aft-paste-title">
      <h3 id="aft-paste-title">{t('aftPasteHeading')}</h3>
      <form onSubmit={read}>
        <label class="aft-field">
          <span>{t('aftPasteLabel')}</span>
          <textarea rows={5} value={text} onInput={(event) => setText(event.currentTarget.value)} aria-describedby="aft-paste-help" />
        </label>
        <p id="aft-paste-help" class="muted">{t('aftPasteHelp')}</p>
        <button type="submit">{t('aftRead')}</button>
      </form>
      {message && <p role={message.alert ? 'alert' : 'status'} class={message.alert ? 'aft-problem' : 'aft-done'}>{message.text}</p>}
      {proposal && draft && (
        <form class="aft-proposal" onSubmit={confirm} aria-labelledby="aft-proposal-title">
          <h4 id="aft-proposal-title">{t('aftProposalHeading')}</h4>
          {proposal.named !== null && proposal.named !== record.reference && <p role="note" class="aft-problem">{t('aftOtherReference', { named: proposal.named, reference: record.reference })}</p>}
          <label class="aft-field">
            <span>{t('aftKind')}</span>
            <select value={draft.kind} onChange={(event) => edit({ kind: event.currentTarget.value as StepKind })}>
              {EDITABLE_KINDS.map((kind) => <option key={kind} value={kind}>{t(STEP_KIND_LABEL[kind])}</option>)}
            </select>
          </label>
          <label class="aft-field">
            <span>{t('aftDue')}</span>
            <input type="datetime-local" value={draft.due} onInput={(event) => edit({ due: event.currentTarget.value })} />
          </label>
          {draft.slot === 'time' && (
            <>
              <label class="aft-field">
                <span>{t('aftSlotStart')}</span>
                <input type="datetime-local" value={draft.start} onInput={(event) => edit({ start: event.currentTarget.value })} />
              </label>
              <label class="aft-field">
                <span>{t('aftSlotEnd')}</span>
                <input type="datetime-local" value={draft.end} onInput={(event) => edit({ end: event.currentTarget.value })} />
              </label>
            </>
          )}
          {draft.slot === 'days' && (
            <>
              <label class="aft-field">
                <span>{t('aftSlotFrom')}</span>
                <input type="date" value={draft.from} onInput={(event) => edit({ from: event.currentTarget.value })} />
              </label>
              <label class="aft-field">
                <span>{t('aftSlotTo')}</span>
                <input type="date" value={draft.to} onInput={(event) => edit({ to: event.currentTarget.value })} />
              </label>
            </>
          )}
          {draft.zoneAsStated && <p class="muted">{t('aftZoneAsStated', { zone: draft.zoneAsStated })}</p>}
          {history && <p role="note" class="aft-note">{t('aftHistory')}</p>}
          {movesForward(record, draft.kind) && (
            <label class="dl-check">
              <input type="checkbox" checked={proposal.move} onChange={(event) => setProposal({ ...proposal, move: event.currentTarget.checked })} />
              <span>{t('aftMoveStage', { stage: t(STATUS_LABEL_KEY[STAGE_OF_STEP[draft.kind]]) })}</span>
            </label>
          )}
          <div class="aft-actions">
            <button type="submit" disabled={busy}>{t('aftConfirm')}</button>
            <button type="button" onClick={() => setProposal(null)}>{t('aftCancel')}</button>
          </div>
        </form>
      )}
    </section>
  );
}
