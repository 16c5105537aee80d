import type { Status } from '../../utils/db/stored-vacancy';
import type { MessageKey } from '../../utils/i18n-core';
import type { Urgency } from '../../utils/deadlines/time-left';

/** Message keys for enum values, so each label is translated in one place. */
export const STATUS_LABEL: Record<Status, MessageKey> = {
  interested: 'dlStatusInterested',
  drafting: 'dlStatusDrafting',
  submitted: 'stgSubmitted',
  'video-interview': 'stgVideoInterview',
  'written-test': 'stgWrittenTest',
  'panel-interview': 'stgPanelInterview',
  'reserve-list': 'stgReserveList',
  'not-shortlisted': 'stgNotShortlisted',
  'not-selected': 'stgNotSelected',
  selected: 'stgSelected',
  'conditional-offer': 'stgConditionalOffer',
  'clearance-medical': 'stgClearanceMedical',
  'final-offer': 'stgFinalOffer',
  joined: 'stgJoined',
  withdrawn: 'dlStatusWithdrawn',
  'withdrawn-portal': 'stgWithdrawnPortal',
};

export const URGENCY_LABEL: Record<Urgency, MessageKey> = {
  closed: 'dlUrgencyClosed',
  under24h: 'dlUrgencyUnder24h',
  under72h: 'dlUrgencyUnder72h',
  under7d: 'dlUrgencyUnder7d',
  later: 'dlUrgencyLater',
  unknown: 'dlUrgencyUnknown',
};

/** A shape beside the colour, so urgency does not rest on colour alone. */
export const URGENCY_ICON: Record<Urgency, string> = {
  closed: '■',
  under24h: '▲',
  under72h: '◆',
  under7d: '●',
  later: '○',
  unknown: '?',
};
