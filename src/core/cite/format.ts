/**
 * What the styles share: a citation is a list of runs (plain, italic, link) so one rendering gives the plain
 * text and another gives escaped HTML; plus dates and names as each style writes them.
 */
import { hasHan, type CslDate, type CslItem, type CslName } from './csl';

export type Run = string | { italic: string } | { link: string };

export function toPlain(runs: Run[]): string {
  return runs.map((run) => (typeof run === 'string' ? run : 'italic' in run ? run.italic : run.link)).join('');
}

const htmlEntities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Page text is never markup: every character that could open a tag or an attribute is escaped. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => htmlEntities[char]!);
}

export function toHtml(runs: Run[]): string {
  return runs
    .map((run) => {
      if (typeof run === 'string') return escapeHtml(run);
      if ('italic' in run) return `<i>${escapeHtml(run.italic)}</i>`;
      const text = escapeHtml(run.link);
      return /^https?:\/\//i.test(run.link) ? `<a href="${text}">${text}</a>` : text;
    })
    .join('');
}

/** Text ending in sentence punctuation takes no extra period (`Why?` not `Why?.`). */
export function closeWith(text: string, mark: string): string {
  return /[.?!。？！…]$/u.test(text) ? text : text + mark;
}

export interface Ymd {
  year: number;
  month?: number;
  day?: number;
}

export function ymd(date: CslDate | undefined): Ymd | undefined {
  const parts = date?.['date-parts'][0];
  if (!parts?.[0]) return undefined;
  return { year: parts[0], month: parts[1], day: parts[2] };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** `2013-01-12`, `2013-01` or `2013`, as GB/T 7714 writes dates. */
export function isoDate({ year, month, day }: Ymd, separator = '-'): string {
  return [String(year), month && pad(month), month && day && pad(day)].filter(Boolean).join(separator);
}

export const monthNames = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** `January 12, 2013` (Chicago, APA retrieval dates). */
export function monthDayYear({ year, month, day }: Ymd): string {
  if (!month) return String(year);
  return day ? `${monthNames[month - 1]} ${day}, ${year}` : `${monthNames[month - 1]} ${year}`;
}

/** The name as written in its own script: CJK names family-then-given with no space and no comma. */
export function nameAsWritten(name: CslName): string {
  if (name.literal) return name.literal;
  const { family = '', given = '' } = name;
  if (hasHan(family + given)) return family + given;
  return [given, family].filter(Boolean).join(' ');
}

/** A Latin name that can be inverted; CJK and literal names are never inverted. */
export function isInvertible(name: CslName): name is CslName & { family: string } {
  return !name.literal && !!name.family && !hasHan(name.family + (name.given ?? ''));
}

export function initials(given: string, withPeriods: boolean): string {
  return given
    .split(/[\s-]+/)
    .filter(Boolean)
    .map((part) => part[0]!.toUpperCase() + (withPeriods ? '.' : ''))
    .join(' ');
}

export function isChinese(item: CslItem): boolean {
  return item.language ? item.language.toLowerCase().startsWith('zh') : hasHan(item.title);
}

/** A page with no title found is described in brackets rather than left blank (APA 9.29, MLA 5.27). */
export function titleOf(item: CslItem, untitled: string): string {
  return item.title.trim() || untitled;
}
