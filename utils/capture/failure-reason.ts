import type { MessageKey } from '../i18n-core';

/**
 * The reason shown for a failure, in the UI's language: the background's and the messaging
 * layer's texts are English and may be a validator's, so they are only recognised, never shown.
 */
export function failureReason(error: string): MessageKey {
  if (/quota/i.test(error)) return 'panelReasonQuota';
  if (/blocked|another open extension page/i.test(error)) return 'panelReasonBlocked';
  if (/did not answer|unexpected answer/i.test(error)) return 'panelReasonNoAnswer';
  if (/^Rejected message/i.test(error)) return 'panelReasonRejected';
  // What is left comes from reading the notice: the page did not read as one.
  return 'panelReasonUnreadable';
}
