import { z } from 'zod/mini';
import { requestSlice } from '../request-slice';

/** A page's "open in the extension": the popup page in a tab, at a route. */
export const openPopupRequests = requestSlice({
  contentScript: () => [
    z.object({
      type: z.literal('open-popup'),
      /** The popup route to show, e.g. "vacancy/251836". */
      route: z.optional(z.string().check(z.regex(/^[a-z0-9/-]*$/i), z.maxLength(80))),
    }),
  ] as const,
  extensionPage: () => [] as const,
  responses: () => ({ 'open-popup': z.object({ ok: z.literal(true) }) }),
  writes: [],
  handlers: {
    /** `openPopup`: injected so tests need no browser; the worker limits how often a tab may (popup-limit.ts). */
    'open-popup': async (request, { openPopup }: { openPopup: (route: string | undefined) => Promise<void> }) => {
      await openPopup(request.route);
      return { ok: true };
    },
  },
});
