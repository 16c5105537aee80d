import { z } from 'zod/mini';
import { requestSlice } from '../request-slice';
import { loadSettings } from '../settings/settings';
import { REGISTERED_TEXT, inPageText, type UiText } from './ui-text';

const catalogueSchema = () => z.record(z.string(), z.object({ message: z.string() }));

/** Content scripts get the UI text from the background instead of bundling it: their page's language. */
export const uiTextRequests = requestSlice({
  contentScript: () => [z.object({ type: z.literal('ui-catalogues'), locale: z.optional(z.enum(['en', 'fr'])) })] as const,
  extensionPage: () => [] as const,
  responses: () => ({
    'ui-catalogues': z.object({
      ok: z.literal(true),
      /** The language the in-page UI is to speak (the one chosen in Settings, else the page's). */
      locale: z.optional(z.enum(['en', 'fr'])),
      catalogues: z.object({ en: z.optional(catalogueSchema()), fr: z.optional(catalogueSchema()) }),
    }),
  }),
  writes: [],
  handlers: {
    // The UI text for content scripts, in the language chosen in Settings; the background reads it on first need (ui-text.ts).
    'ui-catalogues': async (request, { uiText }: { uiText?: UiText }) => inPageText(request.locale, uiText ?? REGISTERED_TEXT, loadSettings),
  },
});
