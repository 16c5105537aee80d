import { sentenceCopies, type Sentence } from './notice-preparation';
import type { NoticeRelations } from '../record/notice-relations';

/**
 * What a notice says about other postings of its post and about who hears back, from its own
 * words (shared/design/process.md): the vacancies it names for those who already applied to them
 * ("If you have already applied to vacancy 170422 (Reserve List …) you do not need to apply"), a
 * title or sentence marking a re-advertisement, and "Only shortlisted candidates will be
 * contacted". Pure; nothing is inferred that the text does not print.
 */

const MAX_QUOTE = 400;

// The word patterns below are in lower case and read each sentence's lower-case copy: V8 runs
// patterns with both the `i` and `u` flags many times slower (as in utils/parse/notice-preparation.ts).
const quote = (words: string) => (words.length <= MAX_QUOTE ? words : `${words.slice(0, MAX_QUOTE - 1)}…`);

/** Having applied before: "already applied", "previously applied", « déjà postulé », « déjà présenté leur candidature ». */
const APPLIED_BEFORE =
  /\b(?:already|previously)\s+(?:applied|submitted\s+an\s+application)|\bhave\s+applied\s+(?:to|for)\s+(?:vacancy|the\s+(?:previous|earlier))|d[ée]j[àa]\s+(?:postul[ée]|fait\s+acte\s+de\s+candidature|pr[ée]sent[ée]\s+(?:votre|leur|sa|une)\s+candidature|soumis\s+(?:votre|leur|une)\s+candidature|candidat[ée]?)/u;
/** A vacancy reference after its word: "vacancy 170422", "VN 170422", « l'avis de vacance n° 170422 », or a bare portal job number. */
const REFERENCE_AFTER_WORD =
  /(?:\bvacanc(?:y|ies)|\bVN|\bjob|\bref(?:erence)?\.?|\bposting|avis\s+de\s+vacance|\bposte)\s*(?:(?:no\.?|number|n[°o]\.?|#|nr\.?)\s*)?:?\s*([A-Z]{0,6}[ -]?\d[\dA-Z._/-]{1,24}\d|\d{3,})(?![\p{L}\d])/giu;
const PORTAL_NUMBER = /(?<![\p{L}\d./-])\d{6}(?![\p{L}\d/-])/gu;

/**
 * Words that mark a re-advertisement, in a title or a sentence about the notice itself, each a
 * word of its own: no letter before (checked by `readvertises`) nor after. The words that begin
 * "re"/"ré" share that opening: V8 tries each alternative at every character, so fewer of them is
 * a faster pass over every sentence.
 */
const READVERTISED =
  /(?:r(?:e-?(?:advertis(?:e(?:ment|d)|ing)|announce(?:ment|d)|published|issued?|posted)|[ée]-?publi(?:cation|[ée]e?)|[ée][ée]dition)|nouvelle\s+publication|avis\s+republi[ée])(?![\p{L}])/gu;
const LETTER_AT_END = /\p{L}$/u;

/**
 * Does this lower-case text hold a word marking a re-advertisement? The same as the pattern with
 * (?<![\p{L}]) at its head, which V8 tries at every character; here the letter before is looked
 * at only where the words are found, and the search goes on from the next character when one is.
 */
function readvertises(lower: string): boolean {
  READVERTISED.lastIndex = 0;
  for (let found = READVERTISED.exec(lower); found !== null; found = READVERTISED.exec(lower)) {
    if (!LETTER_AT_END.test(lower.slice(Math.max(0, found.index - 2), found.index))) return true;
    READVERTISED.lastIndex = found.index + 1;
  }
  return false;
}

/** A sentence is about this notice being one ("This is a re-advertisement", « Cet avis est une republication »). */
const THIS_NOTICE = /\b(?:this|the\s+(?:present|current))\s+(?:is|vacancy|post|position|notice|advertisement)|\b(?:cet|le\s+pr[ée]sent)\s+avis|\bce\s+poste|\bil\s+s'agit/u;

/** Only some candidates hear back: "Only shortlisted candidates will be contacted", « Seul(e)s les candidat(e)s présélectionné(e)s seront contacté(e)s ». */
const ONLY = /\b(?:only|solely|uniquement)\b|\bseul(?:\(?e\)?)?s?(?:\(e\)s)?(?![\p{L}])/u;
const WHO =
  /\bshort-?listed\b|\bsuccessful\b|\bsucceed\b|\bselected\s+for\b|\bpassing\b|\bretained\b|\bpr[ée]s[ée]lectionn|\bretenu|\bayant\s+(?:r[ée]ussi|franchi|[ée]t[ée]\s+retenu)|\bqui\s+(?:r[ée]ussi|franchi|passent|passeront|seront\s+retenu)/u;
const CONTACTED =
  /\b(?:contacted|notified|informed|invited|receive\s+(?:a\s+)?(?:response|reply|an\s+answer|further\s+communication)|hear\s+(?:back|from\s+us)|be\s+in\s+contact)\b|\b(?:contact[ée]|inform[ée]|avis[ée]|notifi[ée]|invit[ée])(?:\(?e\)?)?s?(?:\(e\)s)?(?![\p{L}])|recevr(?:a|ont)\s+une\s+r[ée]ponse/u;

/** The vacancies a sentence about having applied already names, besides this one. */
function namedIn(sentence: string, own: string | null): string[] {
  const found = [
    ...[...sentence.matchAll(REFERENCE_AFTER_WORD)].map((m) => m[1]!.trim()),
    ...[...sentence.matchAll(PORTAL_NUMBER)].map((m) => m[0]),
  ].filter((reference) => /\d/.test(reference) && !/^(?:19|20)\d\d$/.test(reference) && reference !== own);
  return [...new Set(found)];
}

/** The relations a notice's text prints; empty when it prints none. */
export function readRelations(text: string, title: string | null, ownReference: string | null): NoticeRelations {
  return relationsOf(sentenceCopies(text), title, ownReference);
}

/** The same, from the sentences already made by `sentenceCopies`. */
export function relationsOf(sentences: readonly Sentence[], title: string | null, ownReference: string | null): NoticeRelations {
  const named = new Map<string, string>();
  for (const { text, lower } of sentences) {
    if (!APPLIED_BEFORE.test(lower)) continue;
    for (const reference of namedIn(text, ownReference)) if (!named.has(reference) && named.size < 10) named.set(reference, quote(text));
  }
  const titleMark = title !== null && readvertises(title.toLowerCase()) ? title : null;
  const sentenceMark = sentences.find(({ lower }) => readvertises(lower) && (THIS_NOTICE.test(lower) || APPLIED_BEFORE.test(lower)))?.text ?? null;
  const readvertisement = titleMark ?? sentenceMark;
  const shortlistedOnly = sentences.find(({ lower }) => ONLY.test(lower) && WHO.test(lower) && CONTACTED.test(lower))?.text ?? null;
  return {
    named: [...named].map(([reference, words]) => ({ reference, quote: words })),
    readvertisement: readvertisement === null ? null : quote(readvertisement),
    shortlistedOnly: shortlistedOnly === null ? null : quote(shortlistedOnly),
  };
}
