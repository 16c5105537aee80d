import type { Failure } from '../failure';
import type { ResultsReplyFor as ResponseFor, ResultsRequestOf as RequestOf } from './requests';

/**
 * The most references one `lookup` or `results-visit` request carries (messages.ts checks it, so
 * one message stays small and bounded). A results page may list more rows than that (a page of
 * 3,000 was met): it is asked in batches, never refused whole.
 */
export const REFERENCES_PER_REQUEST = 500;

export function inBatches<T>(items: readonly T[], size = REFERENCES_PER_REQUEST): T[][] {
  const batches: T[][] = [];
  for (let start = 0; start < items.length; start += size) batches.push(items.slice(start, start + size));
  return batches;
}

type Send<T extends 'lookup' | 'results-visit'> = (request: RequestOf<T>) => Promise<ResponseFor<T> | Failure>;

/** Which of `references` are tracked, however many: one lookup per batch, the answers joined. */
export async function lookupInBatches(send: Send<'lookup'>, references: readonly string[]): Promise<ResponseFor<'lookup'> | Failure> {
  const replies = await Promise.all(inBatches(references).map((batch) => send({ type: 'lookup', references: batch })));
  const failed = replies.find((reply) => !reply.ok);
  if (failed) return failed;
  return { ok: true, items: replies.flatMap((reply) => (reply.ok ? reply.items : [])) };
}

/**
 * A results page's visit, however many rows. Which unseen row is new depends on a row seen before
 * standing below it on the page (utils/results/visits.ts), so the batches go from the bottom of
 * the page up, each telling the next whether a known row stands below it. One after the other:
 * the background keeps the visit, and each batch adds to it.
 */
export async function visitInBatches(
  send: Send<'results-visit'>,
  section: string,
  references: readonly string[],
): Promise<ResponseFor<'results-visit'> | Failure> {
  const batches = inBatches(references);
  if (batches.length <= 1) return send({ type: 'results-visit', section, references: [...references] });
  const newReferences: string[][] = [];
  let knownBelow = false;
  let last: ResponseFor<'results-visit'> | null = null;
  for (const batch of batches.reverse()) {
    const reply = await send({ type: 'results-visit', section, references: batch, knownBelow });
    if (!reply.ok) return reply;
    newReferences.unshift(reply.newReferences);
    knownBelow = knownBelow || reply.knownAmong === true;
    last = reply;
  }
  return { ...last!, newReferences: newReferences.flat() };
}
