import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readPreparation } from './notice-preparation';
import type { DocumentKind } from '../record/preparation-schema';

const read = (path: string) => readFileSync(new URL(`../../test/fixtures/vacancies/${path}`, import.meta.url), 'utf8');
// other-shapes/ files open with a SOURCE: line that is not part of the notice (their README).
const notice = (path: string) => (path.startsWith('other-shapes/') ? read(path).slice(read(path).indexOf('\n') + 1) : read(path));

describe('readPreparation: the real notices', () => {
  it('250443 (IS, markdown): the essay, and the 2025 generative-AI clause, "may be rejected"', () => {
    const { documents, rules } = readPreparation(notice('250443-asg-defence-policy-planning.md'));
    expect(documents).toEqual([
      {
        kind: 'essay',
        quote:
          'Candidates are asked, as part of this application, to attach one MS Word document, summarising their views on these key (and possible other) challenges and how they would address them if selected for the position.',
      },
    ]);
    expect(rules).toEqual([
      {
        kind: 'aiTools',
        quote:
          "NATO will not accept any phase of the recruitment and selection prepared, in whole or in part, by means of generative artificial-intelligence (AI) tools, including and without limitation to chatbots, such as Chat Generative Pre-trained Transformer (Chat GPT), or other language generating tools. … All applications prepared, in whole or in part, by means of such generative or creative AI applications may be rejected without further consideration at NATO's sole discretion, and NATO reserves the right to take further steps in such cases as appropriate.",
        translation: false,
        rejection: 'may',
      },
    ]);
  });

  it('250875 (IS, text from a PDF, lines broken): the essay, the same clause', () => {
    const { documents, rules } = readPreparation(notice('250875-heads-nasp-and-mo.txt'));
    expect(documents).toEqual([
      {
        kind: 'essay',
        quote:
          'As part of this application, you are kindly requested to attach one MS Word document summarizing your views on these 3 key challenges and explain how you would address them if selected for the position.',
      },
    ]);
    expect(rules.map(({ kind, translation, rejection }) => ({ kind, translation, rejection }))).toEqual([
      { kind: 'aiTools', translation: false, rejection: 'may' },
    ]);
  });

  it('251836 (IS, no essay): no document asked; "certification/diploma" among the qualifications is not one', () => {
    const { documents, rules } = readPreparation(notice('251836-officer-defence-policy.txt'));
    expect(documents).toEqual([]);
    expect(rules.map((rule) => rule.kind)).toEqual(['aiTools']);
  });

  it('a job board\'s copy of an IS notice: the cover letter it invites', () => {
    const { documents, rules } = readPreparation(notice('other-shapes/noref-drjobpro-MEPKWR1Z0YZPC6O.txt'));
    expect(documents).toEqual([
      { kind: 'motivationLetter', quote: 'All applicants are invited to submit also a cover letter expressing their interest and motivation for this role.' },
    ]);
    expect(rules).toEqual([]);
  });

  it('the French half alone (250443 from its French title on): the same essay and clause, in French', () => {
    const text = notice('250443-asg-defence-policy-planning.md');
    const french = text.slice(text.indexOf('Il est demandé aux candidat'));
    const { documents, rules } = readPreparation(french);
    expect(documents.map((document) => document.kind)).toEqual(['essay']);
    expect(documents[0]!.quote).toMatch(/^Il est demandé aux candidat\(e\)s de joindre à leur candidature un document MS Word/);
    expect(rules).toMatchObject([{ kind: 'aiTools', translation: false, rejection: 'may' }]);
    expect(rules[0]!.quote).toMatch(/^Dans le cadre de ses procédures de recrutement.*pourra être rejeté sans autre examen/);
  });
});

// Sentences written by hand in the phrasings notices and NATO's guidance use (design/process.md).
describe('readPreparation: documents, one sentence each', () => {
  it.each<[string, DocumentKind[], ('en' | 'fr')[] | undefined]>([
    ['Please upload your CV in the attachments section of your application.', ['cv'], undefined],
    ['Candidates must attach a copy of their diplomas, in English or French.', ['diplomas'], ['en', 'fr']],
    ['Copies of degree certificates translated into English must be provided.', ['diplomas'], ['en']],
    ['Applicants should submit a motivation letter and their CV.', ['cv', 'motivationLetter'], undefined],
    ['Please attach your STANAG 6001 certificate if you hold one.', ['languageCertificates'], undefined],
    ['Veuillez joindre votre CV et une lettre de motivation.', ['cv', 'motivationLetter'], undefined],
    ['Les candidats doivent fournir une copie de leurs diplômes en anglais ou en français.', ['diplomas'], ['en', 'fr']],
    ['Merci de joindre vos certificats linguistiques.', ['languageCertificates'], undefined],
    ['Please upload the signed declaration of honour.', ['otherAttachment'], undefined],
  ])('%s', (sentence, kinds, languages) => {
    const { documents } = readPreparation(sentence);
    expect(documents.map((document) => document.kind)).toEqual(kinds);
    expect(documents.find((document) => document.kind === 'diplomas')?.languages).toEqual(languages);
  });

  it.each([
    'The incumbent must possess a university degree or other certification/diploma in a relevant field.',
    'NATO attaches great importance to integrity.',
    "L'OTAN s'attache à assurer l'égalité de traitement.",
    'Candidates will be required to provide documented medical evidence to support their request.',
    'Answers such as "see CV" will be automatically rejected.',
  ])('asks for nothing: %s', (sentence) => {
    expect(readPreparation(sentence).documents).toEqual([]);
  });
});

describe('readPreparation: the rules', () => {
  it('the 2026 clause: translation facilities as well as generative AI, rejected', () => {
    // The 2026 form as design/process.md quotes notice 261369 §9; the surrounding words follow the 2025 form.
    const text =
      'NATO will not accept any phase of the recruitment and selection prepared, in whole or in part, by means of translation facilities, or generative artificial-intelligence (AI) tools. Applications prepared by such means will be rejected without further consideration.';
    expect(readPreparation(text).rules).toEqual([
      {
        kind: 'aiTools',
        quote:
          'NATO will not accept any phase of the recruitment and selection prepared, in whole or in part, by means of translation facilities, or generative artificial-intelligence (AI) tools. … Applications prepared by such means will be rejected without further consideration.',
        translation: true,
        rejection: 'will',
      },
    ]);
  });

  it.each([
    ['NATO will only evaluate the information you write in the text boxes; answers such as "see CV" are automatically rejected.'],
    ["Seules les informations saisies dans les zones de texte seront évaluées."],
    ['Answers such as “see CV” or “please see attachment” are a cause of immediate rejection.'],
  ])('only the text boxes: %s', (sentence) => {
    expect(readPreparation(sentence).rules).toEqual([{ kind: 'textBoxesOnly', quote: sentence }]);
  });

  it.each<[string, ('en' | 'fr')[]]>([
    ['Applications must be completed in English or French.', ['en', 'fr']],
    ['Your answers should be written in English.', ['en']],
    ['Les candidatures doivent être rédigées en français ou en anglais.', ['fr', 'en']],
  ])('the language of the application: %s', (sentence, languages) => {
    expect(readPreparation(sentence).rules).toEqual([{ kind: 'applicationLanguage', quote: sentence, languages }]);
  });

  it('a language requirement of the post is not the language of the application', () => {
    const sentence = "Possess the following minimum levels of NATO's official languages (English/French): V (\"Advanced\") in one; I (\"Beginner\") in the other.";
    expect(readPreparation(sentence).rules).toEqual([]);
  });

  it('reads a 2 MB paste in well under a second, and nothing past its first 400 KB', () => {
    const text = `${'A sentence about nothing in particular. '.repeat(10_000)}Please upload your CV. ${'x '.repeat(800_000)}`;
    const started = performance.now();
    expect(readPreparation(text).documents.map((document) => document.kind)).toEqual([]);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
