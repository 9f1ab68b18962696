/** How much the library holds: its articles, and the storage the extension takes and may take. */
import { type LibraryDb, openLibrary } from './store';

export interface LibraryUsage {
  articles: number;
  /** Bytes the extension's storage takes, and may take. */
  usage: number;
  quota: number;
}

export async function libraryUsage(db?: LibraryDb): Promise<LibraryUsage | null> {
  const library = db ?? (await openLibrary());
  const [articles, estimate] = await Promise.all([library.count('entries'), navigator.storage.estimate()]);
  if (estimate.usage === undefined || estimate.quota === undefined) return null;
  return { articles, usage: estimate.usage, quota: estimate.quota };
}
