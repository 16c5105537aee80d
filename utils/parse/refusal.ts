import type { MessageKey } from '../i18n-core';
import type { Reason } from '../reasons/reason';

/**
 * Why a text was refused as a vacancy notice, as data: which reason, with what values. Shown as a
 * reason (utils/reasons/reason.ts) in the reader's language (Add notice, the context-menu
 * notification, the warning a page read from its fallback text keeps) and in English by the CLI.
 */
const REFUSAL_KEY = {
  empty: 'whyEmpty',
  noText: 'whyNoText',
  manyVacancies: 'whyManyVacancies',
  letter: 'whyLetter',
  titleOnly: 'whyTitleOnly',
  noSign: 'whyNoSign',
  noKey: 'whyNoKey',
  invalidRecord: 'whyInvalidRecord',
} as const satisfies Record<string, MessageKey>;

export type RefusalId = keyof typeof REFUSAL_KEY;

/** Every refusal id, for the schemas that check a refusal sent between pages. */
export const REFUSAL_IDS = Object.keys(REFUSAL_KEY) as [RefusalId, ...RefusalId[]];

export interface Refusal {
  id: RefusalId;
  values: Readonly<Record<string, string | number>>;
}

export function refusal(id: RefusalId, values: Record<string, string | number> = {}): Refusal {
  return { id, values };
}

export const isRefusalId = (id: string): id is RefusalId => Object.hasOwn(REFUSAL_KEY, id);

/** The refusal as a reason, to be worded by utils/reasons/word-reason.ts. */
export function refusalReason(refused: Refusal): Reason {
  return { key: REFUSAL_KEY[refused.id], values: refused.values };
}
