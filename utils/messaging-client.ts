import { browser } from 'wxt/browser';
import {
  FailureSchema,
  ResponseSchemas,
  type Failure,
  type Request,
  type RequestOf,
  type ResponseFor,
} from './messages';

/**
 * Sends a typed request to the background and checks the answer against its schema, so a
 * content script never acts on a malformed or failed reply without knowing.
 */
export async function sendRequest<T extends Request['type']>(
  request: RequestOf<T>,
): Promise<ResponseFor<T> | Failure> {
  let reply: unknown;
  try {
    reply = await browser.runtime.sendMessage(request);
  } catch (error) {
    return { ok: false, error: `The extension did not answer: ${error instanceof Error ? error.message : String(error)}` };
  }
  const failure = FailureSchema.safeParse(reply);
  if (failure.success) return failure.data;
  const schema = ResponseSchemas[request.type as T];
  const parsed = schema.safeParse(reply);
  return parsed.success
    ? (parsed.data as ResponseFor<T>)
    : { ok: false, error: 'The extension gave an unexpected answer.' };
}
