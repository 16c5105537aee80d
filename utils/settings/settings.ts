// zod/mini: the popup reads settings before its first render, and mini tree-shakes.
import * as z from 'zod/mini';
import { storage } from 'wxt/utils/storage';
import { oneAtATime } from '../one-at-a-time';
import { ProfileSchema } from '../readiness/profile';
import { DEFAULT_LAST_HELP, DEFAULT_SETTINGS, LOCALE_SETTINGS, SETTINGS_STORAGE_KEY } from './settings-values';
import { GradeCodeSchema } from '../record/vacancy-record';

/**
 * User settings, kept in extension storage (not IndexedDB) so the background can read them
 * cheaply when it wakes. Validated on every read: a damaged value falls back to defaults for
 * the damaged part only.
 */
export const ReminderLadderSchema = z.pipe(
  z.array(z.int().check(z.positive(), z.maximum(24 * 60))).check(z.maxLength(8)),
  z.transform((hours: number[]) => [...new Set(hours)].sort((a, b) => b - a)),
);

/** Working days (Monday to Friday) before the close: the portal's support may take 3 to answer. */
export const LastHelpSchema = z.object({
  enabled: z.boolean(),
  workingDays: z.int().check(z.minimum(1), z.maximum(15)),
});

export const SettingsSchema = z.object({
  /** 'auto' follows the browser's language. */
  locale: z.enum(LOCALE_SETTINGS),
  reminders: z.object({
    enabled: z.boolean(),
    /** Hours before closing: 7 days, 3 days, 24 h, 6 h by default. */
    hoursBefore: ReminderLadderSchema,
    /** The last-help rung for vacancies in drafting (utils/prepare/last-help.ts); absent before it existed. */
    lastHelp: z._default(LastHelpSchema, DEFAULT_LAST_HELP),
  }),
  /** The user's own post, to compare vacancies against; null until entered. */
  ownPosition: z.nullable(
    z.object({
      grade: GradeCodeSchema,
      /** Monthly basic salary in cents, to keep arithmetic exact. */
      monthlySalaryCents: z.int().check(z.nonnegative()),
      currency: z.string().check(z.regex(/^[A-Z]{3}$/)),
    }),
  ),
  /** Show the clearly labelled expatriation/household allowance estimates in comparisons. */
  showAllowanceEstimates: z.boolean(),
  /** A weekly nudge to export a backup. */
  backupReminder: z.boolean(),
  /** My profile, to judge each notice's stated requirements (utils/readiness/). */
  profile: ProfileSchema,
  /** A notification when a tracked vacancy's closing moment or salary changes, or it is withdrawn. */
  changeAlerts: z.boolean(),
  /** Days after the close before a submitted application with no window announced shows "no news" (utils/stages/steps.ts; 60 when unset). */
  noNewsDays: z.optional(z.int().check(z.minimum(7), z.maximum(365))),
});
export type Settings = z.infer<typeof SettingsSchema>;

export { DEFAULT_SETTINGS } from './settings-values';

/** Reads stored settings field by field: a damaged field falls back alone, the rest is kept. */
export function readSettings(raw: unknown): Settings {
  const source = raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  const result = { ...DEFAULT_SETTINGS } as Record<string, unknown>;
  for (const [key, schema] of Object.entries(SettingsSchema.shape)) {
    const field = (schema as z.ZodMiniType).safeParse(source[key]);
    if (field.success) result[key] = field.data;
  }
  return result as Settings;
}

/**
 * The stored shape's version. Changing the shape (renaming or restructuring a field, not just
 * adding one with a default: readSettings already fills those) bumps it and adds
 * SETTINGS_MIGRATIONS[newVersion], which turns the previous version's stored value into the new
 * one. WXT runs them in order on first access; whatever they give still goes through readSettings.
 */
export const SETTINGS_VERSION = 1;
export const SETTINGS_MIGRATIONS: Record<number, (previous: unknown) => unknown> = {};

export function defineSettingsItem(
  key: `local:${string}` = `local:${SETTINGS_STORAGE_KEY}`,
  version: number = SETTINGS_VERSION,
  migrations: Record<number, (previous: unknown) => unknown> = SETTINGS_MIGRATIONS,
) {
  return storage.defineItem<Settings>(key, { fallback: DEFAULT_SETTINGS, version, migrations });
}

export const settingsItem = defineSettingsItem();

export async function loadSettings(): Promise<Settings> {
  return readSettings(await settingsItem.getValue());
}

/** Settings changes one after another: two at once (an import restoring them, two tabs) both kept. */
const settingsWrites = oneAtATime();

/** Validates the whole result before writing: an invalid change is refused, nothing written. */
export function saveSettings(patch: Partial<Settings>): Promise<Settings> {
  return settingsWrites(async () => {
    const current = await loadSettings();
    const next = z.strictObject(SettingsSchema.shape).parse({ ...current, ...patch });
    await settingsItem.setValue(next);
    return next;
  });
}
