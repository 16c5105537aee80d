import type { MessageKey } from '../../utils/i18n-core';
import type { Urgency } from '../../utils/deadlines/time-left';

/** Message keys for enum values, so each label is translated in one place (statuses: with the field labels, which the CSV reads too). */
export { STATUS_LABEL_KEY as STATUS_LABEL } from '../../utils/field-labels';

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
