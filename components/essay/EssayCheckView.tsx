import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { useI18n } from '../i18n-context';
import type { StoredVacancy } from '../../utils/record/stored-vacancy';
import { checkEssayFile, deadlineFinding, suggestFileName, type FileAnalysis } from '../../utils/essay/check-essay';
import type { AnalyzeFile } from '../../utils/essay/analyze-off-thread';
import { analyzeInWorker } from './analyze-in-worker';
import { onlyOpenEssayVacancy, orderForEssayCheck } from '../../utils/essay/vacancy-order';
import { FindingsList, FindingsSummary } from './FindingsList';
import { VacancySelect } from './VacancySelect';
import { SuggestedName } from './SuggestedName';
import { FileDrop } from './FileDrop';
import './findings.css';
import './essay.css';
import { RuleNotes } from '../prepare/RuleNotes';

export interface EssayCheckViewProps {
  records: StoredVacancy[];
  now: Date;
  initialReference?: string;
  /** Reads what the file is, off this page's thread (tests pass one that runs in place). */
  analyze?: AnalyzeFile;
}

interface LoadedFile {
  name: string;
  analysis: FileAnalysis;
}

/**
 * Popup view: pick the vacancy and the essay file, see what the notice's rules say about it.
 * The file is read with File.arrayBuffer and analysed once, in a worker; nothing leaves the
 * computer. The findings follow the chosen vacancy, and only the closing time's follows the clock.
 */
export function EssayCheckView({ records, now, initialReference, analyze = analyzeInWorker }: EssayCheckViewProps) {
  const { t } = useI18n();
  const [reference, setReference] = useState(() => initialChoice(records, now, initialReference));
  const [file, setFile] = useState<LoadedFile | null>(null);
  const [reading, setReading] = useState<string | null>(null);
  const [readError, setReadError] = useState<string | null>(null);
  // Only the latest chosen file may land, even if an earlier one finishes reading later.
  const latestRead = useRef(0);

  useEffect(() => {
    if (initialReference) setReference(initialReference);
  }, [initialReference]);

  useEffect(() => {
    // A file dropped beside the drop zone would otherwise replace the popup with the file.
    const keepFileOut = (event: DragEvent) => {
      if (event.dataTransfer?.types.includes('Files')) event.preventDefault();
    };
    addEventListener('dragover', keepFileOut);
    addEventListener('drop', keepFileOut);
    return () => {
      removeEventListener('dragover', keepFileOut);
      removeEventListener('drop', keepFileOut);
    };
  }, []);

  const ordered = useMemo(() => orderForEssayCheck(records, now), [records, now]);
  const record = records.find((r) => r.reference === reference) ?? null;
  // The file's findings are made once per file and vacancy: the clock (a new `now` every 30 s)
  // only refreshes the closing time's.
  const fileFindings = useMemo(() => (file ? checkEssayFile({ fileName: file.name, analysis: file.analysis, record }) : null), [file, record]);
  const findings = fileFindings && record ? [...fileFindings, deadlineFinding(record, now)] : fileFindings;
  const suggestion = file ? suggestFileName(file.name, record) : null;

  const load = async (chosen: File) => {
    const token = ++latestRead.current;
    setReading(chosen.name);
    setReadError(null);
    try {
      const analysis = await analyze(new Uint8Array(await chosen.arrayBuffer()));
      if (token === latestRead.current) setFile({ name: chosen.name, analysis });
    } catch (error) {
      if (token === latestRead.current) {
        setFile(null);
        setReadError(error instanceof Error ? error.message : String(error));
      }
    } finally {
      if (token === latestRead.current) setReading(null);
    }
  };

  return (
    <div class="essay-check">
      <p class="muted">{t('essayIntro')}</p>
      <VacancySelect id="essay-vacancy" label={t('essayVacancyLabel')} vacancies={ordered} value={reference} onChange={setReference} />
      {record && <RuleNotes record={record} where="essay" />}
      <FileDrop id="essay-file" onFile={(chosen) => void load(chosen)} />
      {reading && <p role="status">{t('essayReading', { name: reading })}</p>}
      {readError && <p role="alert" class="error">{t('essayReadError', { reason: readError })}</p>}
      {file && findings && !reading && (
        <section class="essay-results" aria-labelledby="essay-results-heading">
          <h3 id="essay-results-heading">{t('essayResultsHeading', { name: file.name })}</h3>
          <FindingsSummary findings={findings} />
          <FindingsList findings={findings} />
          {suggestion !== null && <SuggestedName key={suggestion} name={suggestion} compliant={suggestion === file.name} />}
        </section>
      )}
    </div>
  );
}

function initialChoice(records: StoredVacancy[], now: Date, initialReference: string | undefined): string {
  if (initialReference && records.some((r) => r.reference === initialReference)) return initialReference;
  return onlyOpenEssayVacancy(records, now)?.reference ?? '';
}
