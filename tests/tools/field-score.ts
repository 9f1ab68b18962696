/**
 * How a metadata field is scored against a page's hand truth (`metadata.json`): every field the extractor shows is
 * either the page's value (right), a part of it (partial: fewer names than the page lists, none of them wrong),
 * something the page does not say there (wrong), or shown where the page states nothing (invented); a field the page
 * states and the extractor leaves empty is missing.
 */
import type { ArticleFields } from '../../src/core/article';
import { normalise } from './corpus-score';

export const FIELDS = ['title', 'date', 'source', 'editor', 'author', 'reviewer'] as const;
export type Field = (typeof FIELDS)[number];
export type FieldStatus = 'right' | 'partial' | 'wrong' | 'missing' | 'invented' | 'absent';

/** One page's fields as read by hand; `alt` lists readings accepted where the page itself is ambiguous. */
export interface PageMetadata extends Pick<ArticleFields, Field> {
  kind: 'news' | 'non-news';
  alt?: Partial<Record<Field, string[]>>;
  notes?: string;
}

const PERSON_FIELDS = new Set<Field>(['editor', 'author', 'reviewer']);
const NAME_SEPARATORS = /[、，,;；/／]+|\s{2,}/u;

/** Text compared without whitespace, zero-width characters, quotes, brackets of titles or case. */
function plainText(text: string): string {
  return normalise(text)
    .replace(/[\u200b-\u200d\ufeff]/gu, '')
    .replace(/[“”"'‘’「」『』《》〈〉]/gu, '')
    .toLowerCase();
}

/** Names as a set: split on the separators pages use between names, each without its inner spaces. */
export function nameSet(text: string): Set<string> {
  return new Set(
    text
      .split(NAME_SEPARATORS)
      .map((name) => plainText(name))
      .filter(Boolean),
  );
}

/** Year, month, day, hour, minute of a date as written (`2020-02-01T07:55+08:00`, `2020-02-01 07:55`). */
function dateKey(text: string): { day: string; time: string | null } | null {
  const match = /(\d{4})-(\d{2})(?:-(\d{2}))?(?:[T\s]+(\d{2}):(\d{2}))?/u.exec(text);
  if (!match) return null;
  return {
    day: [match[1], match[2], match[3]].filter(Boolean).join('-'),
    time: match[4] ? `${match[4]}:${match[5]}` : null,
  };
}

function matchesOne(field: Field, predicted: string, truth: string): 'right' | 'partial' | 'wrong' {
  if (field === 'date') {
    const got = dateKey(predicted);
    const want = dateKey(truth);
    if (!got || !want || got.day !== want.day) return 'wrong';
    if (want.time === null || got.time === want.time) return 'right';
    // The right day without the time the page shows is incomplete, not wrong; a different time is wrong.
    return got.time === null ? 'partial' : 'wrong';
  }
  if (PERSON_FIELDS.has(field)) {
    const got = nameSet(predicted);
    const want = nameSet(truth);
    if (got.size === 0) return 'wrong';
    if ([...got].some((name) => !want.has(name))) return 'wrong';
    return got.size === want.size ? 'right' : 'partial';
  }
  return plainText(predicted) === plainText(truth) ? 'right' : 'wrong';
}

/** The status of one field of one page. */
export function fieldStatus(field: Field, predicted: string | null, truth: PageMetadata): FieldStatus {
  const want = truth[field];
  const accepted = [want, ...(truth.alt?.[field] ?? [])].filter((value): value is string => Boolean(value));
  if (!predicted) return want ? 'missing' : 'absent';
  if (accepted.length === 0) return 'invented';
  const results = accepted.map((value) => matchesOne(field, predicted, value));
  if (results.includes('right')) return 'right';
  if (results.includes('partial')) return 'partial';
  return want ? 'wrong' : 'invented';
}

export type FieldTally = Record<FieldStatus, number>;

export function emptyTally(): FieldTally {
  return { right: 0, partial: 0, wrong: 0, missing: 0, invented: 0, absent: 0 };
}

/** Share of the pages that state the field where the value shown is the page's whole value. */
export function fillRate(tally: FieldTally): number {
  const stated = tally.right + tally.partial + tally.wrong + tally.missing;
  return stated ? tally.right / stated : 1;
}

/** Share of the values shown that are not the page's: wrong or invented. */
export function falseRate(tally: FieldTally): number {
  const shown = tally.right + tally.partial + tally.wrong + tally.invented;
  return shown ? (tally.wrong + tally.invented) / shown : 0;
}
