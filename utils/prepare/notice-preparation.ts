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

const ASKS = /\b(?:attach(?:es|ed|ing)?|upload(?:s|ed|ing)?|submit(?:s|ted|ting)?|enclos(?:e|es|ed|ing)|includ(?:e|es|ed|ing)|provid(?:e|es|ed|ing)|send(?:s|ing)?|sent|add(?:s|ed|ing)?|joindre|t[ée]l[ée]charger|t[ée]l[ée]verser|fournir|soumettre|transmettre|envoyer|inclure|annexer|d[ée]poser)(?![\p{L}\p{N}])|ci-jointe?s?|pi[èe]ces?\s+jointes?/iu;
const ATTACH_OR_UPLOAD = /\b(?:attach|upload|joindre|t[ée]l[ée]charger|t[ée]l[ée]verser|d[ée]poser)(?![\p{L}\p{N}])/iu;

const DOCUMENTS: readonly [DocumentKind, RegExp][] = [
  ['essay', /\b(?:essay|MS\s+Word\s+document|Word\s+document|document\s+(?:MS\s+)?Word|key\s+challenges\s+(?:document|paper)|dissertation|essai|texte\s+demand[ée])(?![\p{L}\p{N}])/iu],
  ['cv', /\b(?:CV|curriculum\s+vitae|r[ée]sum[ée])(?![\p{L}\p{N}])/iu],
  [
    'diplomas',
    /\b(?:diplomas?|degree\s+certificates?|certificates?\s+of\s+(?:education|studies|degree)|academic\s+(?:certificates|transcripts)|transcripts?|dipl[ôo]mes?|attestations?\s+de\s+(?:dipl[ôo]me|r[ée]ussite|formation))(?![\p{L}\p{N}])/iu,
  ],
  ['motivationLetter', /\b(?:motivation\s+letter|letter\s+of\s+(?:motivation|interest|application)|cover(?:ing)?\s+letter|lettre\s+de\s+(?:motivation|candidature))\b/iu],
  [
    'languageCertificates',
    /\b(?:language\s+(?:certificates?|test\s+results|certification)|STANAG\s+6001\s+(?:certificates?|results|test)|certificats?\s+(?:de\s+langue|linguistiques?)|attestations?\s+(?:de\s+niveau\s+)?linguistiques?)(?![\p{L}\p{N}])/iu,
  ],
];

/** A sentence that quotes the answers screeners reject ("see CV") is a rule, not a request for a CV. */
const QUOTED_REFERENCE = /["“«]\s*(?:see|voir)\s+(?:my\s+|mon\s+)?(?:CV|attachment|annex|pi[èe]ce\s+jointe)/iu;

const AI_CLAUSE = /generative\s+artificial[-\s]intelligence|generative\s+AI\b|artificial[-\s]intelligence\s+\(AI\)|intelligence\s+artificielle|\bIA\s+g[ée]n[ée]rative/iu;
const REFUSES = /\b(?:not\s+accept|reject(?:s|ed|ion)?)\b|n['’]acceptera|rejet/iu;
const TRANSLATION = /translation\s+(?:facilities|tools?|software|services)|machine\s+translation|(?:outils?|moyens|logiciels?|services?)\s+de\s+traduction|traduction\s+automatique/iu;
const MAY_REJECT = /\bmay\s+be\s+rejected|pourr(?:a|ont)\s+[êe]tre\s+rejet/iu;
const WILL_REJECT = /\b(?:will|shall)\s+be\s+rejected|\bare\s+rejected|\bbe\s+rejected|ser(?:a|ont)\s+rejet/iu;

const TEXT_BOXES = /text[-\s]?box(?:es)?|zones?\s+de\s+(?:texte|saisie)|champs?\s+(?:de\s+)?texte|cases?\s+de\s+texte/iu;
const ONLY = /\b(?:only|solely|exclusively|uniquement|exclusivement|seule?s?)\b/iu;

const APPLICATION = /\b(?:applications?|answers?|responses?|candidatures?|r[ée]ponses?|dossiers?\s+de\s+candidature)\b/iu;
const MUST_BE_WRITTEN = /\b(?:must|should|shall|to)\s+be\s+(?:written|completed|submitted|filled|drafted|prepared)|\b(?:doi(?:t|vent)|devr(?:a|ont))\s+[êe]tre\s+(?:r[ée]dig[ée]|rempli|soumis|pr[ée]sent[ée])/iu;
const LANGUAGE_WORDS: Record<string, 'en' | 'fr'> = { english: 'en', anglais: 'en', french: 'fr', français: 'fr', francais: 'fr' };
const IN_LANGUAGES = /\b(?:in|into|en)\s+(english|french|anglais|fran[çc]ais)(?:\s+(?:or|and|ou|et)\s+(?:in\s+|en\s+)?(english|french|anglais|fran[çc]ais))?(?![\p{L}])/iu;

/** The languages a sentence says something must be in ("in English or French"), if any. */
export function statedLanguages(sentence: string): ('en' | 'fr')[] {
  const match = IN_LANGUAGES.exec(sentence);
  if (!match) return [];
  const found = [match[1], match[2]].flatMap((word) => (word ? [LANGUAGE_WORDS[word.toLowerCase()]!] : []));
  return [...new Set(found)];
}

/** The notice as sentences: line breaks (a PDF's, a page's) and markdown emphasis gone. */
export function noticeSentences(text: string): string[] {
  // Line breaks are not read: a PDF breaks lines mid-sentence, and a selection loses them, and
  // either must give the same sentences. A sentence ends at . ! ? or at a closing bracket, before
  // a capital ("…(<http://…>) NATO will not accept…").
  const flat = text.slice(0, MAX_READ).replace(/\*\*|__|(?<=\s)[*#]+(?=\s)/g, ' ').replace(/\s+/g, ' ');
  return flat
    .split(/(?<=[.!?])\s+(?=[^\p{Ll}])|(?<=\))\s+(?=\p{Lu})|\s[•▪●]\s/u)
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence.length > 0);
}

const quote = (sentence: string) => (sentence.length <= MAX_QUOTE ? sentence : `${sentence.slice(0, MAX_QUOTE - 1)}…`);

function readDocuments(sentences: readonly string[]): NoticeDocument[] {
  const found = new Map<DocumentKind, NoticeDocument>();
  for (const sentence of sentences) {
    if (!ASKS.test(sentence) || QUOTED_REFERENCE.test(sentence)) continue;
    const kinds = DOCUMENTS.filter(([, pattern]) => pattern.test(sentence)).map(([kind]) => kind);
    if (kinds.length === 0 && ATTACH_OR_UPLOAD.test(sentence) && !AI_CLAUSE.test(sentence)) kinds.push('otherAttachment');
    for (const kind of kinds) {
      if (found.has(kind)) continue;
      const languages = kind === 'diplomas' || kind === 'cv' ? statedLanguages(sentence) : [];
      found.set(kind, languages.length > 0 ? { kind, quote: quote(sentence), languages } : { kind, quote: quote(sentence) });
    }
  }
  return DOCUMENT_KINDS.flatMap((kind) => found.get(kind) ?? []);
}

function readAiClause(sentences: readonly string[]): NoticeRule | null {
  const start = sentences.findIndex((sentence) => AI_CLAUSE.test(sentence) && REFUSES.test(sentence));
  if (start === -1) return null;
  // The clause runs over a few sentences: what is banned, then what happens to such applications.
  const clause = sentences.slice(start, start + 4);
  const consequence = clause.find((sentence) => MAY_REJECT.test(sentence) || WILL_REJECT.test(sentence));
  const rejection = consequence === undefined ? undefined : MAY_REJECT.test(consequence) ? 'may' : 'will';
  const words = consequence === undefined || consequence === clause[0] ? clause[0]! : `${clause[0]} … ${consequence}`;
  return {
    kind: 'aiTools',
    quote: quote(words),
    translation: clause.slice(0, 2).some((sentence) => TRANSLATION.test(sentence)),
    ...(rejection ? { rejection } : {}),
  };
}

function readRules(sentences: readonly string[]): NoticeRule[] {
  const rules: NoticeRule[] = [];
  const ai = readAiClause(sentences);
  if (ai) rules.push(ai);
  const boxes = sentences.find((sentence) => (TEXT_BOXES.test(sentence) && ONLY.test(sentence)) || (QUOTED_REFERENCE.test(sentence) && REFUSES.test(sentence)));
  if (boxes) rules.push({ kind: 'textBoxesOnly', quote: quote(boxes) });
  for (const sentence of sentences) {
    if (!APPLICATION.test(sentence) || !MUST_BE_WRITTEN.test(sentence)) continue;
    const languages = statedLanguages(sentence);
    if (languages.length === 0) continue;
    rules.push({ kind: 'applicationLanguage', quote: quote(sentence), languages });
    break;
  }
  return rules;
}

/** The documents and rules a notice's text states; empty lists when it states none. */
export function readPreparation(text: string): Preparation {
  const sentences = noticeSentences(text);
  return { documents: readDocuments(sentences), rules: readRules(sentences) };
}
