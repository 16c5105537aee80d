import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brusselsDate } from '../../utils/time/zones';
import { FIXTURES, type PortalPages } from '../e2e/harness';
import { detailPath, noticePage } from '../fixtures/portal/notice-pages';
import { taleoDetailPage } from '../fixtures/portal/taleo-detail-page';

/**
 * The demo portal: the real rendered results page and the three real notices at their portal
 * URLs, plus ONE clearly labelled sample vacancy whose deadline is in the future (the real
 * notices have closed), so countdowns, reminders and the essay check have something to show.
 */
export const SAMPLE_REFERENCE = '990001';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "4-Jan-2026" for a Brussels calendar date. */
function noticeDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  return `${day}-${MONTHS[(month ?? 1) - 1]}-${year}`;
}

export function samplePage(now: Date, daysAhead = 9): string {
  const deadline = brusselsDate(new Date(now.getTime() + daysAhead * 86_400_000));
  const shown = noticeDate(deadline);
  const body = readFileSync(join(FIXTURES, 'demo/sample-notice-body.txt'), 'utf8').replaceAll('{DEADLINE}', shown);
  return taleoDetailPage({
    reference: SAMPLE_REFERENCE,
    title: 'DEMO SAMPLE (not a real vacancy) - Officer, Capability Planning',
    lang: 'en',
    tz: 'GMT+01:00',
    header: [
      ['Primary Location', 'Belgium-Brussels'],
      ['NATO Body', 'NATO International Staff (NATO IS)'],
      ['Schedule', 'Full-time'],
      ['Application Deadline', shown],
      ['Salary (Pay Basis)', ': 8,273.12Euro (EUR) Monthly'],
      ['Grade', 'NATO Grade G17-G20'],
      ['Clearance Level', 'NS'],
    ],
    body,
  });
}

/** The application page's attachment step for the sample, so the upload check can be tried. */
export const SAMPLE_APPLY_PATH = `/careersection/2/jobapply.ftl?job=${SAMPLE_REFERENCE}&lang=en`;

function sampleApplyPage(): string {
  return readFileSync(join(FIXTURES, 'portal/apply-attachments.html'), 'utf8')
    .replace(/Head NATO Affairs[^<]*\(250875\)/, `DEMO SAMPLE (not a real vacancy) - Officer, Capability Planning (${SAMPLE_REFERENCE})`)
    .replace(/>250875</g, `>${SAMPLE_REFERENCE}<`);
}

export function demoPortal(now: Date): PortalPages {
  return {
    [SAMPLE_APPLY_PATH]: sampleApplyPage,
    '/careersection/2/jobsearch.ftl': () => readFileSync(join(FIXTURES, 'portal/taleo-jobsearch-2023-rendered.html'), 'utf8'),
    '/careersection/2/jobsearch.ftl?lang=en': () => readFileSync(join(FIXTURES, 'portal/taleo-jobsearch-2023-rendered.html'), 'utf8'),
    [detailPath('251836', 'en')]: () => noticePage('251836', 'en', { lateFill: true }),
    [detailPath('251836', 'fr')]: () => noticePage('251836', 'fr'),
    [detailPath('250875', 'en')]: () => noticePage('250875', 'en'),
    [detailPath('250443', 'en')]: () => noticePage('250443', 'en'),
    [detailPath(SAMPLE_REFERENCE, 'en')]: () => samplePage(now),
  };
}

export const DEMO_TOUR = [detailPath('251836', 'en'), detailPath('250875', 'en'), detailPath('250443', 'en'), detailPath(SAMPLE_REFERENCE, 'en')];
