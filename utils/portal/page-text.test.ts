import { OFFICER_DEFENCE_POLICY } from '../../test/expected/251836';
import { englishWarning } from '../../test/unit/template-english';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { afterAll, describe, expect, it } from 'vitest';
import { ParsedVacancySchema } from '../record/vacancy-record';
import { noticeTextFromDocument, pageTimeZoneFromDocument } from './page-text';
import { parseNotice } from '../parse/parse-notice';

const PORTAL = join(import.meta.dirname, '../../test/fixtures/portal');
const window = new Window();
afterAll(async () => {
  await window.happyDOM.close();
});

/** A document built by the DOM parser, as a page would be (no HTML set through properties, no scripts run). */
function page(html: string): Document {
  return new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
}

function bodyText(body: string): string {
  return noticeTextFromDocument(page(`<!DOCTYPE html><html><head><title>t</title></head><body>${body}</body></html>`));
}

describe('noticeTextFromDocument', () => {
  it.each([
    ['blocks become lines', '<div>Officer, Defence Policy-251836</div><div>Schedule Full-time</div>', 'Officer, Defence Policy-251836\nSchedule Full-time'],
    ['paragraphs stand apart', '<p>1. SUMMARY</p><p>The Division leads.</p>', '1. SUMMARY\n\nThe Division leads.'],
    ['line breaks', '<p>Head, NATO Affairs<br>and Security Policy</p>', 'Head, NATO Affairs\nand Security Policy'],
    ['list items become bullets', '<ul><li>possess a degree;</li><li> be <b>conversant</b> with NATO.</li></ul>', '- possess a degree;\n- be conversant with NATO.'],
    [
      'label/value rows',
      '<div class="contentlinepanel"><span class="subtitle">Primary Location</span><span class="text">Belgium-Brussels</span></div><div class="contentlinepanel"><span class="subtitle">Salary (Pay Basis)</span><span class="text">:</span><span class="text">9,253.21</span><span class="text">Euro</span></div>',
      'Primary Location Belgium-Brussels\nSalary (Pay Basis) : 9,253.21 Euro',
    ],
    [
      'hidden nodes are skipped',
      '<div style="display: none;">Other Locations Kyiv</div><div hidden>Unposting Date</div><span aria-hidden="true">|</span><script>api.fillList("x")</script><style>p{}</style><noscript>Enable JS</noscript><template><p>Template</p></template><p style="visibility:hidden">ghost</p><a class="hidden-audible">Go to the main content section.</a><p>Grade NATO Grade G20</p>',
      'Grade NATO Grade G20',
    ],
    ['whitespace and NBSP collapse', '<p>  NATO&nbsp;Body \n\n   NATO International\tStaff  </p>', 'NATO Body NATO International Staff'],
    ['empty nodes leave no blank lines', '<div><div></div><p> </p><ul><li></li></ul><div>Schedule Full-time</div></div><div></div><p>Grade G15</p>', 'Schedule Full-time\n\nGrade G15'],
    ['form controls are not text', '<label>Sort by</label><select><option>Job Title</option></select><button>Search</button><input value="x">', 'Sort by'],
  ])('%s', (_case, html, text) => {
    expect(bodyText(html)).toBe(text);
  });
});

describe('pageTimeZoneFromDocument', () => {
  it.each([
    ['<input type="hidden" id="tz" value="GMT+00:00">', 'GMT+00:00'],
    ['<input type="hidden" id="tz" value="GMT+02:00"><input type="hidden" id="tzname" value="Europe/Amsterdam">', 'Europe/Amsterdam'],
    ['<input type="hidden" id="tz" value="GMT+02:00"><input type="hidden" id="tzname" value="Nowhere/Else">', 'GMT+02:00'],
    ['<input type="hidden" id="tz" value="">', null],
    ['<input type="hidden" id="tz" value="tomorrow">', null],
    ['<p>no zone</p>', null],
  ])('%s → %s', (html, zone) => {
    expect(pageTimeZoneFromDocument(page(`<html><body><form>${html}</form></body></html>`))).toBe(zone);
  });

  it('reads the real 2023 results page (Brussels-area browser)', () => {
    const doc = page(readFileSync(join(PORTAL, 'taleo-jobsearch-2023-rendered.html'), 'utf8'));
    expect(pageTimeZoneFromDocument(doc)).toBe('Europe/Amsterdam');
    const text = noticeTextFromDocument(doc);
    expect(text).toContain('Intelligence Officer - Aerospace Systems\n\nJob Number : 230611 -\nBelgium-Brussels\nApplication Deadline : 22-Jun-2023, 11:59:00 PM');
    expect(text).not.toContain('Go to the main content section');
    // A results page lists vacancies; it is not a notice.
    expect(parseNotice(text)).toMatchObject({ ok: false, error: 'not-a-notice' });
  });
});

describe('the reconstructed detail page of 251836', () => {
  const doc = page(readFileSync(join(PORTAL, 'jobdetail-251836-en.html'), 'utf8'));
  const text = noticeTextFromDocument(doc);

  it('gives the rendered header as "Label value" lines, hidden rows left out', () => {
    expect(text).toContain(
      [
        'Job Description - Officer, Defence Policy (251836)',
        '',
        'Officer, Defence Policy-251836',
        'Primary Location Belgium-Brussels',
        'NATO Body NATO International Staff (NATO IS)',
        'Schedule Full-time',
        'Application Deadline 4-Jan-2026, 10:59:00 PM',
        'Salary (Pay Basis) : 9,253.21 Euro (EUR) Monthly',
        'Grade NATO Grade G20',
        'Clearance Level NS',
        'Description :',
      ].join('\n'),
    );
    for (const hidden of ['Ukraine-Kyiv', 'Unposting Date', 'Job Field', 'Template Label', 'An error has occurred', 'api.fillList', 'requires JavaScript']) {
      expect(text).not.toContain(hidden);
    }
  });

  it('parses into the same record as the notice text, closing time from the page zone', () => {
    const zone = pageTimeZoneFromDocument(doc);
    expect(zone).toBe('GMT+00:00');
    const result = parseNotice(text, { pageTimeZone: zone ?? undefined, sourceUrl: 'https://nato.taleo.net/careersection/2/jobdetail.ftl?job=251836&lang=en' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(ParsedVacancySchema.safeParse(result.record).success).toBe(true);
    expect(result.record).toMatchObject({
      ...OFFICER_DEFENCE_POLICY,
      titleFr: 'Administratrice/Administrateur, Politique de défense',
      languages: ['en', 'fr'],
      positions: 1,
      essay: null,
      keyChallenges: [],
      contract: { initialYears: 3, renewableYears: 3, maxYears: 6 },
    });
    expect(result.record.competencies).toHaveLength(8);
    expect(result.warnings.map(englishWarning)).toEqual(['keyChallenges: none listed', 'assessments: no selection steps announced']);
  });
});
