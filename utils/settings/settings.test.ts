import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  DEFAULT_SETTINGS,
  defineSettingsItem,
  loadSettings,
  readSettings,
  saveSettings,
  SETTINGS_MIGRATIONS,
  SETTINGS_VERSION,
  type Settings,
} from './settings';

const CUSTOM: Settings = {
  locale: 'fr',
  reminders: { enabled: false, hoursBefore: [72, 12], lastHelp: { enabled: false, workingDays: 5 } },
  ownPosition: { grade: 'G18', monthlySalaryCents: 812_345, currency: 'EUR' },
  showAllowanceEstimates: true,
  backupReminder: true,
  profile: { nationality: 'PT', english: 'V', french: 'III', stanagProfile: '3322', experienceYears: 7, highestDegree: 'master', clearanceHeld: 'NS' },
  changeAlerts: false,
};

describe('readSettings: each damaged field falls back alone', () => {
  it.each([
    ['locale', 'de'],
    ['locale', null],
    ['reminders', { enabled: 'yes', hoursBefore: [24] }],
    ['reminders', { enabled: true, hoursBefore: [-3] }],
    ['reminders', { enabled: true, hoursBefore: [1, 2, 3, 4, 5, 6, 7, 8, 9] }],
    ['reminders', { ...CUSTOM.reminders, lastHelp: { enabled: true, workingDays: 0 } }],
    ['reminders', { ...CUSTOM.reminders, lastHelp: { enabled: true, workingDays: 2.5 } }],
    ['ownPosition', { grade: 'G25', monthlySalaryCents: 1, currency: 'EUR' }],
    ['ownPosition', { grade: 'G18', monthlySalaryCents: 12.5, currency: 'EUR' }],
    ['ownPosition', 'G18'],
    ['showAllowanceEstimates', 'true'],
    ['backupReminder', 1],
    ['profile', { ...CUSTOM.profile, nationality: 'XX' }],
    ['profile', { ...CUSTOM.profile, stanagProfile: '3362' }],
    ['profile', { ...CUSTOM.profile, english: 'VII' }],
    ['profile', { ...CUSTOM.profile, experienceYears: -1 }],
    ['changeAlerts', 'on'],
  ] as const)('%s = %j', (field, damaged) => {
    const settings = readSettings({ ...CUSTOM, [field]: damaged });
    expect(settings).toEqual({ ...CUSTOM, [field]: DEFAULT_SETTINGS[field] });
  });

  it.each([[undefined], [null], ['settings'], [42], [[CUSTOM]]])('a stored %j gives the defaults', (raw) => {
    expect(readSettings(raw)).toEqual(DEFAULT_SETTINGS);
  });

  it('a missing field (an older shape) takes its default, the rest is kept', () => {
    const { backupReminder: _missing, ...older } = CUSTOM;
    expect(readSettings(older)).toEqual({ ...CUSTOM, backupReminder: false });
  });

  it('settings saved before the profile existed get an empty profile and change alerts on', () => {
    const { profile: _profile, changeAlerts: _alerts, ...older } = CUSTOM;
    expect(readSettings(older)).toEqual({ ...CUSTOM, profile: DEFAULT_SETTINGS.profile, changeAlerts: true });
    expect(Object.values(DEFAULT_SETTINGS.profile).every((value) => value === null)).toBe(true);
  });

  it('settings saved before the last-help rung existed keep their ladder and get the rung on, at 3 working days', () => {
    const { lastHelp: _rung, ...ladder } = CUSTOM.reminders;
    expect(readSettings({ ...CUSTOM, reminders: ladder })).toEqual({ ...CUSTOM, reminders: { ...ladder, lastHelp: { enabled: true, workingDays: 3 } } });
  });

  it('unknown fields are dropped', () => {
    expect(readSettings({ ...CUSTOM, theme: 'dark' })).toEqual(CUSTOM);
  });
});

describe('stored settings', () => {
  beforeEach(() => fakeBrowser.reset());

  it('a damaged stored value loads with only the damaged field replaced', async () => {
    await fakeBrowser.storage.local.set({ settings: { ...CUSTOM, locale: 'klingon' } });
    expect(await loadSettings()).toEqual({ ...CUSTOM, locale: 'auto' });
  });

  it('saving refuses an invalid change and writes nothing', async () => {
    await saveSettings(CUSTOM);
    await expect(saveSettings({ locale: 'de' as never })).rejects.toThrow();
    expect(await loadSettings()).toEqual(CUSTOM);
  });

  it('two changes at once (an import restoring settings, another tab) are both kept', async () => {
    await Promise.all([saveSettings({ locale: 'fr' }), saveSettings({ changeAlerts: false }), saveSettings({ showAllowanceEstimates: true })]);
    expect(await loadSettings()).toEqual({ ...DEFAULT_SETTINGS, locale: 'fr', changeAlerts: false, showAllowanceEstimates: true });
  });

  it('every version above 1 has its migration, and only those', () => {
    // Version 1 has none; a bump to 2 without SETTINGS_MIGRATIONS[2] (or a stray one) fails here.
    const expected = Array.from({ length: SETTINGS_VERSION - 1 }, (_, index) => index + 2);
    expect(Object.keys(SETTINGS_MIGRATIONS).map(Number).sort((a, b) => a - b)).toEqual(expected);
  });

  it('a shape change runs its migration on first read (rehearsal of a version 2)', async () => {
    // Version 1 as stored, then a version 2 that renamed backupReminder to weeklyBackupReminder.
    await fakeBrowser.storage.local.set({ rehearsal: { ...CUSTOM, backupReminder: true }, rehearsal$: { v: 1 } });
    const renamed = defineSettingsItem('local:rehearsal', 2, {
      2: (previous) => {
        const { backupReminder, ...rest } = previous as Settings;
        return { ...rest, weeklyBackupReminder: backupReminder };
      },
    });
    expect(await renamed.getValue()).toMatchObject({ weeklyBackupReminder: true, locale: 'fr' });
    expect((await fakeBrowser.storage.local.get('rehearsal$'))['rehearsal$']).toEqual({ v: 2 });
  });
});
