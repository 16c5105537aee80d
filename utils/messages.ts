import { z } from 'zod/mini';
import type { SliceContentScriptRequest, SliceContext, SliceRequest, SliceResponses } from './request-slice';
import { captureRequests } from './capture/requests';
import { resultsRequests } from './results/requests';
import { vacanciesRequests } from './deadlines/requests';
import { alertsRequests } from './alerts/requests';
import { settingsRequests } from './settings/requests';
import { backupRequests } from './backup/requests';
import { prepareRequests } from './prepare/requests';
import { uiTextRequests } from './ui-text/requests';
import { openPopupRequests } from './open-popup/requests';
import { followRequests } from './follow/requests';
import { stagesRequests } from './stages/requests';

/**
 * Every request the pages may send the background, as the slices of the features that own them
 * (utils/request-slice.ts: schemas, replies, which write, handlers). A new request-backed feature
 * adds its slice here, one line; the worker (utils/background/handle-request.ts) takes them all
 * from this list. Every message is checked against these schemas on arrival and against its
 * sender: a bad payload, or a request this sender may not make, is refused with a code and
 * nothing is written.
 */
export const REQUEST_SLICES = [
  captureRequests,
  resultsRequests,
  vacanciesRequests,
  alertsRequests,
  settingsRequests,
  backupRequests,
  prepareRequests,
  uiTextRequests,
  openPopupRequests,
  followRequests,
  stagesRequests,
] as const;

type Slice = (typeof REQUEST_SLICES)[number];
export type Request = SliceRequest<Slice>;
export type ContentScriptRequest = SliceContentScriptRequest<Slice>;
/** What every handler may be given: the worker's context satisfies each slice's (handle-request.ts). */
export type HandlerContext = SliceContext<Slice>;

type Options = Parameters<typeof z.discriminatedUnion>[1];

function buildRequestSchemas() {
  const fromContentScripts = REQUEST_SLICES.flatMap((slice) => [...slice.contentScript()]);
  const fromExtensionPages = REQUEST_SLICES.flatMap((slice) => [...slice.extensionPage()]);
  return {
    contentScript: z.discriminatedUnion('type', fromContentScripts as unknown as Options) as unknown as z.ZodMiniType<ContentScriptRequest>,
    any: z.discriminatedUnion('type', [...fromContentScripts, ...fromExtensionPages] as unknown as Options) as unknown as z.ZodMiniType<Request>,
  };
}

let requestSchemas: ReturnType<typeof buildRequestSchemas> | undefined;

/**
 * The request schemas, built on the first message rather than when the background starts: a
 * worker woken for an alarm or a menu click never builds them (zod builds a schema eagerly).
 */
export function requestSchemasOnFirstUse(): ReturnType<typeof buildRequestSchemas> {
  return (requestSchemas ??= buildRequestSchemas());
}

/** Who sent a message, as the background tells from `sender` (utils/background/sender.ts). */
export type SenderKind = 'content-script' | 'extension-page';

export type { TrackedSummary } from './results/requests';

type Responses = SliceResponses<Slice>;

/**
 * What the background answers, per request type. The background builds its replies itself and
 * the extension never parses them, so these are types there; tests call this (one entry per
 * request type), the bundles never do, so no context builds them.
 */
export const responseSchemas = (): Responses =>
  Object.assign({}, ...REQUEST_SLICES.map((slice) => slice.responses())) as Responses;

// Every request has its reply.
const everyRequestAnswered: Record<Request['type'], z.ZodMiniType> = {} as Responses;
void everyRequestAnswered;

export type ResponseFor<T extends Request['type']> = z.infer<Responses[T]>;
export type { Failure } from './failure';
export type RequestOf<T extends Request['type']> = Extract<Request, { type: T }>;
