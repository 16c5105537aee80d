// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findFileInputs, isApplyPage, isFileInput, panelAnchor, referenceFromApplyUrl, referencesOnPage, resolveVacancy } from './apply-page';

const APPLY_PAGE = readFileSync('test/fixtures/portal/apply-attachments.html', 'utf8');
const TALEO_INPUT_ID = 'editTemplateMultipart-editForm-content-ftf-gfb-AttachedFilesBlock-uploadedFile';

function load(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

/** The fixture page without the requisition header: nothing on the page names the vacancy. */
function withoutHeader(): Document {
  const doc = load(APPLY_PAGE);
  doc.querySelector('.requisition-info')?.remove();
  return doc;
}

function page(text: string, lang = 'en'): Document {
  return load(`<html lang="${lang}"><body><p>${text}</p></body></html>`);
}

describe('isApplyPage', () => {
  it.each([
    ['https://nato.taleo.net/careersection/2/jobapply.ftl?job=250875&lang=en', true],
    ['https://nato.taleo.net/careersection/7/jobapply.ftl?job=250875', true],
    ['https://nato.taleo.net/careersection/staff/jobapply.ftl', true],
    ['https://nato.taleo.net/careersection/application.jss?type=1&lang=en&portal=8', true],
    ['https://nato.taleo.net/careersection/2/application.jss?lang=fr', true],
    ['https://nato.taleo.net/careersection/flow.jsf', true],
    ['https://nato.taleo.net/careersection/2/jobdetail.ftl?job=250875', false],
    ['https://nato.taleo.net/careersection/2/jobsearch.ftl?lang=en', false],
    ['https://nato.taleo.net/careersection/2/3/jobapply.ftl', false],
    ['https://example.org/careersection/2/jobapply.ftl?job=250875', false],
  ])('%s → %s', (url, expected) => {
    expect(isApplyPage(new URL(url))).toBe(expected);
  });
});

describe('findFileInputs', () => {
  it('finds the Taleo attachment input first, then any other file input', () => {
    const inputs = findFileInputs(load(APPLY_PAGE));
    expect(inputs.map((input) => input.id)).toEqual([TALEO_INPUT_ID, 'supporting-document']);
  });

  it('finds a Taleo input even when it comes later in the page', () => {
    const doc = load(`<body><input type="file" id="other"><div><input type="file" id="x-AttachedFilesBlock-uploadedFile"></div><input type="text" id="t"></body>`);
    expect(findFileInputs(doc).map((input) => input.id)).toEqual(['x-AttachedFilesBlock-uploadedFile', 'other']);
  });

  it('puts the panel after the Attach button that follows the input, else right after the input', () => {
    const [taleo, other] = findFileInputs(load(APPLY_PAGE));
    expect(panelAnchor(taleo!).id).toBe('editTemplateMultipart-editForm-content-ftf-gfb-AttachedFilesBlock-attachFileCommand');
    expect(panelAnchor(other!)).toBe(other);
  });

  it.each([
    ['<input type="file">', true],
    ['<input type="text">', false],
    ['<button>Attach</button>', false],
  ])('isFileInput(%s) → %s', (html, expected) => {
    expect(isFileInput(load(`<body>${html}</body>`).body.firstElementChild)).toBe(expected);
  });
});

describe('referenceFromApplyUrl', () => {
  it.each([
    ['https://nato.taleo.net/careersection/2/jobapply.ftl?job=250875&lang=en', '250875'],
    ['https://nato.taleo.net/careersection/application.jss?lang=en&reqNo=250443', '250443'],
    ['https://nato.taleo.net/careersection/application.jss?requisitionno=251836', '251836'],
    ['https://nato.taleo.net/careersection/application.jss?REQUISITIONNO=251836', '251836'],
    ['https://nato.taleo.net/careersection/2/jobapply.ftl?job=12345', null],
    ['https://nato.taleo.net/careersection/flow.jsf', null],
  ])('%s → %s', (url, expected) => {
    expect(referenceFromApplyUrl(new URL(url))).toBe(expected);
  });
});

describe('referencesOnPage', () => {
  it('reads the fixture header: the Job Number, then the title pattern', () => {
    expect(referencesOnPage(load(APPLY_PAGE))).toEqual([['250875'], ['250875']]);
  });

  it.each([
    ['Job Number: 250443', [['250443'], []]],
    ['Numéro de l’offre : 250443', [['250443'], []]],
    ['Numéro 250443', [['250443'], []]],
    ['Officer, Defence Policy (251836)', [[], ['251836']]],
    ['Call 02 123 456 (1234567)', [[], []]],
  ])('%s', (text, expected) => {
    expect(referencesOnPage(page(text))).toEqual(expected);
  });

  it('ignores numbers in scripts (inline data can name other jobs)', () => {
    const doc = load('<body><script>api.fillList("x", "(999999)")</script><p>Nothing here</p></body>');
    expect(referencesOnPage(doc)).toEqual([[], []]);
  });
});

describe('resolveVacancy', () => {
  const FLOW = new URL('https://nato.taleo.net/careersection/flow.jsf');

  it('trusts the URL first', () => {
    const url = new URL('https://nato.taleo.net/careersection/2/jobapply.ftl?job=250443');
    expect(resolveVacancy(url, load(APPLY_PAGE), ['251836'])).toEqual({
      reference: '250443',
      confidence: 'url',
      candidates: ['250443', '250875', '251836'],
    });
  });

  it('reads the page when the URL does not say', () => {
    expect(resolveVacancy(FLOW, load(APPLY_PAGE), [])).toEqual({ reference: '250875', confidence: 'page', candidates: ['250875'] });
  });

  it('prefers the tracked one when the page names several', () => {
    const doc = page('Officer (251836) and Head (250875)');
    expect(resolveVacancy(FLOW, doc, ['250875'])).toMatchObject({ reference: '250875', confidence: 'page' });
    expect(resolveVacancy(FLOW, doc, [])).toMatchObject({ reference: '251836', confidence: 'guess', candidates: ['251836', '250875'] });
  });

  it('guesses the only tracked candidate, and asks when there are several', () => {
    expect(resolveVacancy(FLOW, withoutHeader(), ['250443'])).toEqual({ reference: '250443', confidence: 'guess', candidates: ['250443'] });
    expect(resolveVacancy(FLOW, withoutHeader(), ['250443', '250875'])).toEqual({
      reference: null,
      confidence: 'none',
      candidates: ['250443', '250875'],
    });
    expect(resolveVacancy(FLOW, withoutHeader(), [])).toEqual({ reference: null, confidence: 'none', candidates: [] });
  });
});
