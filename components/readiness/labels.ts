import type { MessageKey, Translate } from '../../utils/i18n-core';
import type { DegreeLevel, Requirements } from '../../utils/record/requirements';
import type { HeldClearance } from '../../utils/readiness/profile';
import type { ItemState, RequirementKey } from '../../utils/readiness/readiness';

/** Message keys for readiness values, so each label is translated in one place. */
export const REQUIREMENT_LABEL: Record<RequirementKey, MessageKey> = {
  nationality: 'rdyKeyNationality',
  languages: 'rdyKeyLanguages',
  experience: 'rdyKeyExperience',
  degree: 'rdyKeyDegree',
  clearance: 'rdyKeyClearance',
};

export const STATE_LABEL: Record<ItemState | 'all-met', MessageKey> = {
  'all-met': 'rdyAllMet',
  met: 'rdyStateMet',
  'not-met': 'rdyStateNotMet',
  'not-stated': 'rdyStateNotStated',
  'not-in-profile': 'rdyStateNotInProfile',
  'not-read': 'rdyStateNotRead',
};

/** One word for a whole vacancy: a notice that states no requirement has "nothing stated to check", never a pass. */
export const SUMMARY_LABEL: Record<ItemState | 'all-met', MessageKey> = { ...STATE_LABEL, 'not-stated': 'rdyNothingStated' };

/** A shape beside the colour, so a state does not rest on colour alone. */
export const STATE_ICON: Record<ItemState | 'all-met', string> = {
  'all-met': '✓',
  met: '✓',
  'not-met': '✗',
  'not-stated': '–',
  'not-in-profile': '?',
  'not-read': '?',
};

export const DEGREE_LABEL: Record<DegreeLevel, MessageKey> = {
  secondary: 'profDegreeSecondary',
  bachelor: 'profDegreeBachelor',
  master: 'profDegreeMaster',
  doctorate: 'profDegreeDoctorate',
};

const CLEARANCE_RULE_LABEL: Record<NonNullable<Requirements['clearanceRule']>, MessageKey> = {
  'must-hold': 'rdyRuleMustHold',
  'hold-or-obtain': 'rdyRuleHoldOrObtain',
  'on-appointment': 'rdyRuleOnAppointment',
};

export function clearanceLabel(level: HeldClearance, t: Translate): string {
  return level === 'none' ? t('profClearanceNone') : level;
}

/** What the notice states about the clearance: its level, and the rule when one is worded. */
export function clearanceNeed(clearance: string | null, rule: Requirements['clearanceRule'] | undefined, t: Translate): string | null {
  if (clearance === null && (rule ?? null) === null) return null;
  const level = clearance ?? '—';
  return rule ? t(CLEARANCE_RULE_LABEL[rule], { level }) : level;
}
