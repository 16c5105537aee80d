import type { ComponentChildren } from 'preact';
import type { StoredVacancy } from '../../utils/record/stored-vacancy';
import type { MessageKey } from '../../utils/i18n-core';
import { formatCalendarDate, formatDateSpan, formatDateTime } from '../../utils/format/dates';
import { formatClosingMoment, formatTimeLeft } from '../../utils/deadlines/format';
import { fieldLabel } from '../../utils/field-labels';
import { contractText, languagesText, yearsText } from '../../utils/record/wording';
import { useI18n } from '../i18n-context';
import { WarningItems } from '../warning-items';
import { warningsForPeople } from '../../utils/parse/warning-kind';
import type { Warning } from '../../utils/parse/warning-templates';
import { formatHistoryValue } from './detail-format';
import { formatSalary } from '../../utils/format/money';

export interface VacancyFactsProps {
  record: StoredVacancy;
  now: Date;
  timeZone: string;
}

function Fact({ label, children }: { label: string; children: ComponentChildren }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </>
  );
}

function ListSection({ title, items }: { title: string; items: string[] }) {
  if (items.length === 0) return null;
  return (
    <section class="dl-section">
      <h3>{title}</h3>
      <ul>{items.map((item, index) => <li key={index}>{item}</li>)}</ul>
    </section>
  );
}

const LANGUAGE_NAME: Record<'en' | 'fr', MessageKey> = { en: 'dlLangEn', fr: 'dlLangFr' };

/** Every parsed field of the record, in the order a notice presents them. Unknown ones read "—". */
export function VacancyFacts({ record, now, timeZone }: VacancyFactsProps) {
  const { t, locale } = useI18n();
  const context = { locale, t, now, timeZone };
  const essay = record.essay;
  return (
    <>
      <dl class="dl-facts-list">
        <Fact label={fieldLabel('reference', t)}>{record.reference}</Fact>
        {/* The title the heading does not show: French in an English view, English in a French one. */}
        {record.titleFr && locale === 'fr' && <Fact label={t('dlTitleEn')}><span lang="en">{record.title}</span></Fact>}
        {record.titleFr && locale !== 'fr' && <Fact label={fieldLabel('titleFr', t)}><span lang="fr">{record.titleFr}</span></Fact>}
        <Fact label={fieldLabel('organisation', t)}>{record.organisation ?? '—'}</Fact>
        <Fact label={fieldLabel('location', t)}>{record.location ?? '—'}</Fact>
        <Fact label={fieldLabel('schedule', t)}>{record.schedule ?? '—'}</Fact>
        <Fact label={fieldLabel('deadline', t)}>
          {record.closesAt ? formatClosingMoment(record.closesAt, context) : (record.deadline ?? '—')}
        </Fact>
        <Fact label={t('dlFieldTimeLeft')}>{formatTimeLeft(record.closesAt, now, t)}</Fact>
        <Fact label={fieldLabel('grade', t)}>{record.grade?.label ?? '—'}</Fact>
        <Fact label={fieldLabel('salary', t)}>{record.salary ? formatSalary(record.salary, locale, t) : '—'}</Fact>
        <Fact label={fieldLabel('clearance', t)}>{record.clearance ?? '—'}</Fact>
        <Fact label={fieldLabel('languageRequirement', t)}>{languagesText(record, t)?.long ?? '—'}</Fact>
        <Fact label={fieldLabel('minExperienceYears', t)}>
          {record.minExperienceYears === null ? '—' : yearsText(record.minExperienceYears, t, locale)}
        </Fact>
        <Fact label={fieldLabel('positions', t)}>{record.positions}</Fact>
        <Fact label={fieldLabel('contract', t)}>{contractText(record.contract, t, locale) ?? '—'}</Fact>
        <Fact label={fieldLabel('languages', t)}>
          {record.languages.map((language) => t(LANGUAGE_NAME[language])).join(', ') || '—'}
        </Fact>
      </dl>

      <section class="dl-section">
        <h3>{t('dlSectionEssay')}</h3>
        {essay ? (
          <ul>
            <li>{t('dlEssayFormat', { format: essay.format })}</li>
            {essay.maxPages !== null && <li>{t('dlEssayMaxPages', { pages: essay.maxPages })}</li>}
            {essay.titleMustInclude.length > 0 && (
              <li>{t('dlEssayTitleMustInclude', { parts: essay.titleMustInclude.map((part) => `“${part}”`).join(', ') })}</li>
            )}
            {essay.dueDate && <li>{t('dlEssayDue', { date: formatCalendarDate(essay.dueDate, locale) })}</li>}
          </ul>
        ) : (
          <p class="muted">{t('dlEssayNone')}</p>
        )}
      </section>

      <ListSection title={t('dlSectionPosts')} items={record.posts.map((post) => [post.title, post.grade, post.code].filter(Boolean).join(' · '))} />
      <ListSection title={t('dlSectionKeyChallenges')} items={record.keyChallenges} />
      {record.selectionWindow && (
        <p class="dl-window">{t('stgWindowExpected', { span: formatDateSpan(record.selectionWindow.from, record.selectionWindow.to, locale) })}</p>
      )}
      <ListSection title={t('dlSectionAssessments')} items={record.assessments} />
      <ListSection title={t('dlSectionCompetencies')} items={record.competencies} />
      <WarningSections warnings={record.warnings} />

      <section class="dl-section">
        <h3>{t('dlSectionHistory')}</h3>
        {record.history.length === 0 ? (
          <p class="muted">{t('dlHistoryEmpty')}</p>
        ) : (
          <ul>
            {record.history.map((entry, index) => (
              <li key={index}>
                <time dateTime={entry.changedAt}>{formatDateTime(new Date(entry.changedAt), timeZone, context)}</time>
                {' — '}
                {t('dlHistoryEntry', {
                  field: fieldLabel(entry.field, t),
                  from: formatHistoryValue(entry.field, entry.from, context),
                  to: formatHistoryValue(entry.field, entry.to, context),
                })}
              </li>
            ))}
          </ul>
        )}
        <p class="muted">
          {t('dlCapturedAt', {
            captured: formatDateTime(new Date(record.capturedAt), timeZone, context),
            updated: formatDateTime(new Date(record.updatedAt), timeZone, context),
          })}
        </p>
      </section>
    </>
  );
}

/** What the capture failed to read, then (quietly) what the notice does not contain; internal notes never. */
function WarningSections({ warnings }: { warnings: readonly Warning[] }) {
  const { t } = useI18n();
  const { problems, absent } = warningsForPeople(warnings);
  return (
    <>
      {problems.length > 0 && (
        <section class="dl-section">
          <h3>{t('dlSectionWarnings')}</h3>
          <ul>
            <WarningItems warnings={problems} />
          </ul>
        </section>
      )}
      {absent.length > 0 && (
        <section class="dl-section dl-about">
          <h3>{t('noticeAbout')}</h3>
          <ul class="muted">
            <WarningItems warnings={absent} quiet />
          </ul>
        </section>
      )}
    </>
  );
}
