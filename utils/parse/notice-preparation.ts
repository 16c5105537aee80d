import { DOCUMENT_KINDS, type DocumentKind, type NoticeDocument, type NoticeRule, type Preparation } from '../record/preparation-schema';

/**
 * What a notice says about preparing the application, read from its own sentences and never
 * assumed: the documents it asks the candidate to attach (the "Key challenges" essay, a CV,
 * diplomas and the language they must be in, a motivation letter, language certificates, any
 * other attach/upload instruction), and its rules about the application itself (the generative-AI
 * and translation clause, "only the text boxes are evaluated", the language to write in).
 *
 * A document counts only in a sentence that asks for it (attach, upload, submit, provide… /
 * joindre, fournir…): "an advanced degree or other certification/diploma" among the
 * qualifications is a requirement, not a document to attach. English and French copies of the
 * same notice give one item each, the first one printed.
 */

/** Portal pages are a few tens of KB; a pasted selection may be larger. Read the first 400 KB. */
const MAX_READ = 400_000;
const MAX_QUOTE = 600;

// The patterns read in every sentence have their words grouped by shared openings: V8 tries each
// alternative at every character, so fewer of them is a faster pass.
const ASKS =
  /\b(?:a(?:ttach(?:es|ed|ing)?|dd(?:s|ed|ing)?|nnexer)|upload(?:s|ed|ing)?|s(?:ubmit(?:s|ted|ting)?|en(?:d(?:s|ing)?|t)|oumettre)|en(?:clos(?:e|es|ed|ing)|voyer)|inclu(?:d(?:e|es|ed|ing)|re)|provid(?:e|es|ed|ing)|joindre|t(?:[ée]l[ée](?:charger|verser)|ransmettre)|fournir|d[ée]poser)(?![\p{L}\p{N}])|ci-jointe?s?|pi[èe]ces?\s+jointes?/u;
const ATTACH_OR_UPLOAD = /\b(?:attach|upload|joindre|t[ée]l[ée]charger|t[ée]l[ée]verser|d[ée]poser)(?![\p{L}\p{N}])/u;

const DOCUMENTS: readonly [DocumentKind, RegExp][] = [
  ['essay', /\b(?:essay|ms\s+word\s+document|word\s+document|document\s+(?:ms\s+)?word|key\s+challenges\s+(?:document|paper)|dissertation|essai|texte\s+demand[ée])(?![\p{L}\p{N}])/u],
  ['cv', /\b(?:cv|curriculum\s+vitae|r[ée]sum[ée])(?![\p{L}\p{N}])/u],
  [
    'diplomas',
    /\b(?:diplomas?|degree\s+certificates?|certificates?\s+of\s+(?:education|studies|degree)|academic\s+(?:certificates|transcripts)|transcripts?|dipl[ôo]mes?|attestations?\s+de\s+(?:dipl[ôo]me|r[ée]ussite|formation))(?![\p{L}\p{N}])/u,
  ],
  ['motivationLetter', /\b(?:motivation\s+letter|letter\s+of\s+(?:motivation|interest|application)|cover(?:ing)?\s+letter|lettre\s+de\s+(?:motivation|candidature))\b/u],
  [
    'languageCertificates',
    /\b(?:language\s+(?:certificates?|test\s+results|certification)|stanag\s+6001\s+(?:certificates?|results|test)|certificats?\s+(?:de\s+langue|linguistiques?)|attestations?\s+(?:de\s+niveau\s+)?linguistiques?)(?![\p{L}\p{N}])/u,
  ],
];

/** A sentence that quotes the answers screeners reject ("see CV") is a rule, not a request for a CV. */
const QUOTED_REFERENCE = /["“«]\s*(?:see|voir)\s+(?:my\s+|mon\s+)?(?:cv|attachment|annex|pi[èe]ce\s+jointe)/u;

const AI_CLAUSE = /generative\s+(?:artificial[-\s]intelligence|ai\b)|artificial[-\s]intelligence\s+\(ai\)|intelligence\s+artificielle|\bia\s+g[ée]n[ée]rative/u;
const REFUSES = /\b(?:not\s+accept|reject(?:s|ed|ion)?)\b|n['’]acceptera|rejet/u;
const TRANSLATION = /translation\s+(?:facilities|tools?|software|services)|machine\s+translation|(?:outils?|moyens|logiciels?|services?)\s+de\s+traduction|traduction\s+automatique/u;
const MAY_REJECT = /\bmay\s+be\s+rejected|pourr(?:a|ont)\s+[êe]tre\s+rejet/u;
const WILL_REJECT = /\b(?:will|shall)\s+be\s+rejected|\bare\s+rejected|\bbe\s+rejected|ser(?:a|ont)\s+rejet/u;

const TEXT_BOXES = /text[-\s]?box(?:es)?|zones?\s+de\s+(?:texte|saisie)|c(?:hamps?\s+(?:de\s+)?|ases?\s+de\s+)texte/u;
const ONLY = /\b(?:only|solely|exclusively|uniquement|exclusivement|seule?s?)\b/u;

const APPLICATION = /\b(?:applications?|answers?|responses?|candidatures?|r[ée]ponses?|dossiers?\s+de\s+candidature)\b/u;
const MUST_BE_WRITTEN = /\b(?:must|should|shall|to)\s+be\s+(?:written|completed|submitted|filled|drafted|prepared)|\b(?:doi(?:t|vent)|devr(?:a|ont))\s+[êe]tre\s+(?:r[ée]dig[ée]|rempli|soumis|pr[ée]sent[ée])/u;
const LANGUAGE_WORDS: Record<string, 'en' | 'fr'> = { english: 'en', anglais: 'en', french: 'fr', français: 'fr', francais: 'fr' };
const IN_LANGUAGES = /\b(?:in|into|en)\s+(english|french|anglais|fran[çc]ais)(?:\s+(?:or|and|ou|et)\s+(?:in\s+|en\s+)?(english|french|anglais|fran[çc]ais))?(?![\p{L}])/u;

/** The languages a sentence says something must be in ("in English or French"), if any. */
export function statedLanguages(sentence: string): ('en' | 'fr')[] {
  const match = IN_LANGUAGES.exec(sentence.toLowerCase());
  if (!match) return [];
  const found = [match[1], match[2]].flatMap((word) => (word ? [LANGUAGE_WORDS[word]!] : []));
  return [...new Set(found)];
}

/**
 * Markdown emphasis: "**", "__", or a run of * and # between spaces. The same as
 * /\*\*|__|(?<=\s)[*#]+(?=\s)/g written to start with its first character, which V8 finds fast.
 */
const EMPHASIS = /[*_#](?:(?<=\*)\*|(?<=_)_|(?<=\s[*#])[*#]*(?=\s))/g;
/**
 * A run of whitespace that is not already one space: the same result as /\s+/g with far fewer
 * replacements. The same matches as /\s{2,}|[^\S ]/g, which V8 scans slower.
 */
const WHITESPACE_RUN = / \s+|[^\S ]\s*/g;
const LOWERCASE_AT = /\p{Ll}/uy;
const CAPITAL_AT = /\p{Lu}/uy;
const [SPACE, FULL_STOP, EXCLAMATION, QUESTION, CLOSING_BRACKET] = [' ', '.', '!', '?', ')'].map((c) => c.charCodeAt(0));
const BULLETS = new Set(['•', '▪', '●'].map((c) => c.charCodeAt(0)));
/** Where a sentence can end: a space after . ! ? ) or before a bullet and a space; found by the mark, a rare character. */
const CAN_END = /[.!?)](?= )|[•▪●](?<= .)(?= )/g;

const letterAt = (pattern: RegExp, text: string, index: number) => {
  pattern.lastIndex = index;
  return pattern.test(text);
};

/** The notice as sentences: line breaks (a PDF's, a page's) and markdown emphasis gone. */
export function noticeSentences(text: string): string[] {
  // Line breaks are not read: a PDF breaks lines mid-sentence, and a selection loses them, and
  // either must give the same sentences.
  const flat = text.slice(0, MAX_READ).replace(EMPHASIS, ' ').replace(WHITESPACE_RUN, ' ');
  const sentences: string[] = [];
  const keep = (sentence: string) => {
    const trimmed = sentence.trim();
    if (trimmed.length > 0) sentences.push(trimmed);
  };
  // Every space is single now, so a sentence ends at a space: after . ! ? before anything but a
  // small letter, after a closing bracket before a capital ("…(<http://…>) NATO will not
  // accept…"), or around a bullet (" • "). Only the spaces after . ! ? ) or before a bullet can
  // end one: a pattern whose first characters are rare finds them, and each is judged by
  // character code, instead of a pattern with lookbehinds tried at every character.
  let start = 0;
  let searchFrom = 0;
  CAN_END.lastIndex = 0;
  for (let mark = CAN_END.exec(flat); mark !== null; mark = CAN_END.exec(flat)) {
    const space = BULLETS.has(flat.charCodeAt(mark.index)) ? mark.index - 1 : mark.index + 1;
    // A space already passed by the sentence before (the one after " • ").
    if (space < searchFrom) continue;
    const before = flat.charCodeAt(space - 1);
    const after = flat.charCodeAt(space + 1);
    let next = -1;
    if ((before === FULL_STOP || before === EXCLAMATION || before === QUESTION) && space + 1 < flat.length && !letterAt(LOWERCASE_AT, flat, space + 1)) next = space + 1;
    else if (before === CLOSING_BRACKET && letterAt(CAPITAL_AT, flat, space + 1)) next = space + 1;
    else if (BULLETS.has(after) && flat.charCodeAt(space + 2) === SPACE) next = space + 3;
    searchFrom = space + 1;
    if (next === -1) continue;
    keep(flat.slice(start, space));
    start = next;
    searchFrom = next;
  }
  keep(flat.slice(start));
  return sentences;
}

const quote = (sentence: string) => (sentence.length <= MAX_QUOTE ? sentence : `${sentence.slice(0, MAX_QUOTE - 1)}…`);

/**
 * A sentence and its lower-case copy: the patterns are written in lower case and read the copy,
 * because V8 runs patterns with both the `i` and `u` flags many times slower.
 */
export interface Sentence {
  text: string;
  lower: string;
}

/** The notice's sentences, each with its lower-case copy: made once per parse and read by every sentence reader. */
export function sentenceCopies(text: string): Sentence[] {
  return noticeSentences(text).map((sentence) => ({ text: sentence, lower: sentence.toLowerCase() }));
}

function readDocuments(sentences: readonly Sentence[]): NoticeDocument[] {
  const found = new Map<DocumentKind, NoticeDocument>();
  for (const { text, lower } of sentences) {
    if (!ASKS.test(lower) || QUOTED_REFERENCE.test(lower)) continue;
    const kinds = DOCUMENTS.filter(([, pattern]) => pattern.test(lower)).map(([kind]) => kind);
    if (kinds.length === 0 && ATTACH_OR_UPLOAD.test(lower) && !AI_CLAUSE.test(lower)) kinds.push('otherAttachment');
    for (const kind of kinds) {
      if (found.has(kind)) continue;
      const languages = kind === 'diplomas' || kind === 'cv' ? statedLanguages(lower) : [];
      found.set(kind, languages.length > 0 ? { kind, quote: quote(text), languages } : { kind, quote: quote(text) });
    }
  }
  return DOCUMENT_KINDS.flatMap((kind) => found.get(kind) ?? []);
}

function readAiClause(sentences: readonly Sentence[]): NoticeRule | null {
  const start = sentences.findIndex(({ lower }) => AI_CLAUSE.test(lower) && REFUSES.test(lower));
  if (start === -1) return null;
  // The clause runs over a few sentences: what is banned, then what happens to such applications.
  const clause = sentences.slice(start, start + 4);
  const consequence = clause.find(({ lower }) => MAY_REJECT.test(lower) || WILL_REJECT.test(lower));
  const rejection = consequence === undefined ? undefined : MAY_REJECT.test(consequence.lower) ? 'may' : 'will';
  const first = clause[0]!;
  const words = consequence === undefined || consequence === first ? first.text : `${first.text} … ${consequence.text}`;
  return {
    kind: 'aiTools',
    quote: quote(words),
    translation: clause.slice(0, 2).some(({ lower }) => TRANSLATION.test(lower)),
    ...(rejection ? { rejection } : {}),
  };
}

function readRules(sentences: readonly Sentence[]): NoticeRule[] {
  const rules: NoticeRule[] = [];
  const ai = readAiClause(sentences);
  if (ai) rules.push(ai);
  // ONLY first: a cheaper pass than TEXT_BOXES, and it rules out most sentences.
  const boxes = sentences.find(({ lower }) => (ONLY.test(lower) && TEXT_BOXES.test(lower)) || (QUOTED_REFERENCE.test(lower) && REFUSES.test(lower)));
  if (boxes) rules.push({ kind: 'textBoxesOnly', quote: quote(boxes.text) });
  for (const { text, lower } of sentences) {
    if (!APPLICATION.test(lower) || !MUST_BE_WRITTEN.test(lower)) continue;
    const languages = statedLanguages(lower);
    if (languages.length === 0) continue;
    rules.push({ kind: 'applicationLanguage', quote: quote(text), languages });
    break;
  }
  return rules;
}

/** The documents and rules a notice's text states; empty lists when it states none. */
export function readPreparation(text: string): Preparation {
  return preparationOf(sentenceCopies(text));
}

/** The same, from the sentences already made by `sentenceCopies`. */
export function preparationOf(sentences: readonly Sentence[]): Preparation {
  return { documents: readDocuments(sentences), rules: readRules(sentences) };
}
