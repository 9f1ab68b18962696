/** The library's table: which saved pages the search and filters leave, in the order the reader sorts by. */
import type { LibraryEntry } from '../../../core/library/saved';

export const SORT_KEYS = ['date', 'source', 'host', 'savedAt'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export interface Sort {
  key: SortKey;
  descending: boolean;
}

export interface Filters {
  source: string;
  editor: string;
  /** `YYYY-MM-DD` bounds of the publish date, inclusive; empty for none. */
  from: string;
  to: string;
  /** A slogan's key. */
  slogan: string;
  /** `YYYY-MM`: a month picked on the chart. */
  month: string;
}

export const NO_FILTERS: Filters = { source: '', editor: '', from: '', to: '', slogan: '', month: '' };

export function hasFilters(filters: Filters): boolean {
  return Object.values(filters).some((value) => value !== '');
}

/** The entries the filters leave, in their order; `found` (the search's results by address) when a search is on. */
export function filterEntries(
  entries: readonly LibraryEntry[],
  filters: Filters,
  found: ReadonlySet<string> | null,
): LibraryEntry[] {
  return entries.filter((entry) => {
    if (found && !found.has(entry.url)) return false;
    if (filters.source && entry.source !== filters.source) return false;
    if (filters.editor && entry.editor !== filters.editor) return false;
    const day = entry.date?.slice(0, 10) ?? '';
    if ((filters.from || filters.to || filters.month) && !day) return false;
    if (filters.from && day < filters.from) return false;
    if (filters.to && day > filters.to) return false;
    if (filters.month && !day.startsWith(filters.month)) return false;
    if (filters.slogan && !entry.slogans.some((s) => s.key === filters.slogan)) return false;
    return true;
  });
}

const collator = new Intl.Collator('zh');

function sortValue(entry: LibraryEntry, key: SortKey): string | number | null {
  if (key === 'date') return entry.date?.slice(0, 16) ?? null;
  if (key === 'savedAt') return entry.savedAt;
  return entry[key] || null;
}

/**
 * Sorted by the key; entries without a value for it come last either way, then newest saved first. Dates and times
 * compare as numbers and ISO strings do; names in Chinese collation order.
 */
export function sortEntries(entries: readonly LibraryEntry[], sort: Sort): LibraryEntry[] {
  const direction = sort.descending ? -1 : 1;
  const byName = sort.key === 'source' || sort.key === 'host';
  return [...entries].sort((a, b) => {
    const x = sortValue(a, sort.key);
    const y = sortValue(b, sort.key);
    if (x === null || y === null) return x === y ? b.savedAt - a.savedAt : x === null ? 1 : -1;
    const order = byName ? collator.compare(String(x), String(y)) : x < y ? -1 : x > y ? 1 : 0;
    return order * direction || b.savedAt - a.savedAt;
  });
}

/** The distinct values of a field, most frequent first: the choices of a filter. */
export function choicesOf(entries: readonly LibraryEntry[], field: 'source' | 'editor'): string[] {
  const counts = new Map<string, number>();
  for (const entry of entries) {
    const value = entry[field];
    if (value) counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || collator.compare(a[0], b[0])).map(([value]) => value);
}
