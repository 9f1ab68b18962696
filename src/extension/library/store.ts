/**
 * The reading library's store: IndexedDB in the extension's own origin, on this machine only. Three object stores —
 * every saved version of every page, one list entry per page (what the library page opens on), and one
 * script-neutral search text per page (loaded after the list) — written together in one transaction, so a refused
 * write (the browser's quota) leaves everything as it was. The schema is a list of upgrade steps, each run once,
 * in order, from the version the browser holds.
 */
import { type DBSchema, type IDBPDatabase, type IDBPTransaction, openDB, type StoreNames } from 'idb';
import type { ArticleWithSlogans } from '../../core/article';
import { type ComparedField, diffArticles, hasChanges } from '../../core/library/diff';
import { entryOf, type LibraryEntry, type SavedVersion, versionOf } from '../../core/library/saved';
import { searchTextOf } from '../../core/library/search';

export interface LibrarySchema extends DBSchema {
  versions: { key: number; value: SavedVersion; indexes: { url: string } };
  entries: { key: string; value: LibraryEntry };
  texts: { key: string; value: { url: string; text: string } };
}

export type LibraryDb = IDBPDatabase<LibrarySchema>;
type UpgradeTransaction = IDBPTransaction<LibrarySchema, StoreNames<LibrarySchema>[], 'versionchange'>;
/** One version of the schema: what changes from the version before it. */
export type SchemaStep = (db: LibraryDb, transaction: UpgradeTransaction) => void;

export const LIBRARY_DB_NAME = 'qingdu-library';

export const LIBRARY_SCHEMA: readonly SchemaStep[] = [
  // 1: versions by id (in saving order) and by address; entries and search texts by address.
  (db) => {
    db.createObjectStore('versions', { keyPath: 'id', autoIncrement: true }).createIndex('url', 'url');
    db.createObjectStore('entries', { keyPath: 'url' });
    db.createObjectStore('texts', { keyPath: 'url' });
  },
];

/** Open the library, bringing an older one up to the schema's last step. */
export function openLibrary(
  name = LIBRARY_DB_NAME,
  schema: readonly SchemaStep[] = LIBRARY_SCHEMA,
): Promise<LibraryDb> {
  return openDB<LibrarySchema>(name, schema.length, {
    upgrade(db, oldVersion, newVersion, transaction) {
      for (let version = oldVersion; version < (newVersion ?? schema.length); version++)
        schema[version]!(db, transaction);
    },
  });
}

/** A page's address as the library knows it: without its fragment. */
export function libraryUrl(url: string): string {
  return url.replace(/#.*$/, '');
}

/** What saving did, said in a way the popup can show. */
export type SaveOutcome =
  | { status: 'saved'; url: string }
  | { status: 'unchanged'; url: string; versions: number; savedAt: number }
  | {
      status: 'updated';
      url: string;
      versions: number;
      fields: ComparedField[];
      added: number;
      removed: number;
      edited: number;
    };

/** The browser refused to store more: nothing of this saving was written, everything saved before is kept. */
export class LibraryFullError extends Error {
  constructor(cause: unknown) {
    super('the browser refused to store more (its storage quota for the extension is reached)', { cause });
    this.name = 'LibraryFullError';
  }
}

function isQuotaError(error: unknown): boolean {
  const name = (error as { name?: unknown } | null)?.name;
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED';
}

/**
 * Save a page's clean article. A page saved before gets a new version when anything the diff shows changed, and the
 * outcome says what; an unchanged page is left as it was.
 */
export async function saveArticle(
  db: LibraryDb,
  article: ArticleWithSlogans,
  pageUrl: string,
  now: number = Date.now(),
): Promise<SaveOutcome> {
  const url = libraryUrl(pageUrl);
  const draft = versionOf(article, url, now);
  const tx = db.transaction(['versions', 'entries', 'texts'], 'readwrite');
  // Awaited below; a failure before that is reported by the catch, not as an unhandled rejection.
  tx.done.catch(() => undefined);
  try {
    const entries = tx.objectStore('entries');
    const versions = tx.objectStore('versions');
    const earlier = await entries.get(url);
    const previous = earlier ? await versions.get(earlier.versions.at(-1)!) : undefined;
    const diff = previous ? diffArticles(previous.article, draft.article) : null;
    if (earlier && diff && !hasChanges(diff)) {
      await tx.done;
      return { status: 'unchanged', url, versions: earlier.versions.length, savedAt: earlier.savedAt };
    }
    const id = (await versions.add(draft as SavedVersion)) as number;
    const entry = entryOf({ ...draft, id }, earlier ?? null);
    await Promise.all([entries.put(entry), tx.objectStore('texts').put({ url, text: searchTextOf(draft.article) })]);
    await tx.done;
    if (!diff) return { status: 'saved', url };
    return {
      status: 'updated',
      url,
      versions: entry.versions.length,
      fields: diff.fields.map((f) => f.field),
      added: diff.added,
      removed: diff.removed,
      edited: diff.edited,
    };
  } catch (error) {
    abandon(tx);
    throw isQuotaError(error) || isQuotaError((error as { cause?: unknown })?.cause)
      ? new LibraryFullError(error)
      : error;
  }
}

/** Roll back what a failed transaction wrote so far (nothing when the browser already aborted it). */
function abandon(tx: { abort(): void }): void {
  try {
    tx.abort();
  } catch {
    // Already finished or aborted.
  }
}

export function listEntries(db: LibraryDb): Promise<LibraryEntry[]> {
  return db.getAll('entries');
}

/** Every page's search text, by address. */
export async function searchTexts(db: LibraryDb): Promise<Map<string, string>> {
  const texts = await db.getAll('texts');
  return new Map(texts.map((t) => [t.url, t.text]));
}

/** Every saved version of a page, oldest first. */
export async function versionsOf(db: LibraryDb, url: string): Promise<SavedVersion[]> {
  const versions = await db.getAllFromIndex('versions', 'url', url);
  return versions.sort((a, b) => a.id - b.id);
}

/** The latest version of each page, in the order of `urls` (pages no longer saved are left out). */
export async function latestVersions(db: LibraryDb, urls: readonly string[]): Promise<SavedVersion[]> {
  const tx = db.transaction(['entries', 'versions'], 'readonly');
  const found = await Promise.all(
    urls.map(async (url) => {
      const entry = await tx.objectStore('entries').get(url);
      return entry ? tx.objectStore('versions').get(entry.versions.at(-1)!) : undefined;
    }),
  );
  await tx.done;
  return found.filter((v): v is SavedVersion => v !== undefined);
}

/** Remove pages with all their versions. */
export async function deleteEntries(db: LibraryDb, urls: readonly string[]): Promise<void> {
  const tx = db.transaction(['versions', 'entries', 'texts'], 'readwrite');
  await Promise.all(
    urls.map(async (url) => {
      const entry = await tx.objectStore('entries').get(url);
      await Promise.all([
        ...(entry?.versions ?? []).map((id) => tx.objectStore('versions').delete(id)),
        tx.objectStore('entries').delete(url),
        tx.objectStore('texts').delete(url),
      ]);
    }),
  );
  await tx.done;
}

/** Remove everything the library holds. */
export async function clearLibrary(db: LibraryDb): Promise<void> {
  const tx = db.transaction(['versions', 'entries', 'texts'], 'readwrite');
  await Promise.all([
    tx.objectStore('versions').clear(),
    tx.objectStore('entries').clear(),
    tx.objectStore('texts').clear(),
  ]);
  await tx.done;
}
