/**
 * The reader's slogan history, kept only in the browser's own storage: for each slogan, on how many pages the
 * reader has met it, and when first and last. Slogans are remembered by their simplified form (so a traditional
 * and a simplified page count as the same slogan) and pages by a hash of their URL (so re-reading a page does not
 * count twice). Bounded in size; corrupt storage reads as empty; clearing removes everything.
 */
import type { Slogan } from '../core/article';

/** The storage area the history lives in; `browser.storage.local` in the extension, a fake in tests. */
export interface SloganHistoryStorage {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

interface StoredSlogan {
  /** Pages the slogan was seen on. */
  pages: number;
  /** Epoch milliseconds. */
  firstSeen: number;
  lastSeen: number;
  /** Hashes of the most recent page URLs it was seen on, newest last. */
  recent: string[];
}

interface StoredHistory {
  version: 1;
  slogans: Record<string, StoredSlogan>;
}

const STORAGE_KEY = 'sloganHistory';
/** Slogans kept; the least recently seen go first. */
const MAX_SLOGANS = 2000;
/** Page hashes kept per slogan to recognise a re-read; older pages still count in `pages`. */
const MAX_PAGES_PER_SLOGAN = 50;

/** 32-bit FNV-1a of the URL without its fragment: enough to tell pages apart, and no URL is stored. */
function pageKey(url: string): string {
  const text = url.replace(/#.*$/, '');
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function sanitize(stored: unknown): StoredHistory {
  const history: StoredHistory = { version: 1, slogans: {} };
  if (!isRecord(stored) || !isRecord(stored.slogans)) return history;
  for (const [key, value] of Object.entries(stored.slogans)) {
    if (!isRecord(value)) continue;
    const { pages, firstSeen, lastSeen, recent } = value;
    if (
      typeof pages !== 'number' ||
      typeof firstSeen !== 'number' ||
      typeof lastSeen !== 'number' ||
      !Array.isArray(recent)
    )
      continue;
    history.slogans[key] = {
      pages: Math.max(0, Math.floor(pages)),
      firstSeen,
      lastSeen,
      recent: recent.filter((page): page is string => typeof page === 'string').slice(-MAX_PAGES_PER_SLOGAN),
    };
  }
  return history;
}

async function load(storage: SloganHistoryStorage): Promise<StoredHistory> {
  try {
    return sanitize((await storage.get(STORAGE_KEY))[STORAGE_KEY]);
  } catch {
    return sanitize(undefined);
  }
}

/**
 * Record that the page at `url` shows `slogans` (seen at `now`) and return, per slogan text as given, the number of
 * pages it was seen on, this one included. A page already recorded for a slogan only moves its last-seen time.
 */
export async function recordPageSlogans(
  storage: SloganHistoryStorage,
  url: string,
  slogans: Pick<Slogan, 'text' | 'key'>[],
  now: number = Date.now(),
): Promise<Record<string, number>> {
  const history = await load(storage);
  const page = pageKey(url);
  const result: Record<string, number> = {};
  for (const { text, key } of slogans) {
    if (!key) continue;
    const stored = history.slogans[key] ?? { pages: 0, firstSeen: now, lastSeen: now, recent: [] };
    if (!stored.recent.includes(page)) {
      stored.pages++;
      stored.recent = [...stored.recent, page].slice(-MAX_PAGES_PER_SLOGAN);
    }
    stored.lastSeen = Math.max(stored.lastSeen, now);
    history.slogans[key] = stored;
    result[text] = stored.pages;
  }
  const keys = Object.keys(history.slogans);
  if (keys.length > MAX_SLOGANS) {
    keys.sort((a, b) => history.slogans[a]!.lastSeen - history.slogans[b]!.lastSeen);
    for (const key of keys.slice(0, keys.length - MAX_SLOGANS)) delete history.slogans[key];
  }
  await storage.set({ [STORAGE_KEY]: history });
  return result;
}

export async function clearSloganHistory(storage: SloganHistoryStorage): Promise<void> {
  await storage.remove(STORAGE_KEY);
}
