import { finding, worded, type EssayVacancy, type Finding } from './finding';
import { matchNameItem, splitFileName, suggestFileName } from './name-rules';
import { checkFile } from './check-file';
import { deadlineFinding } from './check-deadline';

export type { Finding, FindingValue, Severity, Worded, EssayVacancy } from './finding';
export { suggestFileName } from './name-rules';

export interface EssayCheckInput {
  fileName: string;
  bytes: Uint8Array;
  /** The vacancy applied for; null when unknown. Its essay fields are the rules. */
  record: EssayVacancy | null;
  now: Date;
}

/**
 * Checks an essay file against the notice's essay rules before it is uploaded. Runs entirely on
 * the bytes given: nothing is sent anywhere. Without a vacancy (or when its notice asks for no
 * essay) only the rules that need none run, and the first finding says so.
 */
export function checkEssay({ fileName, bytes, record, now }: EssayCheckInput): Finding[] {
  const rules = record?.essay ?? null;
  const { stem, ext } = splitFileName(fileName);
  const findings: Finding[] = [];

  if (!record) findings.push(finding('rules', 'info', worded('essayRulesNone')));
  else if (!rules) findings.push(finding('rules', 'info', worded('essayRulesNoEssay', { reference: record.reference })));

  if (record && rules) findings.push(...nameFindings(fileName, stem, record));
  findings.push(...checkFile(ext.slice(1).toLowerCase(), bytes, rules));
  if (record) findings.push(deadlineFinding(record, now));
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
