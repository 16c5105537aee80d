import { isReference } from '../record/reference';
import type { ProposalKind } from './proposal';

/**
 * The step an invitation names, from its own words in English or French, and the vacancy it is
 * about. Outcomes are read first: a rejection that mentions the interview it follows is a rejection.
 */

const KIND_WORDS: readonly [Exclude<ProposalKind, 'none'>, RegExp][] = [
  [
    'reserve-list',
    /(?<![\p{L}\d])(?:(?:placed|included|put|added|kept|entered)\s+(?:on|in|onto)\s+(?:a|the|our)\s+reserve\s+list|reserve\s+list\s+(?:is|will\s+be)\s+valid|(?:inscrite?|placée?|retenue?)\s+sur\s+(?:la|une)\s+liste\s+de\s+réserve)/iu,
  ],
  [
    'not-selected',
    /(?<![\p{L}\d])(?:regret\s+to\s+inform|we\s+regret\s+that|(?:have|has|were|was)\s+not\s+been\s+(?:selected|shortlisted|successful|retained)|(?:were|was)\s+not\s+(?:selected|successful|shortlisted)|unsuccessful|not\s+to\s+(?:pursue|proceed\s+with|take\s+forward)\s+your\s+application|will\s+not\s+be\s+(?:taking|taken)\s+(?:your\s+application\s+)?(?:any\s+)?further|(?:avons|a)\s+le\s+regret|regrettons\s+de\s+vous\s+informer|(?:n'avez|n'a)\s+pas\s+été\s+(?:retenue?|sélectionnée?|présélectionnée?)|ne\s+pas\s+donner\s+suite|ne\s+pourrons\s+pas\s+donner\s+suite)/iu,
  ],
  [
    'offer',
    /(?<![\p{L}\d])(?:(?:conditional\s+)?offer\s+of\s+(?:appointment|employment)|conditional\s+offer|pleased\s+to\s+offer\s+you|we\s+(?:would\s+like|are\s+pleased)\s+to\s+offer|offre\s+(?:conditionnelle|d'emploi|d'engagement|de\s+nomination)|(?:heureux|heureuse|plaisir)\s+de\s+vous\s+(?:proposer|offrir))/iu,
  ],
  [
    'video-interview',
    /(?<![\p{L}\d])(?:(?:recorded|pre-recorded|one-way|asynchronous|digital|on-?line\s+video)\s+(?:video\s+)?interview|video[-\s]?(?:recorded\s+)?interview|hirevue|sonru|entretien\s+(?:vidéo|enregistré|vidéo\s+enregistré|en\s+différé)|entrevue\s+vidéo)/iu,
  ],
  [
    'panel-interview',
    /(?<![\p{L}\d])(?:panel\s+interview|interview\s+panel|selection\s+(?:panel|board)|(?:interview|meet)\s+(?:with\s+)?the\s+(?:selection\s+)?(?:panel|board)|competency[-\s]based\s+interview|entretien\s+(?:avec\s+le|devant\s+le)\s+jury|jury\s+de\s+sélection|entretien\s+de\s+sélection)/iu,
  ],
  ['assessment', /(?<![\p{L}\d])(?:assessment\s+(?:centre|center|day)|centre\s+d'évaluation|game[-\s]based\s+assessment)/iu],
  [
    'written-test',
    /(?<![\p{L}\d])(?:written\s+(?:test|exercise|examination|exam|assessment)|(?:on-?line|online)\s+test|test\s+écrit|épreuve\s+écrite|examen\s+écrit|exercice\s+écrit|language\s+test|test\s+linguistique|test\s+de\s+langue)/iu,
  ],
  ['assessment', /(?<![\p{L}\d])(?:assessment|évaluation|épreuve\s+de\s+(?:présélection|sélection)|tests?(?![\p{L}\d]))/iu],
  ['panel-interview', /(?<![\p{L}\d])(?:interviews?|entretiens?|entrevues?)(?![\p{L}\d])/iu],
];

/** Words that show the text is about an application at all: without them, a newsletter is none. */
const ABOUT_AN_APPLICATION =
  /(?<![\p{L}\d])(?:your\s+application|you\s+(?:have\s+been|are)\s+(?:invited|shortlisted|selected)|invit(?:e|ation|ed)|candidate|candidature|candidat|convoqu\p{L}*|vacancy|vacance|post\s+of|poste)(?![\p{L}\d])/iu;
/** A message about something else: a newsletter, a job alert, an acknowledgement of receipt. */
const NOT_A_STEP =
  /(?<![\p{L}\d])(?:newsletter|unsubscribe|se\s+désabonner|job\s+alert|new\s+vacancies|nouvelles?\s+offres|we\s+have\s+received\s+your\s+application|(?:acknowledge|confirm)\s+(?:the\s+)?receipt|accusons\s+réception|avons\s+bien\s+reçu\s+votre\s+candidature)(?![\p{L}\d])/iu;

export function stepKind(subject: string, body: string): ProposalKind {
  const text = `${subject}\n${body}`;
  if (!ABOUT_AN_APPLICATION.test(text)) return 'none';
  for (const [kind, words] of KIND_WORDS.slice(0, 3)) if (words.test(text)) return kind;
  if (NOT_A_STEP.test(text)) return 'none';
  for (const [kind, words] of KIND_WORDS.slice(3)) if (words.test(text)) return kind;
  return 'none';
}

const LABELLED_REFERENCE =
  /(?<![\p{L}\d])(?:vacancy|vacancies|reference|ref\.?|réf\.?|avis\s+de\s+vacance|requisition|job|post|poste)\s*(?:no\.?|number|n°|nº|num(?:éro)?\.?|id|#)?\s*[:#]?\s*((?=[A-Za-z0-9/._-]*\d)[A-Za-z0-9][A-Za-z0-9/._-]{2,30}[A-Za-z0-9])/giu;
const PORTAL_NUMBER = /(?<![\d+/.-])\b(\d{6})\b(?![\d/.-])/;

/** The vacancy the text names: a labelled reference, else a portal number (six digits). */
export function findReference(subject: string, body: string): string | null {
  for (const text of [subject, body]) {
    for (const m of text.matchAll(LABELLED_REFERENCE)) {
      const value = m[1] ?? '';
      if (isReference(value) && !/^(?:19|20)\d{2}$/.test(value)) return value;
    }
  }
  return PORTAL_NUMBER.exec(subject)?.[1] ?? PORTAL_NUMBER.exec(body)?.[1] ?? null;
}
