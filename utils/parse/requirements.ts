import type { Requirements } from '../record/requirements';
import { DEGREE_LEVELS, type DegreeLevel } from '../record/requirement-values';

/**
 * The eligibility rules a notice words in its body (shapes in test/fixtures/vacancies/ and
 * test/fixtures/vacancies/other-shapes/): the nationality rule, usually under "useful
 * information" or above the title; the education of the essential qualifications; how the
 * clearance is to be had. What is not worded stays null.
 */

// "Open to nationals of NATO member states only", "we can only accept applications from
// nationals of NATO member countries", "external candidates who are nationals of a NATO member
// country are invited to apply"; French "seules les candidatures de ressortissant(e)s de pays de
// l'OTAN", "ouvert aux ressortissants des États membres de l'OTAN". The diversity line
// ("applications of nationals from all member Nations") names no rule and does not match.
const NATO_NATIONALS = [
  /\bnationals? of (?:a |the |one of the )?(?:NATO|Alliance|Allied) member (?:states?|countr(?:y|ies)|nations?)\b/i,
  /\bressortissant\S* (?:de |des |d[’']un |d[’']une )(?:pays|États?|Etats?|nations?)(?: membres?)? (?:de l[’']OTAN|de l[’']Alliance)/i,
];

// Education, one pattern per level (lowest first). A bare "degree" is not enough: "a high
// degree of autonomy" and "360-degree approach" are not qualifications.
const DEGREE_PATTERNS: Readonly<Record<DegreeLevel, RegExp>> = {
  secondary: /\b(?:(?:higher|upper)\s+)?secondary\s+(?:level|education|school)|\bhigh school\b|\b(?:enseignement|études|niveau)\s+secondaires?\b/i,
  bachelor: /\buniversity degree\b|\bbachelor[’']?s?\b|\bfirst[- ]level (?:university )?degree\b|\b(?:an? |relevant |recognised |recognized |academic )+degree (?:in|from)\b|\bdiplôme (?:universitaire|délivré par un établissement universitaire)\b/i,
  master: /\bmaster[’']s\b|\bmasters? (?:degree|level)\b|\bmaster of\b|\bpost-?graduate degree\b|\badvanced (?:university )?degree\b|\(MA\)|\bMSc\b|\bdiplôme (?:universitaire )?de (?:deuxième|second) cycle\b/i,
  doctorate: /\bdoctora(?:te|l degree)\b|\bph\.?\s?d\b|\bdoctorat\b|\bdiplôme (?:universitaire )?de troisième cycle\b/i,
};
// What a notice prefers is not what it requires: "(Master's level preferred)", "preferably a
// post-graduate degree".
const PREFERRED_ASIDE = /\([^)]*\b(?:prefer\w*|desirable|de préférence|souhait\w*)[^)]*\)/gi;
const PREFERRED_CLAUSE =
  /\b(?:preferably|ideally|de préférence)\s+(?:an?\s+|un\s+|at\s+)?(?:master|post-?graduate|advanced|doctora|ph\.?\s?d|diplôme de (?:deuxième|troisième))[^;,.]*/gi;
const OR_EQUIVALENT = /\bor (?:an? )?equivalent\b|\bou (?:d[’']un |un )?(?:diplôme |niveau )?(?:de niveau )?équivalent/i;
// Qualification lines end at a semicolon, a bullet, a line break or a sentence.
const ITEM_BREAK = /[;\n•]|(?<=\.)\s+(?=[A-Z])/;
// A word every DEGREE_PATTERNS alternative holds: a line without one names no level and is not read further.
const DEGREE_WORD = /secondar|high\s+school|degree|bachelor|master|diplôme|\(MA\)|MSc|doctora|ph\.?\s?d/i;

// "must hold or be able to obtain a NATO SECRET clearance"; "open to candidates who already hold
// a valid NATO personnel security clearance"; "Appointment will be subject to receipt of a
// security clearance (provided by the national Authorities …)", French "sous réserve de la
// délivrance d'une habilitation de sécurité".
const HOLD_OR_OBTAIN = /\bhold,? or (?:be able to |to be able to )?obtain\b|\bdétenir ou (?:être en mesure d[’']|pouvoir )obtenir\b/i;
const MUST_HOLD = /\balready hold (?:a |an )?(?:valid )?(?:NATO )?(?:personnel )?security clearance\b|\bdéjà titulaires? d[’']une habilitation\b/i;
const ON_APPOINTMENT =
  /\bsubject to (?:the )?receipt of (?:a |the )?security clearance\b|\bsous réserve de la délivrance d[’']une habilitation de sécurité/i;

// Markdown copies bold the key words ("receipt of a **security clearance**").
const oneLine = (text: string) => text.replace(/\*\*|__/g, '').replace(/\s+/g, ' ');

type Rule = 'nationality' | 'holdOrObtain' | 'mustHold' | 'onAppointment';
const RULE_PATTERNS: Readonly<Record<Rule, readonly RegExp[]>> = {
  nationality: NATO_NATIONALS,
  holdOrObtain: [HOLD_OR_OBTAIN],
  mustHold: [MUST_HOLD],
  onAppointment: [ON_APPOINTMENT],
};
/**
 * The word each rule's phrases open with, one group per rule (in RULE_ORDER). The text is
 * flattened only from these words on, not whole: flattening a whole notice cost more than all the
 * rest of this reader. A word after a letter or digit opens no phrase (the phrases start at a word
 * boundary); that is checked in code, twice as fast as a lookbehind.
 */
const RULE_OPENING = /(national|ressortissant)|(hold|détenir)|(already|déjà)|(subject|sous)/gi;
const WORD_CHARACTER = /[A-Za-z0-9]/;
const RULE_ORDER: readonly Rule[] = ['nationality', 'holdOrObtain', 'mustHold', 'onAppointment'];
/** How far a phrase reaches from its opening word, line breaks and markup included (the longest is under 100 characters). */
const PHRASE_WINDOW = 300;

/** The rules whose phrases `text` words, read as one line. */
function statedRules(text: string): Set<Rule> {
  const found = new Set<Rule>();
  for (const m of text.matchAll(RULE_OPENING)) {
    const rule = RULE_ORDER[m.findIndex((g, i) => i > 0 && g !== undefined) - 1];
    if (rule === undefined || found.has(rule) || WORD_CHARACTER.test(text[m.index - 1] ?? '')) continue;
    // From just before the word, so that its word boundary is the text's.
    const window = oneLine(text.slice(Math.max(0, m.index - 3), m.index + PHRASE_WINDOW));
    if (RULE_PATTERNS[rule].some((pattern) => pattern.test(window))) found.add(rule);
    if (found.size === RULE_ORDER.length) break;
  }
  return found;
}

export function findNationalityRule(text: string): Requirements['nationality'] {
  return nationalityOf(statedRules(text));
}

function nationalityOf(rules: ReadonlySet<Rule>): Requirements['nationality'] {
  return rules.has('nationality') ? 'nato-member-states' : null;
}

const ALTERNATIVE = /\b(?:or|ou)\b/i;

/**
 * The level one qualification line asks for. Two levels joined by "or" are alternatives (the
 * lower one is accepted); otherwise the higher is a qualifier of the lower ("a university
 * degree at Master's level", "un diplôme universitaire de deuxième cycle").
 */
function itemLevel(item: string): { level: DegreeLevel; alternatives: boolean } | null {
  const named = DEGREE_LEVELS.flatMap((level) => {
    const at = item.search(DEGREE_PATTERNS[level]);
    return at < 0 ? [] : [{ level, at }];
  });
  const lowest = named[0];
  const highest = named.at(-1);
  if (lowest === undefined || highest === undefined) return null;
  const [first, last] = lowest.at < highest.at ? [lowest, highest] : [highest, lowest];
  const alternatives = named.length > 1 && ALTERNATIVE.test(item.slice(first.at, last.at));
  return { level: alternatives ? lowest.level : highest.level, alternatives };
}

/** The lowest education level the essential qualifications accept, or null when none is named. */
export function findDegreeRequirement(essential: string): Requirements['degree'] {
  let found: NonNullable<Requirements['degree']> | null = null;
  for (const raw of essential.split(ITEM_BREAK)) {
    if (!DEGREE_WORD.test(raw)) continue;
    const item = oneLine(raw).replace(PREFERRED_ASIDE, ' ').replace(PREFERRED_CLAUSE, ' ');
    const reading = itemLevel(item);
    if (reading === null) continue;
    const { level } = reading;
    const orEquivalent = reading.alternatives || OR_EQUIVALENT.test(item);
    if (found === null || DEGREE_LEVELS.indexOf(level) < DEGREE_LEVELS.indexOf(found.level)) {
      found = { level, orEquivalent };
    } else if (level === found.level && orEquivalent) {
      found = { level, orEquivalent };
    }
  }
  return found;
}

export function findClearanceRule(text: string): Requirements['clearanceRule'] {
  return clearanceRuleOf(statedRules(text));
}

function clearanceRuleOf(rules: ReadonlySet<Rule>): Requirements['clearanceRule'] {
  if (rules.has('holdOrObtain')) return 'hold-or-obtain';
  if (rules.has('mustHold')) return 'must-hold';
  if (rules.has('onAppointment')) return 'on-appointment';
  return null;
}

/** `text` is the notice's main half; `essential` its essential qualifications (no "desirable"). */
export function findRequirements(text: string, essential: string): Requirements {
  // One scan of the (long) text for both rules.
  const rules = statedRules(text);
  return { nationality: nationalityOf(rules), degree: findDegreeRequirement(essential), clearanceRule: clearanceRuleOf(rules) };
}
