import type { PopupStore } from '../../utils/popup-client/popup-store';
import type { StoredVacancy } from '../../utils/record/stored-vacancy';
import { isSubmittedOrLater, STAGES } from '../../utils/record/stages';
import { InvitationPaste } from './InvitationPaste';
import { NoticeLinks } from './NoticeLinks';
import { OfferChecklist } from './OfferChecklist';
import './after-close.css';

/** The stages that wait on clearance, medical and verification: from the conditional offer to joining. */
const OFFER_STAGES = new Set(STAGES.slice(STAGES.indexOf('conditional-offer'), STAGES.indexOf('joined') + 1));

export interface AfterClosePanelProps {
  record: StoredVacancy;
  records: readonly StoredVacancy[];
  store: PopupStore;
  now: Date;
}

/**
 * A vacancy's life after its close, loaded with the detail view's first use of it: the notice's
 * links to other postings, pasting an invitation (once the application was submitted), and the
 * offer's checklist.
 */
export function AfterClosePanel({ record, records, store, now }: AfterClosePanelProps) {
  return (
    <div class="aft">
      <NoticeLinks record={record} records={records} now={now} />
      {isSubmittedOrLater(record.status) && <InvitationPaste key={record.reference} record={record} store={store} now={now} />}
      {OFFER_STAGES.has(record.status) && <OfferChecklist record={record} store={store} />}
    </div>
  );
}
