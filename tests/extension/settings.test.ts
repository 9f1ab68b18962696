import { describe, expect, it } from 'vitest';
import { citationStyles } from '../../src/core/cite/styles';
import {
  conversionOptions,
  conversionSettings,
  phrasesFromText,
  phrasesToText,
} from '../../src/extension/conversion-settings';
import { loadReaderFontSize, pageSettings, saveReaderFontSize } from '../../src/extension/page-settings';
import {
  DEFAULT_SETTINGS,
  loadSettings,
  type SettingsStorage,
  updateSettings,
  withSiteRule,
} from '../../src/extension/settings';
import { memoryStorage } from './memory-storage';

/** Settings as loaded from storage that holds `stored`. */
const migrateSettings = (stored: unknown) => loadSettings(memoryStorage({ settings: stored }));

describe('loading settings', () => {
  it('gives the defaults for missing or corrupt storage', async () => {
    for (const stored of [undefined, null, 42, 'x', [], { sites: 'nope', citationStyle: 7 }]) {
      expect(await migrateSettings(stored)).toEqual(DEFAULT_SETTINGS);
    }
  });

  it('keeps valid fields and drops invalid site rules', async () => {
    const migrated = await migrateSettings({
      citationStyle: 'apa',
      defaultTarget: 'tw',
      readerFontSize: 20,
      sites: { 'www.gov.cn': { clean: 'reader' }, 'bad.example': { clean: 'explode' }, 'x.cn': 3 },
    });
    expect(migrated).toEqual({
      version: DEFAULT_SETTINGS.version,
      citationStyle: 'apa',
      defaultTarget: 'tw',
      readerFontSize: 20,
      sites: { 'www.gov.cn': { clean: 'reader' } },
      conversion: DEFAULT_SETTINGS.conversion,
    });
  });

  it('keeps every citation style the citations can render, and nothing else', async () => {
    for (const style of citationStyles) {
      expect((await migrateSettings({ citationStyle: style })).citationStyle).toBe(style);
    }
    expect((await migrateSettings({ citationStyle: 'harvard' })).citationStyle).toBe(DEFAULT_SETTINGS.citationStyle);
  });

  it('rejects a font size outside the readable range', async () => {
    expect((await migrateSettings({ readerFontSize: 400 })).readerFontSize).toBe(DEFAULT_SETTINGS.readerFontSize);
    expect((await migrateSettings({ readerFontSize: 11 })).readerFontSize).toBe(DEFAULT_SETTINGS.readerFontSize);
    expect((await migrateSettings({ readerFontSize: 32 })).readerFontSize).toBe(32);
  });
});

describe('storage round trip', () => {
  it('loads defaults from empty storage and survives save/load', async () => {
    const storage = memoryStorage();
    expect(await loadSettings(storage)).toEqual(DEFAULT_SETTINGS);
    await updateSettings(storage, (current) => ({ ...current, citationStyle: 'mla' }));
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

describe('the settings a page reads', () => {
  it('takes its site’s rule and the font size, as the whole schema does', async () => {
    const stored = {
      citationStyle: 'ris',
      readerFontSize: 24,
      sites: { 'www.gov.cn': { clean: 'reader', convert: 'klingon' }, 'x.cn': { clean: 'off' } },
    };
    expect(pageSettings(stored, 'www.gov.cn')).toEqual({ rule: { clean: 'reader' }, readerFontSize: 24 });
    expect(pageSettings(stored, 'x.cn')).toEqual({ readerFontSize: 24 });
    expect(pageSettings('corrupt', 'www.gov.cn')).toEqual({ readerFontSize: DEFAULT_SETTINGS.readerFontSize });
    const whole = await migrateSettings(stored);
    expect(whole.sites['www.gov.cn']).toEqual(pageSettings(stored, 'www.gov.cn').rule);
    expect(whole.readerFontSize).toBe(24);
  });

  it('remembers the font size and leaves every other setting as it was', async () => {
    const storage = memoryStorage({
      settings: { citationStyle: 'bibtex', sites: { 'www.gov.cn': { clean: 'inplace' } } },
    });
    expect(await loadReaderFontSize(storage)).toBe(DEFAULT_SETTINGS.readerFontSize);
    await saveReaderFontSize(storage, 22);
    expect(await loadReaderFontSize(storage)).toBe(22);
    expect(await loadSettings(storage)).toMatchObject({
      citationStyle: 'bibtex',
      readerFontSize: 22,
      sites: { 'www.gov.cn': { clean: 'inplace' } },
    });
    const corrupt = memoryStorage({ settings: 'corrupt' });
    await saveReaderFontSize(corrupt, 20);
    expect(corrupt.data.settings).toEqual({ readerFontSize: 20 });
  });
});

describe('conversion settings', () => {
  it('brings version 1 settings up with the conversion defaults, and keeps valid phrases only', async () => {
    const v1 = { version: 1, citationStyle: 'apa', defaultTarget: 'tw', readerFontSize: 20, sites: {} };
    const migrated = await migrateSettings(v1);
    expect(migrated.version).toBe(2);
    expect(migrated.conversion).toEqual({
      phrases: { toTraditional: [], toSimplified: [] },
      cornerQuotes: false,
      markChoices: false,
    });
    const kept = await migrateSettings({
      conversion: {
        phrases: {
          toTraditional: [{ from: ' 头发 ', to: '頭毛' }, { from: '', to: 'x' }, 'nope', { from: 1 }],
          toSimplified: 'x',
        },
        cornerQuotes: true,
        markChoices: 'yes',
      },
    });
    expect(kept.conversion).toEqual({
      phrases: { toTraditional: [{ from: '头发', to: '頭毛' }], toSimplified: [] },
      cornerQuotes: true,
      markChoices: false,
    });
  });

  it('reads and writes phrases as text, a pair a line', () => {
    const { phrases, rejected } = phrasesFromText('# mine\n头发 頭毛\r\n\n范平明\t范平明\nthree words here\n');
    expect(phrases).toEqual([
      { from: '头发', to: '頭毛' },
      { from: '范平明', to: '范平明' },
    ]);
    expect(rejected).toEqual(['three words here']);
    expect(phrasesFromText(phrasesToText(phrases)).phrases).toEqual(phrases);
  });

  it('gives each direction its own phrases', () => {
    const settings = conversionSettings({
      phrases: { toTraditional: [{ from: 'a', to: 'b' }], toSimplified: [{ from: 'c', to: 'd' }] },
      cornerQuotes: true,
    });
    expect(conversionOptions(settings, 'hans', 'tw')).toEqual({
      phrases: [{ from: 'a', to: 'b' }],
      cornerQuotes: true,
    });
    expect(conversionOptions(settings, 'hk', 'hans').phrases).toEqual([{ from: 'c', to: 'd' }]);
    expect(conversionOptions(settings, 'tw', 'hk').phrases).toEqual([]);
  });
});
