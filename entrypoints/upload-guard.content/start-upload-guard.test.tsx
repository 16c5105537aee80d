// @vitest-environment happy-dom
import type { FailureCode } from '../../utils/failure';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startUploadGuard } from './start-upload-guard';
import { analyzeFile, type FileAnalysis } from '../../utils/essay/check-essay';
import type { AnalyzeFile } from '../../utils/essay/analyze-off-thread';
import { shadowRootOf } from '../../components/shadow-host';
import type { StoredVacancy } from '../../utils/record/stored-vacancy';
import { LETTER_TWIPS, makeDocx } from '../../test/unit/docx-fixtures';
import { STORED_250443, STORED_250875, STORED_251836 } from '../../test/unit/record-factory';

const APPLY_PAGE = readFileSync('test/fixtures/portal/apply-attachments.html', 'utf8');
const TALEO_INPUT = '[id$="AttachedFilesBlock-uploadedFile"]';
const APPLY_250875 = new URL('https://nato.taleo.net/careersection/2/jobapply.ftl?job=250875&lang=en');
const FLOW = new URL('https://nato.taleo.net/careersection/flow.jsf');
const BEFORE_250875 = new Date('2025-06-10T08:00:00.000Z');

function loadPage({ header = true, lang = 'en' } = {}): Document {
  const doc = new DOMParser().parseFromString(APPLY_PAGE.replace('<html lang="en">', `<html lang="${lang}">`), 'text/html');
  if (!header) doc.querySelector('.requisition-info')?.remove();
  return doc;
}

function fakeBackground(records: StoredVacancy[], failure?: FailureCode) {
  return vi.fn(async (request: { type: string; reference?: string }) => {
    if (failure) return { ok: false as const, code: failure };
    if (request.type === 'get-vacancy') return { ok: true as const, record: records.find((r) => r.reference === request.reference) ?? null };
    return { ok: true as const, records };
  });
}

let stop: (() => void) | undefined;
afterEach(() => {
  stop?.();
  inPlace.mockClear();
});

/** The worker's job, done in place: happy-dom has no workers (the e2e tests run the real one). */
const inPlace = vi.fn(async (bytes: Uint8Array): Promise<FileAnalysis> => analyzeFile(bytes));

function start(doc: Document, url: URL, records: StoredVacancy[], options: { failure?: FailureCode; now?: Date; analyze?: AnalyzeFile } = {}) {
  const send = fakeBackground(records, options.failure);
  const analyze = options.analyze ?? inPlace;
  stop = startUploadGuard({ doc, url, send: send as never, now: () => options.now ?? BEFORE_250875, MutationObserver, analyze, isUserEvent: () => true }).stop;
  return send;
}

function choose(input: HTMLInputElement, name: string, bytes: Uint8Array) {
  Object.defineProperty(input, 'files', { value: [new File([new Uint8Array(bytes)], name)], configurable: true });
  const event = new Event('change', { bubbles: true, cancelable: true });
  input.dispatchEvent(event);
  return event;
}

function panel(doc: Document): ShadowRoot | null {
  return shadowRootOf(doc.querySelector('vacancy-companion-essay-check')!);
}

async function panelText(doc: Document, expected: RegExp): Promise<string> {
  let text = '';
  await vi.waitFor(() => {
    text = panel(doc)?.textContent ?? '';
    expect(text).toMatch(expected);
  });
  return text;
}

const finding = (doc: Document, id: string) => panel(doc)?.querySelector(`[data-finding="${id}"]`)?.textContent ?? '';

describe('upload guard on the attachment page', () => {
  it('checks a file chosen before it started listening (the page was still loading)', async () => {
    const doc = loadPage();
    const input = doc.querySelector<HTMLInputElement>(TALEO_INPUT)!;
    choose(input, 'Key challenge.docx', makeDocx({ pages: 3, pageSize: LETTER_TWIPS }));
    start(doc, APPLY_250875, [STORED_250875]);
    await panelText(doc, /Errors: 4 · Warnings: 0/);
    expect(doc.querySelectorAll('vacancy-companion-essay-check')).toHaveLength(1);
  });

  it('checks a good file against the vacancy in the URL and shows it after the Attach button', async () => {
    const doc = loadPage();
    const send = start(doc, APPLY_250875, [STORED_250875]);
    const input = doc.querySelector<HTMLInputElement>(TALEO_INPUT)!;
    choose(input, '250875_Key challenges.docx', makeDocx({ pages: 1 }));
    const text = await panelText(doc, /No problems found\./);
    expect(text).toContain('Checked against vacancy 250875: Head NATO Affairs');
    expect(doc.querySelector('vacancy-companion-essay-check')?.previousElementSibling?.id).toMatch(/AttachedFilesBlock-attachFileCommand$/);
    expect(send).toHaveBeenCalledWith({ type: 'get-vacancy', reference: '250875' });
    expect(send).not.toHaveBeenCalledWith({ type: 'list-vacancies' });
    expect(panel(doc)?.querySelector('select')).toBeNull();
  });

  it('names what is wrong with a bad file', async () => {
    const doc = loadPage();
    start(doc, APPLY_250875, [STORED_250875]);
    choose(doc.querySelector<HTMLInputElement>(TALEO_INPUT)!, 'Key challenge.docx', makeDocx({ pages: 3, pageSize: LETTER_TWIPS }));
    await panelText(doc, /Errors: 4 · Warnings: 0/);
    expect(finding(doc, 'pages')).toContain('3 pages: the notice allows at most 1 A4 page.');
    expect(finding(doc, 'page-size')).toContain('US Letter');
    expect(finding(doc, 'name:250875')).toContain('must contain “250875”');
    expect(finding(doc, 'name:Key challenges')).toContain('Near miss');
  });

  it('never blocks or alters the form', async () => {
    const doc = loadPage();
    start(doc, APPLY_250875, [STORED_250875]);
    const form = doc.querySelector('form')!;
    const submitted = vi.fn();
    const attach = doc.querySelector<HTMLInputElement>('[id$="attachFileCommand"]')!;
    const clicked = vi.fn();
    form.addEventListener('submit', submitted);
    attach.addEventListener('click', clicked);
    const before = form.elements.length;
    const event = choose(doc.querySelector<HTMLInputElement>(TALEO_INPUT)!, 'x.pdf', makeDocx());
    await panelText(doc, /Errors:/);
    expect(event.defaultPrevented).toBe(false);
    expect([submitted.mock.calls.length, clicked.mock.calls.length]).toEqual([0, 0]);
    expect(form.elements.length).toBe(before);
    const keydown = vi.fn();
    doc.addEventListener('keydown', keydown);
    panel(doc)!.querySelector('button')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
    expect(keydown).not.toHaveBeenCalled();
  });

  it('says when the vacancy is not tracked, checks the file anyway and offers tracked vacancies', async () => {
    const doc = loadPage();
    start(doc, APPLY_250875, [STORED_250443, STORED_251836]);
    choose(doc.querySelector<HTMLInputElement>(TALEO_INPUT)!, '250443 Key challenges.docx', makeDocx({ pages: 2 }));
    const text = await panelText(doc, /Vacancy 250875 is not tracked/);
    expect(text).not.toContain('Checked against');
    expect(finding(doc, 'rules')).toContain('only the file itself was checked');
    const select = panel(doc)!.querySelector('select')!;
    expect([...select.options].map((o) => o.value)).toEqual(['', '250443', '251836']);
    select.value = '250443';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await panelText(doc, /Checked against vacancy 250443/);
    expect(finding(doc, 'name:250443')).toContain('OK');
    expect(panel(doc)?.textContent).not.toContain('not tracked');
    // The file was analysed once: choosing the vacancy only re-worded the findings.
    expect(inPlace).toHaveBeenCalledTimes(1);
  });

  it('leaves the file to the worker: the page goes on while it checks, and a check that gives up says so', async () => {
    const doc = loadPage();
    let finish: (analysis: FileAnalysis) => void = () => {};
    start(doc, APPLY_250875, [STORED_250875], { analyze: () => new Promise((resolve) => (finish = resolve)) });
    choose(doc.querySelector<HTMLInputElement>(TALEO_INPUT)!, '250875 Key challenges.docx', makeDocx());
    await panelText(doc, /Checking 250875 Key challenges.docx…/);
    finish({ kind: 'unchecked', size: 2048, why: 'time-limit', seconds: 15 });
    const text = await panelText(doc, /Errors: 0 · Warnings: 1/);
    expect(text).not.toContain('No problems found');
    expect(finding(doc, 'content')).toContain('This file could not be checked: the check took longer than 15 seconds and was stopped.');
    expect(finding(doc, 'name:250875')).toContain('OK');
  });

  it('asks which vacancy when neither URL nor page says and several are open', async () => {
    const doc = loadPage({ header: false });
    const send = start(doc, FLOW, [STORED_250875, STORED_250443], { now: new Date('2025-03-01T00:00:00Z') });
    choose(doc.querySelector<HTMLInputElement>(TALEO_INPUT)!, 'essay.docx', makeDocx());
    await panelText(doc, /Which vacancy is this application for\?/);
    expect(send).toHaveBeenCalledWith({ type: 'list-vacancies' });
    expect(panel(doc)!.querySelector('select')!.value).toBe('');
  });

  it('guesses the only open vacancy asking for an essay, and says it is a guess', async () => {
    const doc = loadPage({ header: false });
    start(doc, FLOW, [STORED_250875, STORED_250443, STORED_251836]);
    choose(doc.querySelector<HTMLInputElement>(TALEO_INPUT)!, '250875 Key challenges.docx', makeDocx());
    const text = await panelText(doc, /Vacancy 250875 is a guess/);
    expect(text).toContain('Checked against vacancy 250875');
    expect(panel(doc)!.querySelector('select')!.value).toBe('250875');
  });

  it('reads the vacancy from the page when the URL has none', async () => {
    const doc = loadPage();
    const send = start(doc, FLOW, [STORED_250875]);
    choose(doc.querySelector<HTMLInputElement>(TALEO_INPUT)!, '250875 Key challenges.docx', makeDocx());
    await panelText(doc, /Checked against vacancy 250875/);
    expect(send).toHaveBeenCalledWith({ type: 'get-vacancy', reference: '250875' });
  });

  it('still checks the file when the extension cannot be reached', async () => {
    const doc = loadPage();
    start(doc, APPLY_250875, [], { failure: 'reload-page' });
    choose(doc.querySelector<HTMLInputElement>(TALEO_INPUT)!, 'essay.docx', new Uint8Array([0x25, 0x50, 0x44, 0x46]));
    await panelText(doc, /could not be reached \(The extension was updated or reloaded: reload this page\.\)/);
    expect(finding(doc, 'content')).toContain('The content is PDF');
  });

  it('follows the page language', async () => {
    const doc = loadPage({ lang: 'fr' });
    start(doc, new URL('https://nato.taleo.net/careersection/2/jobapply.ftl?job=250875&lang=fr'), [STORED_250875]);
    choose(doc.querySelector<HTMLInputElement>(TALEO_INPUT)!, '250875 essai.docx', makeDocx());
    const text = await panelText(doc, /Erreurs : 1 · Avertissements : 0/);
    expect(text).toContain('Vacancy Companion – vérification de l\'essai');
    expect(finding(doc, 'name:Key challenges')).toContain('Le nom du fichier doit contenir « Key challenges »');
    expect(text).toContain('Rien n\'a été modifié ni envoyé');
  });

  it('guards every file input, one panel each', async () => {
    const doc = loadPage();
    start(doc, APPLY_250875, [STORED_250875]);
    choose(doc.querySelector<HTMLInputElement>('#supporting-document')!, 'other.docx', makeDocx());
    await panelText(doc, /Errors:/);
    expect(doc.querySelector('vacancy-companion-essay-check')?.previousElementSibling?.id).toBe('supporting-document');
  });

  it('hides on request and clears when the file is removed', async () => {
    const doc = loadPage();
    start(doc, APPLY_250875, [STORED_250875]);
    const input = doc.querySelector<HTMLInputElement>(TALEO_INPUT)!;
    choose(input, 'a.docx', makeDocx());
    await panelText(doc, /Errors:/);
    const hide = [...panel(doc)!.querySelectorAll('button')].find((b) => b.textContent === 'Hide')!;
    hide.click();
    expect(doc.querySelector('vacancy-companion-essay-check')).toBeNull();
    choose(input, 'b.docx', makeDocx());
    await panelText(doc, /Errors:/);
    Object.defineProperty(input, 'files', { value: [], configurable: true });
    input.dispatchEvent(new Event('change'));
    expect(doc.querySelector('vacancy-companion-essay-check')).toBeNull();
  });

  it('follows Taleo re-rendering the attachment block, and lets go when stopped', async () => {
    const doc = loadPage();
    start(doc, APPLY_250875, [STORED_250875]);
    choose(doc.querySelector<HTMLInputElement>(TALEO_INPUT)!, 'a.docx', makeDocx());
    await panelText(doc, /Errors:/);
    // The postback-free re-render: the whole table is replaced by a fresh copy.
    const table = doc.querySelector('table.attachments')!;
    const fresh = table.cloneNode(true) as HTMLElement;
    fresh.querySelector('vacancy-companion-essay-check')?.remove();
    table.replaceWith(fresh);
    expect(doc.querySelector('vacancy-companion-essay-check')).toBeNull();
    // The observer reports the re-render after this task; the user picks a file later still.
    await new Promise((resolve) => setTimeout(resolve, 0));
    const newInput = fresh.querySelector<HTMLInputElement>(TALEO_INPUT)!;
    choose(newInput, '250875 Key challenges.docx', makeDocx());
    await panelText(doc, /No problems found/);

    stop?.();
    stop = undefined;
    expect(doc.querySelector('vacancy-companion-essay-check')).toBeNull();
    choose(newInput, 'c.docx', makeDocx());
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(doc.querySelector('vacancy-companion-essay-check')).toBeNull();
  });
});
