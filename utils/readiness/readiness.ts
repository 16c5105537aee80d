import type { Requirements } from '../record/requirements';
import { DEGREE_LEVELS } from '../record/requirement-values';
import type { LanguageLevel, ParsedVacancy } from '../record/vacancy-record';
import type { Profile } from './profile';
import { CLEARANCE_LEVELS, type HeldClearance } from './profile-values';

/**
 * Can I apply? Each requirement the notice states, judged against my profile. Only what the
 * notice states is judged: an unstated requirement is 'not-stated', an unstated profile field
 * 'not-in-profile', and a notice never read (a results row, a record older than the reading)
 * 'not-read'. Nothing is guessed in either direction.
 */

export type ItemState = 'met' | 'not-met' | 'not-stated' | 'not-in-profile' | 'not-read';
export type RequirementKey = 'nationality' | 'languages' | 'experience' | 'degree' | 'clearance';
export const REQUIREMENT_KEYS: readonly RequirementKey[] = ['nationality', 'languages', 'experience', 'degree', 'clearance'];

export interface ReadinessItem {
  key: RequirementKey;
  state: ItemState;
}

/** The parts of a record readiness reads; `completeness` is 'row' for a results row. */
export type ReadinessInput = Pick<
  ParsedVacancy,
  'languageRequirement' | 'languageProfile' | 'minExperienceYears' | 'clearance' | 'requirements'
> & { completeness?: 'row' | 'notice' };

const LANGUAGE_LEVELS: readonly LanguageLevel[] = ['I', 'II', 'III', 'IV', 'V', 'VI'];

/** Unknown own values are tried at both ends: met even at worst, not met even at best. */
function bounded(worst: boolean, best: boolean): ItemState {
  if (worst) return 'met';
  if (!best) return 'not-met';
  return 'not-in-profile';
}

function nationalityState(rule: Requirements['nationality'], own: Profile['nationality']): ItemState {
  if (rule === null) return 'not-stated';
  if (own === null) return 'not-in-profile';
  return own === 'other' ? 'not-met' : 'met';
}

/** "V in one; I in the other": the higher level in either language, the lower in the other. */
function levelsState(need: NonNullable<ParsedVacancy['languageRequirement']>, profile: Profile): ItemState {
  const rank = (level: LanguageLevel) => LANGUAGE_LEVELS.indexOf(level) + 1;
  const primary = rank(need.primary);
  const secondary = need.secondary === null ? 0 : rank(need.secondary);
  const meets = (english: number, french: number) =>
    (english >= primary && french >= secondary) || (french >= primary && english >= secondary);
  const at = (level: LanguageLevel | null, unknown: number) => (level === null ? unknown : rank(level));
  return bounded(
    meets(at(profile.english, 0), at(profile.french, 0)),
    meets(at(profile.english, 6), at(profile.french, 6)),
  );
}

/** A STANAG 6001 profile: each of listening, speaking, reading, writing at least as required. */
function stanagState(need: string, own: string | null): ItemState {
  if (own === null) return 'not-in-profile';
  return [...need].every((digit, i) => Number(own[i]) >= Number(digit)) ? 'met' : 'not-met';
}

/** The worst of several stated states: not met, then unknown, then met. */
function worstOf(states: readonly ItemState[]): ItemState {
  for (const state of ['not-met', 'not-read', 'not-in-profile', 'met'] as const) {
    if (states.includes(state)) return state;
  }
  return 'not-stated';
}

function languagesState(record: ReadinessInput, profile: Profile): ItemState {
  const states: ItemState[] = [];
  if (record.languageRequirement !== null) states.push(levelsState(record.languageRequirement, profile));
  if (record.languageProfile !== null) states.push(stanagState(record.languageProfile, profile.stanagProfile));
  return worstOf(states);
}

function experienceState(need: number | null, own: number | null): ItemState {
  if (need === null) return 'not-stated';
  if (own === null) return 'not-in-profile';
  return own >= need ? 'met' : 'not-met';
}

function degreeState(need: Requirements['degree'], own: Profile['highestDegree']): ItemState {
  if (need === null) return 'not-stated';
  if (own === null) return 'not-in-profile';
  return DEGREE_LEVELS.indexOf(own) >= DEGREE_LEVELS.indexOf(need.level) ? 'met' : 'not-met';
}

/** The clearance a notice names, on the ladder ("CTS/A" is CTS with ATOMAL); null when unnamed. */
export function clearanceLevel(text: string | null): HeldClearance | null {
  if (text === null) return null;
  const upper = text.toUpperCase();
  if (/\bCTS\b|COSMIC/.test(upper)) return 'CTS';
  if (/\bNS\b|NATO SECRET/.test(upper)) return 'NS';
  if (/\bNC\b|CONFIDENTIAL/.test(upper)) return 'NC';
  if (/\bNR\b|RESTRICTED/.test(upper)) return 'NR';
  if (/\bNU\b|UNCLASSIFIED/.test(upper)) return 'none';
  return null;
}

/**
 * A clearance held at or above the level meets it. Otherwise only a 'must-hold' call closes the
 * door; the others are granted through the candidate's national security authority, which a
 * national of a NATO member state has and a national of another state does not.
 */
function clearanceState(record: ReadinessInput, rule: Requirements['clearanceRule'] | undefined, profile: Profile): ItemState {
  const level = clearanceLevel(record.clearance);
  if ((level === null || level === 'none') && (rule ?? null) === null) return 'not-stated';
  const held = profile.clearanceHeld;
  const rank = (value: HeldClearance) => CLEARANCE_LEVELS.indexOf(value);
  if (held !== null && level !== null && rank(held) >= rank(level)) return 'met';
  if (rule === 'must-hold') {
    if (held === null) return 'not-in-profile';
    return level === null && held !== 'none' ? 'met' : 'not-met';
  }
  if (profile.nationality === null) return 'not-in-profile';
  return profile.nationality === 'other' ? 'not-met' : 'met';
}

export function readiness(record: ReadinessInput, profile: Profile): ReadinessItem[] {
  if (record.completeness === 'row') return REQUIREMENT_KEYS.map((key) => ({ key, state: 'not-read' }));
  const read = record.requirements;
  const states: Record<RequirementKey, ItemState> = {
    nationality: read === undefined ? 'not-read' : nationalityState(read.nationality, profile.nationality),
    languages: languagesState(record, profile),
    experience: experienceState(record.minExperienceYears, profile.experienceYears),
    degree: read === undefined ? 'not-read' : degreeState(read.degree, profile.highestDegree),
    clearance: clearanceState(record, read?.clearanceRule, profile),
  };
  return REQUIREMENT_KEYS.map((key) => ({ key, state: states[key] }));
}

/**
 * "Meets all stated requirements": read, at least one requirement stated and checked, and every
 * stated one met by my profile. A notice that states nothing passes nothing by default.
 */
export function meetsAllStated(items: readonly ReadinessItem[]): boolean {
  return items.some((item) => item.state === 'met') && items.every((item) => item.state === 'met' || item.state === 'not-stated');
}

/** One word for a Compare cell or a list mark; 'not-stated' when the notice states nothing to check. */
export function readinessSummary(items: readonly ReadinessItem[]): ItemState | 'all-met' {
  if (meetsAllStated(items)) return 'all-met';
  return worstOf(items.map((item) => item.state));
}
