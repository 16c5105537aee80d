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

export function findNationalityRule(text: string): Requirements['nationality'] {
  return nationalityOf(oneLine(text));
}

function nationalityOf(flat: string): Requirements['nationality'] {
  return NATO_NATIONALS.some((pattern) => pattern.test(flat)) ? 'nato-member-states' : null;
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
  return clearanceRuleOf(oneLine(text));
}

function clearanceRuleOf(flat: string): Requirements['clearanceRule'] {
  if (HOLD_OR_OBTAIN.test(flat)) return 'hold-or-obtain';
  if (MUST_HOLD.test(flat)) return 'must-hold';
  if (ON_APPOINTMENT.test(flat)) return 'on-appointment';
  return null;
}

/** `text` is the notice's main half; `essential` its essential qualifications (no "desirable"). */
export function findRequirements(text: string, essential: string): Requirements {
  // One flattening of the (long) text for both rules.
  const flat = oneLine(text);
  return { nationality: nationalityOf(flat), degree: findDegreeRequirement(essential), clearanceRule: clearanceRuleOf(flat) };
}
