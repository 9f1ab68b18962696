/**
 * Formulations (提法) over time, across saved articles: how often each chosen slogan occurs per publish month, and
 * when each formulation first appeared in what was saved. Slogans are compared by their script-neutral key, so a
 * traditional and a simplified article count the same formulation once.
 */
import type { LibraryEntry } from './saved';

type Dated = Pick<LibraryEntry, 'url' | 'title' | 'date' | 'slogans'>;

export interface SloganSeries {
  key: string;
  /** The slogan as the first article holding it writes it. */
  text: string;
  /** Occurrences per month, one per `months` entry. */
  counts: number[];
  /** The articles behind each month's count. */
  urls: string[][];
}

export interface Timeline {
  /** Every month from the first to the last publish month of the articles holding a chosen slogan, `YYYY-MM`. */
  months: string[];
  series: SloganSeries[];
  /** Articles holding a chosen slogan that have no publish date, so no month. */
  undated: number;
}

export interface FirstAppearance {
  key: string;
  text: string;
  /** The earliest publish date among the articles holding it, with that article; null when none is dated. */
  first: { date: string; url: string; title: string | null } | null;
  articles: number;
  occurrences: number;
}

function monthOf(date: string | null): string | null {
  return date && /^\d{4}-\d{2}/.test(date) ? date.slice(0, 7) : null;
}

function nextMonth(month: string): string {
  const year = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  return m === 12 ? `${year + 1}-01` : `${year}-${String(m + 1).padStart(2, '0')}`;
}

export function sloganTimeline(entries: readonly Dated[], keys: readonly string[]): Timeline {
  const byMonth = new Map<string, Map<string, { count: number; urls: string[] }>>();
  const texts = new Map<string, string>();
  let undated = 0;
  for (const entry of entries) {
    const held = entry.slogans.filter((s) => keys.includes(s.key));
    if (held.length === 0) continue;
    for (const s of held) if (!texts.has(s.key)) texts.set(s.key, s.text);
    const month = monthOf(entry.date);
    if (!month) {
      undated++;
      continue;
    }
    const slots = byMonth.get(month) ?? new Map<string, { count: number; urls: string[] }>();
    byMonth.set(month, slots);
    for (const s of held) {
      const slot = slots.get(s.key) ?? { count: 0, urls: [] };
      slot.count += s.count;
      slot.urls.push(entry.url);
      slots.set(s.key, slot);
    }
  }
  const seen = [...byMonth.keys()].sort();
  const months: string[] = [];
  if (seen.length > 0) for (let m = seen[0]!; m <= seen.at(-1)!; m = nextMonth(m)) months.push(m);
  const series = keys
    .filter((key) => texts.has(key))
    .map((key) => ({
      key,
      text: texts.get(key)!,
      counts: months.map((m) => byMonth.get(m)?.get(key)?.count ?? 0),
      urls: months.map((m) => byMonth.get(m)?.get(key)?.urls ?? []),
    }));
  return { months, series, undated };
}

/** Every formulation of the articles, earliest first (undated ones last), then by how many articles hold it. */
export function firstAppearances(entries: readonly Dated[]): FirstAppearance[] {
  const found = new Map<string, FirstAppearance>();
  for (const entry of entries) {
    for (const s of entry.slogans) {
      const row = found.get(s.key) ?? { key: s.key, text: s.text, first: null, articles: 0, occurrences: 0 };
      row.articles++;
      row.occurrences += s.count;
      if (entry.date && (!row.first || entry.date.slice(0, 10) < row.first.date.slice(0, 10)))
        row.first = { date: entry.date, url: entry.url, title: entry.title };
      found.set(s.key, row);
    }
  }
  return [...found.values()].sort(
    (a, b) =>
      (a.first ? 0 : 1) - (b.first ? 0 : 1) ||
      (a.first && b.first ? a.first.date.slice(0, 10).localeCompare(b.first.date.slice(0, 10)) : 0) ||
      b.articles - a.articles ||
      a.key.localeCompare(b.key),
  );
}

/** The formulations of the articles by how many of them hold each, most first: what a reader picks to chart. */
export function commonSlogans(entries: readonly Dated[]): { key: string; text: string; articles: number }[] {
  const counts = new Map<string, { key: string; text: string; articles: number }>();
  for (const entry of entries) {
    for (const s of entry.slogans) {
      const row = counts.get(s.key) ?? { key: s.key, text: s.text, articles: 0 };
      row.articles++;
      counts.set(s.key, row);
    }
  }
  return [...counts.values()].sort((a, b) => b.articles - a.articles || a.key.localeCompare(b.key));
}
