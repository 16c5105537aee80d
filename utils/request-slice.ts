import type { z } from 'zod/mini';
import type { Failure } from './failure';

/**
 * One feature's part of the protocol between the pages and the background: the requests it
 * takes (checked with zod on arrival), what it answers, which of them write, and its handlers.
 * utils/messages.ts lists the slices; the worker (utils/background/handle-request.ts) checks the
 * sender and the schema, runs the handler, and wraps every request in `writes` with the write
 * effects (change alerts, re-planning), so a feature cannot skip them.
 */
type Schemas = readonly z.ZodMiniType<{ type: string }>[];
type RequestOf<CS extends Schemas, EP extends Schemas> = z.infer<CS[number]> | z.infer<EP[number]>;
type TypeOf<CS extends Schemas, EP extends Schemas> = RequestOf<CS, EP>['type'];

export interface RequestSlice<
  CS extends Schemas,
  EP extends Schemas,
  R extends Record<TypeOf<CS, EP>, z.ZodMiniType>,
  C,
> {
  /** What content scripts may ask (the extension's own pages may too). */
  contentScript: () => CS;
  /** What only the extension's own pages (and the worker itself) may ask. */
  extensionPage: () => EP;
  /**
   * What the background answers, per request type. The extension never parses its replies, so
   * these are types there; tests build them, the bundles never do.
   */
  responses: () => R;
  /** The requests that write: the worker alerts the changes they made and re-plans after them. */
  writes: readonly TypeOf<CS, EP>[];
  /** One handler per request type; `context` is what the worker gives every handler. */
  handlers: {
    [T in TypeOf<CS, EP>]: (request: Extract<RequestOf<CS, EP>, { type: T }>, context: C) => Promise<z.infer<R[T]> | Failure>;
  };
}

/** Checks a slice's parts against each other (a handler per request, a reply per handler). */
export function requestSlice<CS extends Schemas, EP extends Schemas, R extends Record<TypeOf<CS, EP>, z.ZodMiniType>, C>(
  slice: RequestSlice<CS, EP, R, C>,
): RequestSlice<CS, EP, R, C> {
  return slice;
}

// What the indexes compute from the list of slices.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnySlice = RequestSlice<any, any, any, any>;
export type SliceRequest<S extends AnySlice> = S extends RequestSlice<infer CS, infer EP, infer _R, infer _C> ? RequestOf<CS, EP> : never;
export type SliceContentScriptRequest<S extends AnySlice> = S extends RequestSlice<infer CS, infer _EP, infer _R, infer _C> ? z.infer<CS[number]> : never;
type UnionToIntersection<U> = (U extends unknown ? (value: U) => void : never) extends (value: infer I) => void ? I : never;
export type SliceResponses<S extends AnySlice> = UnionToIntersection<S extends RequestSlice<infer _CS, infer _EP, infer R, infer _C> ? R : never>;
export type SliceContext<S extends AnySlice> = UnionToIntersection<S extends RequestSlice<infer _CS, infer _EP, infer _R, infer C> ? C : never>;
