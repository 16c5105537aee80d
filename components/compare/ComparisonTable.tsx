import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { MessageKey } from '../../utils/i18n-core';
import { allowanceEstimates } from '../../utils/grades/money';
import { deltaFor, type Baseline, type ComparisonRow, type SortDirection, type SortKey } from '../../utils/grades/comparison';
import { formatMoney, formatPercentTenths, formatSignedMoney } from '../../utils/format/money';
import { formatCalendarDate as formatNoticeDate } from '../../utils/format/dates';
import { gradeRangeText } from '../../utils/grades/normalise-grade';
import { useI18n } from '../i18n-context';
import { contractText, languagesText, yearsText } from '../../utils/record/wording';
import { shortGradeText } from './labels';
import { ReadinessCell } from '../readiness/ReadinessCell';
import type { Profile } from '../../utils/readiness/profile';
import { RecordTitle } from '../record-title';

export interface ComparisonTableProps {
  /** Already in display order. */
  rows: ComparisonRow[];
  sort: { key: SortKey; direction: SortDirection };
  onSort: (key: SortKey) => void;
  baseline: Baseline | null;
  /** How the delta column names the baseline: "my own position (G17)", "vacancy 251836". */
  baselineName: string;
  showEstimates: boolean;
  /** My profile, for the "Can I apply?" column. */
  profile: Profile;
}

interface Column {
  id: string;
  /** Shown only once "All columns" is chosen: the table's first view fits the 580 px popup. */
  more?: true;
  header: MessageKey;
  headerValues?: Record<string, string>;
  sortKey?: SortKey;
  numeric?: boolean;
  cell: (row: ComparisonRow) => ComponentChildren;
}

/**
 * The selected vacancies side by side, one row each; the first column stays put while scrolling.
 * First the columns a candidate comes for (grade, monthly salary, the difference, can I apply,
 * the deadline), which fit the popup; "All columns" adds the rest, scrolled sideways in a region
 * the keyboard reaches.
 */
export function ComparisonTable({ rows, sort, onSort, baseline, baselineName, showEstimates, profile }: ComparisonTableProps) {
  const { t, locale } = useI18n();
  const [allColumns, setAllColumns] = useState(false);
  const money = (cents: number, currency: string) => formatMoney(cents, currency, locale);
  const notStated = <span class="muted">{t('cmpNotStated')}</span>;
  const noSalary = <span class="muted">{t('cmpNoSalary')}</span>;
  const estimate = (pick: (estimates: ReturnType<typeof allowanceEstimates>) => number) => (row: ComparisonRow) =>
    row.salary ? (
      <>
        {money(pick(allowanceEstimates(row.salary.monthlyCents)), row.salary.currency)}{' '}
        <span class="estimate-tag">{t('cmpEstimateTag')}</span>
      </>
    ) : (
      noSalary
    );
  const currencyMismatch = baseline !== null && rows.some((row) => deltaFor(row, baseline)?.kind === 'currency-mismatch');

  const columns: Column[] = [
    { id: 'grade', header: 'cmpColGrade', sortKey: 'grade', cell: (row) => <GradeCell row={row} /> },
    {
      id: 'monthly',
      header: 'cmpColMonthly',
      sortKey: 'salary',
      numeric: true,
      cell: (row) => (row.salary ? money(row.salary.monthlyCents, row.salary.currency) : noSalary),
    },
    {
      id: 'annual',
      more: true,
      header: 'cmpColAnnual',
      numeric: true,
      cell: (row) => (row.salary ? money(row.salary.annualCents, row.salary.currency) : noSalary),
    },
    ...(baseline
      ? [{ id: 'delta', header: 'cmpColDelta', headerValues: { baseline: baselineName }, numeric: true, cell: (row: ComparisonRow) => <DeltaCell row={row} baseline={baseline} /> } satisfies Column]
      : []),
    ...(showEstimates
      ? ([
          { id: 'expatriation', more: true, header: 'cmpColExpatriation', numeric: true, cell: estimate((e) => e.expatriationCents) },
          { id: 'household', more: true, header: 'cmpColHousehold', numeric: true, cell: estimate((e) => e.householdCents) },
          { id: 'total', header: 'cmpColTotalEstimate', numeric: true, cell: estimate((e) => e.totalCents) },
        ] satisfies Column[])
      : []),
    { id: 'readiness', header: 'rdyColumn', cell: (row) => <ReadinessCell record={row.record} profile={profile} /> },
    { id: 'location', more: true, header: 'cmpColLocation', cell: (row) => row.record.location ?? notStated },
    { id: 'organisation', more: true, header: 'cmpColOrganisation', cell: (row) => row.record.organisation ?? notStated },
    { id: 'clearance', more: true, header: 'cmpColClearance', cell: (row) => row.record.clearance ?? notStated },
    { id: 'languages', more: true, header: 'cmpColLanguages', cell: (row) => <LanguagesCell row={row} /> },
    {
      id: 'experience',
      more: true,
      header: 'cmpColExperience',
      cell: (row) => (row.record.minExperienceYears === null ? notStated : yearsText(row.record.minExperienceYears, t, locale)),
    },
    { id: 'contract', more: true, header: 'cmpColContract', cell: (row) => contractText(row.record.contract, t, locale) ?? notStated },
    {
      id: 'deadline',
      header: 'cmpColDeadline',
      sortKey: 'deadline',
      cell: (row) => (
        <>
          {row.record.deadline ? formatNoticeDate(row.record.deadline, locale) : notStated}
          {!row.open && <span class="closed-tag">{t('cmpClosedTag')}</span>}
        </>
      ),
    },
  ];

  const shown = allColumns ? columns : columns.filter((column) => !column.more);
  const hidden = columns.length - shown.length;

  const header = (column: Column) => {
    const text = t(column.header, column.headerValues);
    if (!column.sortKey) return <th key={column.id} scope="col" class={column.numeric ? 'num' : undefined}>{text}</th>;
    const active = sort.key === column.sortKey;
    const key = column.sortKey;
    return (
      <th key={column.id} scope="col" class={column.numeric ? 'num' : undefined} aria-sort={active ? sort.direction : undefined}>
        <button type="button" class="sort-button" onClick={() => onSort(key)}>
          {text}
          <span class="sort-arrow" aria-hidden="true">{active ? (sort.direction === 'ascending' ? '▲' : '▼') : '↕'}</span>
        </button>
      </th>
    );
  };

  return (
    <>
    <div class="compare-columns">
      <button type="button" aria-pressed={allColumns} aria-controls="compare-scroll" onClick={() => setAllColumns((all) => !all)}>
        {allColumns ? t('cmpFewerColumns') : t('cmpAllColumns', { count: hidden })}
      </button>
    </div>
    {/* Scrolls sideways when all columns show: focusable, so the keyboard scrolls it too, and named. */}
    <div class={`compare-scroll${allColumns ? ' all-columns' : ''}`} id="compare-scroll" tabIndex={0} role="region" aria-label={t('cmpTableCaption')}>
      <table class="compare-table">
        <caption class="visually-hidden">{t('cmpTableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col" class="sticky">{t('cmpColVacancy')}</th>
            {shown.map(header)}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.record.reference} data-reference={row.record.reference}>
              <th scope="row" class="sticky">
                <RecordTitle class="vacancy-title" record={row.record} />
                <span class="muted vacancy-reference">{row.record.reference}</span>
              </th>
              {shown.map((column) => (
                <td key={column.id} class={column.numeric ? 'num' : undefined}>{column.cell(row)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {baseline && <p class="muted compare-footnote">{t('cmpDeltaNote')}</p>}
      {currencyMismatch && baseline?.money && (
        <p class="muted compare-footnote">
          {t('cmpDeltaCurrencyWhy', {
            currency: rows.find((row) => row.salary && row.salary.currency !== baseline.money?.currency)?.salary?.currency ?? '',
            baselineCurrency: baseline.money.currency,
          })}
        </p>
      )}
    </div>
    </>
  );
}

function GradeCell({ row }: { row: ComparisonRow }) {
  const { t } = useI18n();
  const { grade } = row;
  if (grade.kind !== 'graded') {
    const text: Record<typeof grade.kind, MessageKey> = {
      unclassified: 'cmpUnclassified',
      temporary: 'cmpTemporaryNoGrade',
      unknown: 'cmpGradeUnknown',
    };
    return <span>{t(text[grade.kind])}</span>;
  }
  const range = gradeRangeText(grade) ?? '';
  // The printed label is worth showing when it is another notation (A.2, B-4/G-10).
  const printedElsewise = !grade.label.replace(/[\u2010-\u2015]/g, '-').toUpperCase().includes(range.replace('–', '-'));
  const position = grade.twin ? `${grade.low}–${grade.high}` : String(grade.low);
  return (
    <>
      <strong>{shortGradeText(grade, t)}</strong>
      {printedElsewise && <span class="muted"> ({grade.label})</span>}
      <span class="cell-line muted">{t('cmpLadderPosition', { position })}</span>
      {grade.twin && <span class="cell-line twin-note">{t('cmpTwinNote', { low: grade.grades[0] ?? '' })}</span>}
      {grade.temporary && <span class="cell-line">{t('cmpTemporaryTag')}</span>}
    </>
  );
}

function DeltaCell({ row, baseline }: { row: ComparisonRow; baseline: Baseline }) {
  const { t, locale } = useI18n();
  const delta = deltaFor(row, baseline);
  if (delta === null) return <span class="muted">{t('cmpBaselineCell')}</span>;
  if (delta.kind === 'no-salary') return <span class="muted">{t('cmpDeltaNoSalary')}</span>;
  if (delta.kind === 'currency-mismatch') return <span class="muted">{t('cmpDeltaCurrency')}</span>;
  const currency = baseline.money?.currency ?? '';
  const direction = delta.cents > 0 ? 'up' : delta.cents < 0 ? 'down' : 'same';
  return (
    <span class={`delta delta-${direction}`}>
      {formatSignedMoney(delta.cents, currency, locale)}
      {delta.percentTenths !== null && (
        <>
          {' '}
          <span class="cell-line">{formatPercentTenths(delta.percentTenths, locale)}</span>
        </>
      )}
    </span>
  );
}

function LanguagesCell({ row }: { row: ComparisonRow }) {
  const { t } = useI18n();
  const languages = languagesText(row.record, t);
  if (!languages) return <span class="muted">{t('cmpNotStated')}</span>;
  // Short for the eye, spelled out for screen readers and on hover.
  return (
    <span title={languages.long}>
      <span aria-hidden="true">{languages.short}</span>
      <span class="visually-hidden">{languages.long}</span>
    </span>
  );
}
