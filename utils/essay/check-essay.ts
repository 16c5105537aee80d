import { finding, worded, type EssayVacancy, type Finding } from './finding';
import { matchNameItem, splitFileName, suggestFileName } from './name-rules';
import { analyzeFile, checkFile, type FileAnalysis } from './check-file';
import { deadlineFinding } from './check-deadline';

export type { Finding, FindingValue, Severity, Worded, EssayVacancy } from './finding';
export { suggestFileName } from './name-rules';
export { analyzeFile, type FileAnalysis } from './check-file';
export { deadlineFinding } from './check-deadline';

export interface EssayFileInput {
  fileName: string;
  /** What the file's bytes are (analyzeFile, in a worker on pages): read once per file. */
  analysis: FileAnalysis;
  /** The vacancy applied for; null when unknown. Its essay fields are the rules. */
  record: EssayVacancy | null;
}

export interface EssayCheckInput {
  fileName: string;
  bytes: Uint8Array;
  record: EssayVacancy | null;
  now: Date;
}

/**
 * Checks an essay file against the notice's essay rules before it is uploaded, on the caller's
 * thread (the CLI, tests): pages analyse the bytes in a worker and call checkEssayFile. Nothing
 * is sent anywhere.
 */
export function checkEssay({ fileName, bytes, record, now }: EssayCheckInput): Finding[] {
  const findings = checkEssayFile({ fileName, analysis: analyzeFile(bytes), record });
  return record ? [...findings, deadlineFinding(record, now)] : findings;
}

/**
 * Every finding but the closing time's, the one that depends on the clock: a view computes
 * these once per file and vacancy, and the deadline finding (check-deadline.ts) as time passes.
 * Without a vacancy (or when its notice asks for no essay) only the rules that need none run,
 * and the first finding says so.
 */
export function checkEssayFile({ fileName, analysis, record }: EssayFileInput): Finding[] {
  const rules = record?.essay ?? null;
  const { stem, ext } = splitFileName(fileName);
  const findings: Finding[] = [];

  if (!record) findings.push(finding('rules', 'info', worded('essayRulesNone')));
  else if (!rules) findings.push(finding('rules', 'info', worded('essayRulesNoEssay', { reference: record.reference })));

  if (record && rules) findings.push(...nameFindings(fileName, stem, record));
  findings.push(...checkFile(ext.slice(1).toLowerCase(), analysis, rules));
  return findings;
}

function nameFindings(fileName: string, stem: string, record: EssayVacancy): Finding[] {
  const items = record.essay?.titleMustInclude ?? [];
  if (items.length === 0) return [finding('name', 'info', worded('essayNameNoRule'))];
  const suggestion = suggestFileName(fileName, record) ?? fileName;
  const fix = worded('essayFixRename', { suggestion });
  return items.map((item) => {
    const id = `name:${item}`;
    const match = matchNameItem(stem, item);
    switch (match.kind) {
      case 'exact':
        return finding(id, 'ok', worded('essayNameOk', { item }));
      case 'near-miss':
        return finding(id, 'error', worded('essayNameNearMiss', { item, found: match.found }), fix);
      case 'other-reference':
        return finding(id, 'error', worded('essayNameOtherReference', { item, found: match.found }), fix);
      case 'missing':
        return finding(id, 'error', worded('essayNameMissing', { item }), fix);
    }
  });
}
