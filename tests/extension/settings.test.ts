import { describe, expect, it } from 'vitest';
import { citationStyles } from '../../src/core/cite/styles';
import {
  DEFAULT_SETTINGS,
  loadSettings,
  migrateSettings,
  saveSettings,
  SETTINGS_VERSION,
  updateSettings,
  withSiteRule,
  type SettingsStorage,
} from '../../src/extension/settings';

function memoryStorage(initial: Record<string, unknown> = {}): SettingsStorage & { data: Record<string, unknown> } {
  const data = { ...initial };
  return {
    data,
    async get(key) {
      return key in data ? { [key]: structuredClone(data[key]) } : {};
    },
    async set(items) {
      Object.assign(data, structuredClone(items));
    },
  };
}

describe('migrateSettings', () => {
  it('gives the defaults for missing or corrupt storage', () => {
    for (const stored of [undefined, null, 42, 'x', [], { sites: 'nope', citationStyle: 7 }]) {
      expect(migrateSettings(stored)).toEqual(DEFAULT_SETTINGS);
    }
  });

  it('keeps valid fields and drops invalid site rules', () => {
    const migrated = migrateSettings({
      citationStyle: 'apa',
      defaultTarget: 'tw',
      readerFontSize: 20,
      sites: { 'www.gov.cn': { clean: 'reader' }, 'bad.example': { clean: 'explode' }, 'x.cn': 3 },
    });
    expect(migrated).toEqual({
      version: SETTINGS_VERSION,
      citationStyle: 'apa',
      defaultTarget: 'tw',
      readerFontSize: 20,
      sites: { 'www.gov.cn': { clean: 'reader' } },
    });
  });

  it('keeps every citation style the citations can render, and nothing else', () => {
    for (const style of citationStyles) expect(migrateSettings({ citationStyle: style }).citationStyle).toBe(style);
    expect(migrateSettings({ citationStyle: 'harvard' }).citationStyle).toBe(DEFAULT_SETTINGS.citationStyle);
  });

  it('rejects a font size outside the readable range', () => {
    expect(migrateSettings({ readerFontSize: 400 }).readerFontSize).toBe(DEFAULT_SETTINGS.readerFontSize);
    expect(migrateSettings({ readerFontSize: 11 }).readerFontSize).toBe(DEFAULT_SETTINGS.readerFontSize);
    expect(migrateSettings({ readerFontSize: 32 }).readerFontSize).toBe(32);
  });
});

describe('storage round trip', () => {
  it('loads defaults from empty storage and survives save/load', async () => {
    const storage = memoryStorage();
    expect(await loadSettings(storage)).toEqual(DEFAULT_SETTINGS);
    await saveSettings(storage, { ...DEFAULT_SETTINGS, citationStyle: 'mla' });
    expect((await loadSettings(storage)).citationStyle).toBe('mla');
  });

  it('falls back to defaults when storage itself fails', async () => {
    const broken: SettingsStorage = {
      get: () => Promise.reject(new Error('storage unavailable')),
      set: () => Promise.resolve(),
    };
    expect(await loadSettings(broken)).toEqual(DEFAULT_SETTINGS);
  });

  it('updates one site rule and removes it when emptied', async () => {
    const storage = memoryStorage();
    await updateSettings(storage, (s) => withSiteRule(s, 'www.sc.gov.cn', { clean: 'inplace', convert: 'hant' }));
    expect((await loadSettings(storage)).sites['www.sc.gov.cn']).toEqual({ clean: 'inplace', convert: 'hant' });
    await updateSettings(storage, (s) => withSiteRule(s, 'www.sc.gov.cn', {}));
    expect((await loadSettings(storage)).sites).toEqual({});
  });
});
