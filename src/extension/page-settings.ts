/**
 * The settings a page needs — its site's rule and the reader view's font size — read and written on their own, so
 * scripts in the page never load the rest of the schema (the citation styles). settings.ts builds the whole schema
 * on these.
 */
import { isScriptTarget, type ScriptTarget } from '../convert/targets';
import { CLEAN_MODES, type CleanMode } from './protocol';

/** The storage key all settings live under. */
export const SETTINGS_KEY = 'settings';

/** The reader view's font size in px: the range A−/A+ keep to, and where it starts. */
export const READER_FONT_SIZE = { min: 12, max: 32, default: 18 } as const;

/** What to do automatically on one site (hostname). */
export interface SiteRule {
  clean?: Exclude<CleanMode, 'off'>;
  convert?: ScriptTarget;
  /** Save every page of the site to the library once it has loaded. */
  save?: true;
}

/** The storage area settings live in; `browser.storage.local` in the extension, a fake in tests. */
export interface SettingsStorage {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** One site's rule as stored, without what is not a rule; undefined when nothing is left. */
export function siteRule(value: unknown): SiteRule | undefined {
  if (!isRecord(value)) return undefined;
  const rule: SiteRule = {};
  if (value.clean !== 'off' && CLEAN_MODES.includes(value.clean as CleanMode))
    rule.clean = value.clean as SiteRule['clean'];
  if (isScriptTarget(value.convert)) rule.convert = value.convert;
  if (value.save === true) rule.save = true;
  return rule.clean || rule.convert || rule.save ? rule : undefined;
}

/** Every site's rule as stored, broken ones left out. */
export function siteRules(value: unknown): Record<string, SiteRule> {
  const sites: Record<string, SiteRule> = {};
  if (!isRecord(value)) return sites;
  for (const [host, stored] of Object.entries(value)) {
    const rule = siteRule(stored);
    if (rule) sites[host] = rule;
  }
  return sites;
}

/** The font size as stored when it is a readable one, else the default. */
export function readerFontSize(value: unknown): number {
  const size = Number(value);
  return Number.isFinite(size) && size >= READER_FONT_SIZE.min && size <= READER_FONT_SIZE.max
    ? size
    : READER_FONT_SIZE.default;
}

/** A page's part of the settings as storage holds them: its site's rule and the font size. */
export function pageSettings(stored: unknown, host: string): { rule?: SiteRule; readerFontSize: number } {
  const raw = isRecord(stored) ? stored : {};
  const rule = isRecord(raw.sites) ? siteRule(raw.sites[host]) : undefined;
  return { readerFontSize: readerFontSize(raw.readerFontSize), ...(rule ? { rule } : {}) };
}

/** Whether the reader view marks the characters a reader may want to check (off unless the options say so). */
export async function loadMarkChoices(storage: SettingsStorage): Promise<boolean> {
  const raw = await stored(storage);
  return isRecord(raw) && isRecord(raw.conversion) && raw.conversion.markChoices === true;
}

async function stored(storage: SettingsStorage): Promise<unknown> {
  try {
    return (await storage.get(SETTINGS_KEY))[SETTINGS_KEY];
  } catch {
    return undefined;
  }
}

export async function loadReaderFontSize(storage: SettingsStorage): Promise<number> {
  const raw = await stored(storage);
  return readerFontSize(isRecord(raw) ? raw.readerFontSize : undefined);
}

/** Remember the reader view's font size, leaving every other setting as it is stored. */
export async function saveReaderFontSize(storage: SettingsStorage, size: number): Promise<void> {
  const raw = await stored(storage);
  await storage.set({ [SETTINGS_KEY]: { ...(isRecord(raw) ? raw : {}), readerFontSize: readerFontSize(size) } });
}
