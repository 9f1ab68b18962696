/**
 * The reader's conversion settings: their own phrases per direction, corner quotation marks for Taiwan and Hong Kong,
 * and whether the reader view marks the characters a reader may want to check. Stored inside the settings
 * (settings.ts); the phrases are written and read as text, one `from to` pair a line.
 */
import type { ScriptTarget } from '../convert/targets';
import type { ConversionOptions, ReaderPhrase } from '../convert/types';

export interface ConversionSettings {
  phrases: { toTraditional: ReaderPhrase[]; toSimplified: ReaderPhrase[] };
  /** “ ” ‘ ’ become 「 」 『 』 in traditional text, and back in simplified text. */
  cornerQuotes: boolean;
  /** The reader view underlines one-to-many characters no phrase decided, with the alternatives on hover. */
  markChoices: boolean;
}

export const DEFAULT_CONVERSION: ConversionSettings = Object.freeze({
  phrases: Object.freeze({ toTraditional: [], toSimplified: [] }),
  cornerQuotes: false,
  markChoices: false,
}) as ConversionSettings;

/** How many phrases a direction keeps, and how long a phrase may be: enough for a reader, bounded for storage. */
export const PHRASE_LIMITS = { count: 2000, length: 50 } as const;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function phraseList(value: unknown): ReaderPhrase[] {
  if (!Array.isArray(value)) return [];
  const phrases: ReaderPhrase[] = [];
  for (const entry of value) {
    if (!isRecord(entry) || typeof entry.from !== 'string' || typeof entry.to !== 'string') continue;
    const from = entry.from.trim();
    const to = entry.to.trim();
    if (!from || !to || from.length > PHRASE_LIMITS.length || to.length > PHRASE_LIMITS.length) continue;
    phrases.push({ from, to });
    if (phrases.length === PHRASE_LIMITS.count) break;
  }
  return phrases;
}

/** The conversion settings as stored, broken parts replaced by their defaults. */
export function conversionSettings(value: unknown): ConversionSettings {
  const raw = isRecord(value) ? value : {};
  const phrases = isRecord(raw.phrases) ? raw.phrases : {};
  return {
    phrases: { toTraditional: phraseList(phrases.toTraditional), toSimplified: phraseList(phrases.toSimplified) },
    cornerQuotes: raw.cornerQuotes === true,
    markChoices: raw.markChoices === true,
  };
}

/** What a conversion from one script to another takes from the settings. */
export function conversionOptions(
  settings: ConversionSettings,
  from: ScriptTarget,
  to: ScriptTarget,
): ConversionOptions {
  const phrases = from === 'hans' ? settings.phrases.toTraditional : to === 'hans' ? settings.phrases.toSimplified : [];
  return { phrases, cornerQuotes: settings.cornerQuotes };
}

/** Phrases as text: one `from to` pair a line. */
export function phrasesToText(phrases: readonly ReaderPhrase[]): string {
  return phrases.map((phrase) => `${phrase.from} ${phrase.to}`).join('\n');
}

/**
 * Phrases read from text: a pair a line, the two sides separated by spaces or a tab (OpenCC's dictionary format
 * reads too); blank lines and lines starting with # are skipped. Lines that are not a pair come back as `rejected`.
 */
export function phrasesFromText(text: string): { phrases: ReaderPhrase[]; rejected: string[] } {
  const phrases: ReaderPhrase[] = [];
  const rejected: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    const trimmed = line.trim();
    if (!trimmed || trimmed.startsWith('#')) continue;
    const match = /^(\S+)\s+(\S+)$/.exec(trimmed);
    if (match) phrases.push({ from: match[1]!, to: match[2]! });
    else rejected.push(trimmed);
  }
  return { phrases: phraseList(phrases), rejected };
}
