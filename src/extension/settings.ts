/**
 * Settings: one schema, its defaults and migrations. Stored in extension storage (local), versioned;
 * corrupt or missing storage falls back to defaults instead of failing.
 */
import { isCitationStyle, type CitationStyle } from '../core/cite/styles';
import { isScriptTarget, type ScriptTarget } from '../convert/targets';
import type { CleanMode } from './protocol';

/** The reader view's font size in px: the range A−/A+ keep to, and where it starts. */
export const READER_FONT_SIZE = { min: 12, max: 32, default: 18 } as const;

/** What to do automatically on one site (hostname). */
export interface SiteRule {
  clean?: Exclude<CleanMode, 'off'>;
  convert?: ScriptTarget;
}

export interface Settings {
  version: typeof SETTINGS_VERSION;
  citationStyle: CitationStyle;
  /** Target when the reader switches script without choosing one (toolbar shortcut, context menu). */
  defaultTarget: ScriptTarget;
  /** Reader view font size in px. */
  readerFontSize: number;
  sites: Record<string, SiteRule>;
}

export const SETTINGS_VERSION = 1;
const STORAGE_KEY = 'settings';

export const DEFAULT_SETTINGS: Settings = Object.freeze({
  version: SETTINGS_VERSION,
  citationStyle: 'gbt7714',
  defaultTarget: 'hans',
  readerFontSize: READER_FONT_SIZE.default,
  sites: {},
}) as Settings;

const CLEAN_MODES = ['reader', 'inplace'] as const;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function sanitizeSiteRule(value: unknown): SiteRule | undefined {
  if (!isRecord(value)) return undefined;
  const rule: SiteRule = {};
  if (CLEAN_MODES.includes(value.clean as never)) rule.clean = value.clean as SiteRule['clean'];
  if (isScriptTarget(value.convert)) rule.convert = value.convert;
  return rule.clean || rule.convert ? rule : undefined;
}

/**
 * Bring whatever storage holds up to the current schema. Unknown or broken fields take their defaults;
 * nothing here throws.
 */
export function migrateSettings(stored: unknown): Settings {
  const raw = isRecord(stored) ? stored : {};
  const sites: Record<string, SiteRule> = {};
  if (isRecord(raw.sites)) {
    for (const [host, value] of Object.entries(raw.sites)) {
      const rule = sanitizeSiteRule(value);
      if (rule) sites[host] = rule;
    }
  }
  const fontSize = Number(raw.readerFontSize);
  return {
    version: SETTINGS_VERSION,
    citationStyle:
      typeof raw.citationStyle === 'string' && isCitationStyle(raw.citationStyle)
        ? raw.citationStyle
        : DEFAULT_SETTINGS.citationStyle,
    defaultTarget: isScriptTarget(raw.defaultTarget) ? raw.defaultTarget : DEFAULT_SETTINGS.defaultTarget,
    readerFontSize:
      Number.isFinite(fontSize) && fontSize >= READER_FONT_SIZE.min && fontSize <= READER_FONT_SIZE.max
        ? fontSize
        : READER_FONT_SIZE.default,
    sites,
  };
}

/** The storage area settings live in; `browser.storage.local` in the extension, a fake in tests. */
export interface SettingsStorage {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

export async function loadSettings(storage: SettingsStorage): Promise<Settings> {
  try {
    return migrateSettings((await storage.get(STORAGE_KEY))[STORAGE_KEY]);
  } catch {
    return migrateSettings(undefined);
  }
}

export async function saveSettings(storage: SettingsStorage, settings: Settings): Promise<void> {
  await storage.set({ [STORAGE_KEY]: migrateSettings(settings) });
}

export async function updateSettings(
  storage: SettingsStorage,
  change: (current: Settings) => Settings,
): Promise<Settings> {
  const next = migrateSettings(change(await loadSettings(storage)));
  await storage.set({ [STORAGE_KEY]: next });
  return next;
}

/** Set or clear one site's rule; a rule with nothing left in it is removed. */
export function withSiteRule(settings: Settings, host: string, rule: SiteRule): Settings {
  const sites = { ...settings.sites };
  const clean = sanitizeSiteRule(rule);
  if (clean) sites[host] = clean;
  else delete sites[host];
  return { ...settings, sites };
}
