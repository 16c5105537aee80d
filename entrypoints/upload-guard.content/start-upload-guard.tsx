import { I18nProvider } from '../../components/i18n-context';
import { mountInShadow, type ShadowMount, type UserEventTest } from '../../components/shadow-host';
import { UploadGuardPanel, type UploadGuardPanelProps } from './UploadGuardPanel';
import GUARD_CSS from './panel.css?inline';
import type { VacancyChoice } from '../../components/essay/VacancySelect';
import type { StoredVacancy } from '../../utils/record/stored-vacancy';
import type { Failure, RequestOf, ResponseFor } from '../../utils/messages';
import { checkEssayFile, deadlineFinding, type FileAnalysis } from '../../utils/essay/check-essay';
import type { AnalyzeFile } from '../../utils/essay/analyze-off-thread';
import { onlyOpenEssayVacancy, orderForEssayCheck } from '../../utils/essay/vacancy-order';
import { findFileInputs, panelAnchor, resolveVacancy } from '../../utils/portal/apply-page';
import { pageLocale } from '../../utils/portal/page-language';
import type { Locale } from '../../utils/i18n-core';

type Send = <T extends 'get-vacancy' | 'list-vacancies'>(request: RequestOf<T>) => Promise<ResponseFor<T> | Failure>;

export interface UploadGuardOptions {
  doc: Document;
  url: URL;
  /** The language the panel speaks (chosen in Settings, else the page's); the page's when not given. */
  locale?: Locale;
  send: Send;
  now: () => Date;
  MutationObserver: typeof MutationObserver;
  /** Reads what a file is off the page's thread (a worker): the candidate's form never waits on it. */
  analyze: AnalyzeFile;
  /** Whether an event is the user's (default: the browser's isTrusted); tests in happy-dom, which makes none, say yes. */
  isUserEvent?: UserEventTest;
}

type PanelState = Omit<UploadGuardPanelProps, 'onChoose' | 'onHide' | 'idPrefix'>;

interface GuardedInput {
  mount: ShadowMount | null;
  state: PanelState | null;
  /** What the chosen file is, analysed once: a change of vacancy only re-words the findings. */
  file: { name: string; analysis: FileAnalysis } | null;
  /** Full records from list-vacancies, to re-check when the user picks another vacancy. */
  records: StoredVacancy[];
  /** Only the latest file chosen in this input may update the panel. */
  run: number;
  id: string;
}

/**
 * Watches the application page's file inputs and shows the essay findings under the one the
 * user picked a file in. It only listens: no preventDefault, no value change, no click. Taleo
 * re-renders blocks, so inputs are (re)found by observing the page.
 */
export function startUploadGuard({ doc, url, locale = pageLocale(url, doc), send, now, MutationObserver, analyze, isUserEvent }: UploadGuardOptions): { stop: () => void } {
  const findingsFor = (file: NonNullable<GuardedInput['file']>, record: StoredVacancy | null) => {
    const findings = checkEssayFile({ fileName: file.name, analysis: file.analysis, record });
    return record ? [...findings, deadlineFinding(record, now())] : findings;
  };
  const guarded = new Map<HTMLInputElement, GuardedInput>();
  let nextId = 0;

  const draw = (input: HTMLInputElement, guard: GuardedInput) => {
    if (!guard.state) return;
    if (!guard.mount?.host.isConnected) {
      guard.mount?.remove();
      guard.mount = mountInShadow(doc, (host) => panelAnchor(input).after(host), GUARD_CSS, 'vacancy-companion-essay-check', isUserEvent);
    }
    guard.mount.update(
      <I18nProvider locale={locale}>
        <UploadGuardPanel
          {...guard.state}
          idPrefix={guard.id}
          onChoose={(reference) => choose(input, guard, reference)}
          onHide={() => hide(guard)}
        />
      </I18nProvider>,
    );
  };

  const hide = (guard: GuardedInput) => {
    guard.run++; // a check still running must not bring the panel back
    guard.mount?.remove();
    guard.mount = null;
    guard.state = null;
  };

  const choose = (input: HTMLInputElement, guard: GuardedInput, reference: string) => {
    if (!guard.file || !guard.state) return;
    const record = guard.records.find((r) => r.reference === reference) ?? null;
    guard.state = {
      ...guard.state,
      confidence: 'chosen',
      untracked: null,
      vacancy: record && { reference: record.reference, title: record.title },
      findings: findingsFor(guard.file, record),
    };
    draw(input, guard);
  };

  const onChange = (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const guard = guarded.get(input);
    const file = input.files?.[0];
    if (!guard) return;
    if (!file) return hide(guard);
    void check(input, guard, file);
  };

  const check = async (input: HTMLInputElement, guard: GuardedInput, file: File) => {
    const run = ++guard.run;
    const blank: PanelState = {
      fileName: file.name,
      findings: null,
      vacancy: null,
      confidence: 'none',
      untracked: null,
      unreachable: null,
      readError: null,
      choices: [],
    };
    guard.state = blank;
    draw(input, guard);
    let bytes: Uint8Array;
    try {
      // Copied into this script's own array: in Firefox the page's buffer comes wrapped, and a
      // view over it is the page's, whose methods the zip reader may not touch.
      const pageBytes = new Uint8Array(await file.arrayBuffer());
      bytes = new Uint8Array(pageBytes.length);
      bytes.set(pageBytes);
    } catch (error) {
      if (run !== guard.run) return;
      guard.state = { ...blank, readError: error instanceof Error ? error.message : String(error) };
      return draw(input, guard);
    }
    const [found, analysis] = await Promise.all([findRecord(), analyze(bytes)]);
    if (run !== guard.run) return;
    guard.file = { name: file.name, analysis };
    guard.records = found.records;
    guard.state = {
      ...blank,
      ...found.state,
      findings: findingsFor(guard.file, found.record),
      choices: orderForEssayCheck(found.records, now()).map(toChoice),
    };
    draw(input, guard);
  };

  /** The vacancy applied for: from the URL or page when they say, else among tracked ones. */
  const findRecord = async (): Promise<{ record: StoredVacancy | null; records: StoredVacancy[]; state: Partial<PanelState> }> => {
    const fromPage = resolveVacancy(url, doc, []);
    if (fromPage.reference) {
      const reply = await send({ type: 'get-vacancy', reference: fromPage.reference });
      if (!reply.ok) return { record: null, records: [], state: { unreachable: reply } };
      if (reply.record) {
        const { reference, title } = reply.record;
        return { record: reply.record, records: [], state: { vacancy: { reference, title }, confidence: fromPage.confidence } };
      }
      const listed = await send({ type: 'list-vacancies' });
      return { record: null, records: listed.ok ? listed.records : [], state: { untracked: fromPage.reference, confidence: fromPage.confidence } };
    }
    const listed = await send({ type: 'list-vacancies' });
    if (!listed.ok) return { record: null, records: [], state: { unreachable: listed } };
    // Only an open vacancy asking for an essay is worth guessing.
    const plausible = onlyOpenEssayVacancy(listed.records, now());
    const resolution = resolveVacancy(url, doc, plausible ? [plausible.reference] : []);
    const record = listed.records.find((r) => r.reference === resolution.reference) ?? null;
    return {
      record,
      records: listed.records,
      state: { confidence: record ? resolution.confidence : 'none', vacancy: record && { reference: record.reference, title: record.title } },
    };
  };

  const scan = () => {
    for (const [input, guard] of guarded) {
      if (input.isConnected) continue;
      // Taleo replaced this block: drop the stale input and its panel.
      input.removeEventListener('change', onChange);
      guard.mount?.remove();
      guarded.delete(input);
    }
    for (const input of findFileInputs(doc)) {
      const guard = guarded.get(input);
      if (guard) {
        // Our panel was swept away by a partial re-render while the input stayed: put it back.
        if (guard.state && !guard.mount?.host.isConnected) draw(input, guard);
        continue;
      }
      const fresh: GuardedInput = { mount: null, state: null, file: null, records: [], run: 0, id: `vc-essay-${nextId++}` };
      guarded.set(input, fresh);
      input.addEventListener('change', onChange);
      // A file chosen before this script listened (it starts at document idle, a slow machine
      // can take seconds) is checked as if chosen now: the user sees its findings all the same.
      const chosen = input.files?.[0];
      if (chosen) void check(input, fresh, chosen);
    }
  };

  let queued = false;
  const observer = new MutationObserver(() => {
    if (queued) return;
    queued = true;
    queueMicrotask(() => {
      queued = false;
      scan();
    });
  });
  scan();
  observer.observe(doc.documentElement, { childList: true, subtree: true });

  return {
    stop: () => {
      observer.disconnect();
      for (const [input, guard] of guarded) {
        input.removeEventListener('change', onChange);
        guard.mount?.remove();
      }
      guarded.clear();
    },
  };
}

function toChoice(record: StoredVacancy): VacancyChoice {
  return { reference: record.reference, title: record.title, titleFr: record.titleFr, essay: record.essay, closesAt: record.closesAt };
}
