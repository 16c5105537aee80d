import { z } from 'zod/mini';
import { IsoInstantSchema, KeyedVacancySchema, ReferenceSchema, WarningSchema } from '../record/vacancy-record';
import { ResultRowSchema, StoredVacancySchema } from '../record/stored-vacancy';
import type { VacancyStore } from '../db-writer/vacancy-store';
import { REFUSAL_IDS, refusalReason } from '../parse/refusal';
import { translator } from '../i18n-core';
import type { UiText } from '../ui-text/ui-text';
import { wordReason } from '../reasons/word-reason';
import { requestSlice } from '../request-slice';
import { parseDetailSnapshot } from './detail-capture';
import { toResultRow } from './result-row';
import { captureSelection } from './capture-selection';
import { captureText } from './capture-text';
import { earlierApplications } from '../stages/applied-before-lookup';
import type { PendingNotices } from './pending-notice';

/**
 * Capture: a detail page, a results row and a notice pasted or selected by hand, each read (parsed)
 * by the background and saved by its one store; the selected notice that waits for its reference.
 */

/**
 * When the client first sent a write: on a retry (the background stopped before replying) the
 * answer is measured from it, so it says what the first attempt did (sinceFirstAttempt).
 */
const SentAt = z.optional(IsoInstantSchema);
const HeaderLanguage = z.optional(z.enum(['en', 'fr']));

/** Why a text is not a notice, as data (utils/parse/refusal.ts): worded where it is shown. */
const refusalSchema = () =>
  z.object({ id: z.enum(REFUSAL_IDS), values: z.record(z.string(), z.union([z.string(), z.number()])) });

export interface CaptureContext {
  store: VacancyStore;
  now: () => Date;
  /** The selected notice waiting for its reference; absent where there is none (tests, tools). */
  pendingNotices?: PendingNotices;
}

export const captureRequests = requestSlice({
  contentScript: () => [
    /** A detail page as a content script read it; the background parses and saves it. */
    z.object({
      type: z.literal('capture-page'),
      page: z.object({
        text: z.string().check(z.maxLength(2_000_000)),
        fallbackText: z.string().check(z.maxLength(200_000)),
        pageTimeZone: z.nullable(z.string().check(z.maxLength(64))),
        sourceUrl: z.url(),
        urlReference: z.nullable(z.string().check(z.maxLength(32))),
        /** The content script cut the text to its first 300 KB (utils/portal/page-snapshot.ts). */
        textCut: z.optional(z.boolean()),
      }),
      headerLanguage: HeaderLanguage,
      sentAt: SentAt,
    }),
    /** A results-page row as shown (utils/portal/results-page.ts); the background reads it (utils/capture/result-row.ts). */
    z.object({
      type: z.literal('track-row'),
      row: z.object({
        reference: z.string().check(z.maxLength(32)),
        title: z.string().check(z.maxLength(1000)),
        location: z.nullable(z.string().check(z.maxLength(1000))),
        deadlineText: z.nullable(z.string().check(z.maxLength(200))),
        organisation: z.nullable(z.string().check(z.maxLength(1000))),
        gradeText: z.nullable(z.string().check(z.maxLength(200))),
      }),
      pageTimeZone: z.nullable(z.string().check(z.maxLength(64))),
      listUrl: z.url(),
      sentAt: SentAt,
    }),
    z.object({ type: z.literal('mark-withdrawn'), reference: ReferenceSchema }),
  ] as const,
  extensionPage: () => [
    /** A record read elsewhere (tools, tests); the popup sends the text ('capture-text'). */
    z.object({ type: z.literal('capture'), record: KeyedVacancySchema, headerLanguage: HeaderLanguage, sentAt: SentAt }),
    /**
     * A notice pasted in the popup's Add notice page, read here like every capture; `given`: the
     * reference and title the user typed for a notice that prints none (capture-text.ts).
     */
    z.object({
      type: z.literal('capture-text'),
      text: z.string().check(z.maxLength(2_000_000)),
      sourceUrl: z.nullable(z.string().check(z.maxLength(2_000_000))),
      given: z.optional(z.object({ reference: z.optional(z.nullable(z.string().check(z.maxLength(200)))), title: z.optional(z.nullable(z.string().check(z.maxLength(1000)))) })),
      sentAt: SentAt,
    }),
    /** A notice selected on any page, from the context menu (the worker sends it itself). */
    z.object({
      type: z.literal('capture-selection'),
      text: z.string().check(z.maxLength(2_000_000)),
      sourceUrl: z.optional(z.string().check(z.maxLength(2_000_000))),
      sentAt: SentAt,
    }),
    /**
     * The Add notice page reads the selected notice that waits for its reference (pending-notice.ts);
     * it stays there until the page settles it, so a lost reply or a closed popup loses nothing.
     */
    z.object({ type: z.literal('take-pending-notice') }),
    /** That notice was saved or thrown away: cleared, if it is still the one waiting. */
    z.object({ type: z.literal('settle-pending-notice'), id: z.string().check(z.maxLength(64)) }),
  ] as const,
  responses: () => ({
    capture: z.object({
      ok: z.literal(true),
      created: z.boolean(),
      changed: z.array(z.string()),
      record: StoredVacancySchema,
    }),
    'capture-page': z.object({
      ok: z.literal(true),
      created: z.boolean(),
      changed: z.array(z.string()),
      record: StoredVacancySchema,
      warnings: z.array(WarningSchema),
      /** Earlier postings of this post the candidate applied to (utils/stages/applied-before.ts). */
      appliedBefore: z.optional(z.array(z.object({ reference: z.string(), title: z.string(), status: z.string(), why: z.enum(['named', 'same-post']) }))),
    }),
    'capture-text': z.object({
      ok: z.literal(true),
      capture: z.union([
        z.object({ ok: z.literal(true), created: z.boolean(), changed: z.array(z.string()), record: StoredVacancySchema }),
        z.object({
          ok: z.literal(false),
          missing: z.array(z.enum(['reference', 'title'])),
          found: z.object({ reference: z.nullable(z.string()), title: z.nullable(z.string()) }),
          fromPage: z.boolean(),
        }),
        z.object({ ok: z.literal(false), missing: z.optional(z.undefined()), reason: refusalSchema() }),
      ]),
    }),
    /** What the context menu tells the user (capture-selection.ts). */
    'capture-selection': z.object({
      ok: z.literal(true),
      capture: z.union([
        z.object({ ok: z.literal(true), reference: z.string(), title: z.string(), closesAt: z.nullable(z.string()), created: z.boolean() }),
        z.object({ ok: z.literal(false), missing: z.array(z.enum(['reference', 'title'])) }),
        z.object({ ok: z.literal(false), missing: z.optional(z.undefined()), reason: refusalSchema() }),
      ]),
    }),
    'track-row': z.object({ ok: z.literal(true), created: z.boolean(), record: StoredVacancySchema }),
    'mark-withdrawn': z.object({ ok: z.literal(true), tracked: z.boolean() }),
    'take-pending-notice': z.object({ ok: z.literal(true), pending: z.nullable(z.object({ id: z.string(), text: z.string(), sourceUrl: z.nullable(z.string()) })) }),
    /** The selection no longer waits (settled now, by an earlier attempt, or replaced by a newer one). */
    'settle-pending-notice': z.object({ ok: z.literal(true) }),
  }),
  writes: ['capture', 'capture-text', 'capture-page', 'capture-selection', 'track-row', 'mark-withdrawn'],
  handlers: {
    capture: async (request, { store, now }: CaptureContext) => {
      const options = { headerLanguage: request.headerLanguage, since: request.sentAt };
      // A notice added by hand is saved on purpose: followed.
      const { created, changed, record } = await store.saveCapture(request.record, now(), { ...options, follow: true });
      return { ok: true, created, changed, record };
    },
    'capture-page': async (request, { store, now, uiText }: CaptureContext & { uiText?: UiText }) => {
      const reading = parseDetailSnapshot(request.page);
      if (!reading.ok) {
        // The detail is for a developer, in English: the catalogue's, read on first need.
        await uiText?.ready().catch(() => undefined);
        return { ok: false, code: 'not-a-notice', detail: wordReason(refusalReason(reading.reason), translator('en'), 'en') };
      }
      const options = { headerLanguage: request.headerLanguage, since: request.sentAt };
      const { created, changed, record } = await store.saveCapture(reading.record, now(), options);
      return { ok: true, created, changed, record, warnings: reading.warnings, appliedBefore: await earlierApplications(store, record, now()) };
    },
    'capture-text': async (request, { store, now }: CaptureContext) => ({
      ok: true,
      capture: await captureText(store, request.text, request.sourceUrl, request.given, now(), { since: request.sentAt }),
    }),
    'capture-selection': async (request, { store, now }: CaptureContext) => ({
      ok: true,
      capture: await captureSelection(store, request.text, request.sourceUrl, now(), { since: request.sentAt }),
    }),
    'track-row': async (request, { store, now }: CaptureContext) => {
      // The row as shown is read here, like a detail page: the parser stays out of content scripts.
      const row = ResultRowSchema.safeParse(toResultRow(request.row, request.pageTimeZone, new URL(request.listUrl)));
      if (!row.success) return { ok: false, code: 'unreadable-row' };
      const { created, record } = await store.trackRow(row.data, now(), { since: request.sentAt });
      return { ok: true, created, record };
    },
    'mark-withdrawn': async (request, { store, now }: CaptureContext) => ({
      ok: true,
      tracked: (await store.withdraw(request.reference, now())) !== null,
    }),
    'take-pending-notice': async (_request, { pendingNotices }: CaptureContext) => ({ ok: true, pending: (await pendingNotices?.peek()) ?? null }),
    'settle-pending-notice': async (request, { pendingNotices }: CaptureContext) => {
      await pendingNotices?.settle(request.id);
      return { ok: true };
    },
  },
});
