import { z } from 'zod/mini';
import { failureFromError, type Failure } from '../failure';
import { loadSettings, saveSettings, SettingsSchema, type Settings } from './settings';
import { requestSlice } from '../request-slice';

/** Settings are read and written by the background, which validates them. */
export const settingsRequests = requestSlice({
  contentScript: () => [] as const,
  extensionPage: () => [
    z.object({ type: z.literal('get-settings') }),
    z.object({ type: z.literal('save-settings'), patch: z.partial(z.strictObject(SettingsSchema.shape)) }),
  ] as const,
  responses: () => ({
    'get-settings': z.object({ ok: z.literal(true), settings: SettingsSchema }),
    'save-settings': z.object({ ok: z.literal(true), settings: SettingsSchema }),
  }),
  writes: ['save-settings'],
  handlers: {
    'get-settings': async () => ({ ok: true, settings: await loadSettings() }),
    'save-settings': async (request) => saveSettingsOrSay(request.patch),
  },
});

export async function saveSettingsOrSay(patch: Partial<Settings>): Promise<{ ok: true; settings: Settings } | Failure> {
  try {
    return { ok: true, settings: await saveSettings(patch) };
  } catch (error) {
    // The whole result is checked before writing (utils/settings/settings.ts): nothing was written.
    return error instanceof z.core.$ZodError ? { ok: false, code: 'invalid-settings' } : failureFromError(error);
  }
}
