import { useId } from 'preact/hooks';
import { chartModel, type ChartBar } from '../../utils/grades/chart-model';
import type { Baseline, ComparisonRow } from '../../utils/grades/comparison';
import { formatMoney } from '../../utils/format/money';
import { useI18n } from '../i18n-context';
import { shortGradeText } from './labels';

export interface SalaryChartProps {
  rows: ComparisonRow[];
  baseline: Baseline | null;
}

// Geometry in SVG units; the SVG scales to the popup's width.
const WIDTH = 556;
const LABEL_WIDTH = 168;
const VALUE_ROOM = 92;
const BAR_START = LABEL_WIDTH;
const BAR_SPAN = WIDTH - LABEL_WIDTH - VALUE_ROOM;
const TOP = 18; // room for the baseline's label
const ROW = 34;
const BAR_HEIGHT = 14;

/**
 * Monthly basic salary per vacancy as horizontal bars, ordered by grade. Our own SVG: no chart
 * library for a handful of bars. Screen readers get the figures as sentences in <desc>, since
 * role="img" hides the drawing's own text.
 */
export function SalaryChart({ rows, baseline }: SalaryChartProps) {
  const { t, locale } = useI18n();
  const id = useId();
  const model = chartModel(rows, baseline);
  if (model.currency === null) return <p class="muted">{t('cmpChartNoAxis')}</p>;

  const money = (cents: number, currency: string) => formatMoney(cents, currency, locale);
  const height = TOP + ROW * model.bars.length + 4;
  const xOf = (fraction: number) => BAR_START + fraction * BAR_SPAN;

  const sentence = (bar: ChartBar): string => {
    const { reference, title } = bar.row.record;
    const grade = shortGradeText(bar.row.grade, t);
    if (bar.kind === 'no-salary') return t('cmpChartRowNoSalary', { reference, title, grade });
    const salary = money(bar.monthlyCents, bar.currency);
    if (bar.kind === 'other-currency') return t('cmpChartRowOtherCurrency', { reference, title, grade, salary });
    const lower = bar.row.grade.kind === 'graded' && bar.row.grade.twin ? bar.row.grade.grades[0] : undefined;
    return lower
      ? t('cmpChartRowTwin', { reference, title, grade, salary, low: lower })
      : t('cmpChartRowSalary', { reference, title, grade, salary });
  };
  const baselineSentence = !model.baseline
    ? ''
    : model.baseline.kind === 'own'
      ? t('cmpChartBaselineOwn', { salary: money(model.baseline.cents, model.currency) })
      : t('cmpChartBaselineVacancy', {
          reference: baseline?.kind === 'vacancy' ? baseline.reference : '',
          salary: money(model.baseline.cents, model.currency),
        });
  const description = [t('cmpChartIntro', { currency: model.currency }), ...model.bars.map(sentence), baselineSentence]
    .filter(Boolean)
    .join(' ');

  return (
    <figure class="salary-chart">
      <figcaption id={`${id}-title`}>{t('cmpChartHeading')}</figcaption>
      <svg
        role="img"
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-desc`}
        viewBox={`0 0 ${WIDTH} ${height}`}
        width="100%"
        preserveAspectRatio="xMinYMin meet"
      >
        <title>{t('cmpChartHeading')}</title>
        <desc id={`${id}-desc`}>{description}</desc>
        {model.bars.map((bar, index) => (
          <BarRow key={bar.row.record.reference} bar={bar} top={TOP + index * ROW} xOf={xOf} money={money} />
        ))}
        {model.baseline && (
          <g class="chart-baseline" data-testid="chart-baseline">
            <line x1={xOf(model.baseline.fraction)} x2={xOf(model.baseline.fraction)} y1={TOP - 4} y2={height - 2} />
            <text x={xOf(model.baseline.fraction)} y={TOP - 7} text-anchor="middle">
              {model.baseline.kind === 'own' ? t('cmpChartLineOwn') : t('cmpChartLineVacancy')}
            </text>
          </g>
        )}
      </svg>
    </figure>
  );
}

interface BarRowProps {
  bar: ChartBar;
  top: number;
  xOf: (fraction: number) => number;
  money: (cents: number, currency: string) => string;
}

function BarRow({ bar, top, xOf, money }: BarRowProps) {
  const { t } = useI18n();
  const { grade, record } = bar.row;
  const textY = top + BAR_HEIGHT - 3;
  const twinLow = grade.kind === 'graded' && grade.twin ? grade.grades[0] : undefined;
  return (
    <g class={`chart-row chart-${bar.kind}`} data-reference={record.reference}>
      <text class="chart-label" x={0} y={textY}>
        <tspan class="chart-grade">{shortGradeText(grade, t)}</tspan>
        <tspan class="chart-reference">{` · ${record.reference}`}</tspan>
      </text>
      {bar.kind === 'bar' ? (
        <>
          <rect class="chart-bar" x={BAR_START} y={top} width={Math.max(1, xOf(bar.fraction) - BAR_START)} height={BAR_HEIGHT} rx={2} />
          <text class="chart-value" x={xOf(bar.fraction) + 4} y={textY}>{money(bar.monthlyCents, bar.currency)}</text>
        </>
      ) : (
        // No bar at all: a missing salary is not a zero salary.
        <text class="chart-note" x={BAR_START} y={textY}>
          {bar.kind === 'no-salary'
            ? t('cmpNoSalary')
            : t('cmpChartOtherCurrencyShort', { salary: money(bar.monthlyCents, bar.currency) })}
        </text>
      )}
      {twinLow && (
        <text class="chart-twin" x={BAR_START} y={top + BAR_HEIGHT + 12}>
          {`${shortGradeText(grade, t)}: ${t('cmpChartTwinShort', { low: twinLow })}`}
        </text>
      )}
    </g>
  );
}
