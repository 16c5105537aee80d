// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { resolveBaseline, toComparisonRow } from '../../utils/grades/comparison';
import { BARE_NOTICE, NOTICE_RECORDS, asgDefencePolicy, storedVacancy } from '../../test/unit/record-factory';
import { I18nProvider } from '../i18n';
import { SalaryChart } from './SalaryChart';

afterEach(cleanup);

const NOW = new Date('2025-06-01T10:00:00Z');
const rows = NOTICE_RECORDS.map((record) => toComparisonRow(record, NOW));
const plain = (text: string | null | undefined) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ');

function draw(locale: 'en' | 'fr', baseline = null as ReturnType<typeof resolveBaseline>, chartRows = rows) {
  const { container } = render(
    <I18nProvider locale={locale}>
      <SalaryChart rows={chartRows} baseline={baseline} />
    </I18nProvider>,
  );
  const svg = container.querySelector('svg')!;
  const description = () => plain(document.getElementById(svg.getAttribute('aria-describedby')!)?.textContent);
  const rowOf = (reference: string) => svg.querySelector(`[data-reference="${reference}"]`)!;
  return { svg, description, rowOf };
}

describe('SalaryChart', () => {
  it('is an image named by its caption, with every figure in its description', () => {
    const { svg, description } = draw('en');
    expect(screen.getByRole('img', { name: 'Monthly basic salary by grade' })).toBe(svg);
    expect(svg.querySelector('title')?.textContent).toBe('Monthly basic salary by grade');
    expect(description()).toBe(
      [
        'Bars ordered by grade, lowest first, amounts in EUR.',
        'NCIA-250101 Assistant, Service Desk, G10: €5,260.65 per month.',
        '250612 Officer, Plans, G17–G20: €8,273.12 per month, the salary of G17, the grade of appointment.',
        '251836 Officer, Defence Policy, G20: €9,253.21 per month.',
        '250875 Head NATO Affairs and Security Policy Section (1 post) & Head Multilateral Organisations Section (1 post), G22: €10,742.69 per month.',
        '250443 Assistant Secretary General, Defence Policy and Planning, Unclassified: no salary published.',
      ].join(' '),
    );
  });

  it('draws bars in grade order, longest for the highest salary, and no bar for no salary', () => {
    const { svg, rowOf } = draw('en');
    const order = [...svg.querySelectorAll('[data-reference]')].map((row) => row.getAttribute('data-reference'));
    expect(order).toEqual(['NCIA-250101', '250612', '251836', '250875', '250443']);
    const width = (reference: string) => Number(rowOf(reference).querySelector('rect')?.getAttribute('width'));
    expect(width('250875')).toBeGreaterThan(width('251836'));
    expect(width('251836')).toBeGreaterThan(width('250612'));
    expect(width('250612')).toBeGreaterThan(width('NCIA-250101'));
    expect(rowOf('250443').querySelector('rect')).toBeNull();
    expect(rowOf('250443').textContent).toContain('No salary published');
  });

  it('shows both ends of a twin grade and says appointment is at the lower one', () => {
    const { rowOf } = draw('en');
    const twin = rowOf('250612').textContent;
    expect(twin).toContain('G17–G20 · 250612');
    expect(twin).toContain('G17–G20: appointment at G17');
    expect(plain(twin)).toContain('€8,273.12');
  });

  it('draws the own position as a labelled reference line and describes it', () => {
    const baseline = resolveBaseline({ kind: 'own' }, rows, { grade: 'G17', monthlySalaryCents: 827312, currency: 'EUR' });
    const { svg, description } = draw('en', baseline);
    const line = svg.querySelector('[data-testid="chart-baseline"] line')!;
    const twinBarEnd = (() => {
      const rect = svg.querySelector('[data-reference="250612"] rect')!;
      return Number(rect.getAttribute('x')) + Number(rect.getAttribute('width'));
    })();
    // Same amount as the G17 bar: the line sits exactly at that bar's end.
    expect(Number(line.getAttribute('x1'))).toBeCloseTo(twinBarEnd, 6);
    expect(svg.querySelector('[data-testid="chart-baseline"] text')?.textContent).toBe('Mine');
    expect(description()).toContain('Reference line: my own position, €8,273.12 per month.');
  });

  it('has no reference line for a baseline without a salary', () => {
    const baseline = resolveBaseline({ kind: 'vacancy', reference: asgDefencePolicy.reference }, rows, null);
    const { svg } = draw('en', baseline);
    expect(svg.querySelector('[data-testid="chart-baseline"]')).toBeNull();
  });

  it('lists another currency without drawing it on the euro scale', () => {
    const usd = storedVacancy({
      ...BARE_NOTICE,
      reference: '999005',
      title: 'Engineer',
      grade: { label: 'G15', grades: ['G15'] },
      salary: { amount: 7000, currency: 'USD', period: 'month' },
    });
    const { rowOf, description } = draw('en', null, [...rows, toComparisonRow(usd, NOW)]);
    expect(rowOf('999005').querySelector('rect')).toBeNull();
    expect(rowOf('999005').textContent).toBe('G15 · 999005$7,000.00, other currency');
    expect(description()).toContain('999005 Engineer, G15: $7,000.00 per month, in another currency, not drawn on this scale.');
  });

  it('speaks French, with French money', () => {
    const baseline = resolveBaseline({ kind: 'vacancy', reference: '251836' }, rows, null);
    const { svg, description, rowOf } = draw('fr', baseline);
    expect(screen.getByRole('img', { name: 'Traitement mensuel de base par grade' })).toBe(svg);
    expect(description()).toContain('251836 Officer, Defence Policy, G20 : 9 253,21 € par mois.');
    expect(description()).toContain('250443 Assistant Secretary General, Defence Policy and Planning, Non classé : aucun salaire publié.');
    expect(description()).toContain('Ligne de référence : avis 251836, 9 253,21 € par mois.');
    expect(plain(rowOf('251836').textContent)).toContain('9 253,21 €');
    expect(rowOf('250612').textContent).toContain('recrutement au G17');
    expect(svg.querySelector('[data-testid="chart-baseline"] text')?.textContent).toBe('Référence');
  });

  it('says so when nothing compared states a salary', () => {
    render(
      <I18nProvider locale="en">
        <SalaryChart rows={[toComparisonRow(asgDefencePolicy, NOW)]} baseline={null} />
      </I18nProvider>,
    );
    expect(screen.queryByRole('img')).toBeNull();
    expect(screen.getByText('No compared vacancy states a salary.')).toBeTruthy();
  });
});
