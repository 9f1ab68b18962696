/**
 * Settings: one schema, its defaults and migrations. Stored in extension storage (local), versioned;
 * corrupt or missing storage falls back to defaults instead of failing. The fields a page reads are checked in
 * page-settings.ts, this schema's part that scripts in the page load on their own.
 */
import { type CitationStyle, isCitationStyle } from '../core/cite/styles';
import { isScriptTarget, type ScriptTarget } from '../convert/targets';
import { type ConversionSettings, conversionSettings, DEFAULT_CONVERSION } from './conversion-settings';
import {
  isRecord,
  READER_FONT_SIZE,
  readerFontSize,
  SETTINGS_KEY,
  type SettingsStorage,
  type SiteRule,
  siteRule,
  siteRules,
} from './page-settings';

export type { SettingsStorage, SiteRule } from './page-settings';

export interface Settings {
  version: typeof SETTINGS_VERSION;
  citationStyle: CitationStyle;
  /** Target when the reader switches script without choosing one (toolbar shortcut, context menu). */
  defaultTarget: ScriptTarget;
  /** Reader view font size in px. */
  readerFontSize: number;
  sites: Record<string, SiteRule>;
  /** The reader's phrases, quotation marks and reader-view marks (since version 2). */
  conversion: ConversionSettings;
}

const SETTINGS_VERSION = 2;

export const DEFAULT_SETTINGS: Settings = Object.freeze({
  version: SETTINGS_VERSION,
  citationStyle: 'gbt7714',
  defaultTarget: 'hans',
  readerFontSize: READER_FONT_SIZE.default,
  sites: {},
  conversion: DEFAULT_CONVERSION,
}) as Settings;

/**
 * Bring whatever storage holds up to the current schema. Unknown or broken fields take their defaults;
 * nothing here throws. Version 1 had no conversion settings: it gets the defaults.
 */
function migrateSettings(stored: unknown): Settings {
  const raw = isRecord(stored) ? stored : {};
  return {
    version: SETTINGS_VERSION,
    citationStyle:
      typeof raw.citationStyle === 'string' && isCitationStyle(raw.citationStyle)
        ? raw.citationStyle
        : DEFAULT_SETTINGS.citationStyle,
    defaultTarget: isScriptTarget(raw.defaultTarget) ? raw.defaultTarget : DEFAULT_SETTINGS.defaultTarget,
    readerFontSize: readerFontSize(raw.readerFontSize),
    sites: siteRules(raw.sites),
    conversion: conversionSettings(raw.conversion),
  };
}

export async function loadSettings(storage: SettingsStorage): Promise<Settings> {
  try {
    return migrateSettings((await storage.get(SETTINGS_KEY))[SETTINGS_KEY]);
  } catch {
    return migrateSettings(undefined);
  }
}

export async function updateSettings(
  storage: SettingsStorage,
  change: (current: Settings) => Settings,
): Promise<Settings> {
  const next = migrateSettings(change(await loadSettings(storage)));
  await storage.set({ [SETTINGS_KEY]: next });
  return next;
}

/** Set or clear one site's rule; a rule with nothing left in it is removed. */
export function withSiteRule(settings: Settings, host: string, rule: SiteRule): Settings {
  const sites = { ...settings.sites };
  const clean = siteRule(rule);
  if (clean) sites[host] = clean;
  else delete sites[host];
  return { ...settings, sites };
}
