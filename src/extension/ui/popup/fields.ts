/** What the popup shows about an article: each field either as the page states it, or marked unknown. */
import type { Article } from '../../../core/article';
import { FIELD_LABELS } from '../field-labels';

type FieldKey = 'title' | 'date' | 'source' | 'editor' | 'reporter' | 'reviewer' | 'site';

interface FieldRow {
  key: FieldKey;
  /** Locale message naming the field. */
  label: string;
  /** The value to show, or null when the page does not state it. */
  value: string | null;
}

const FIELDS: { key: FieldKey; label: string; pick: (article: Article) => string | null }[] = [
  { key: 'title', label: FIELD_LABELS.title, pick: (a) => a.title },
  { key: 'date', label: FIELD_LABELS.date, pick: (a) => (a.date ? formatDate(a.date) : null) },
  { key: 'source', label: FIELD_LABELS.source, pick: (a) => a.source },
  { key: 'editor', label: FIELD_LABELS.editor, pick: (a) => a.editor },
  { key: 'reporter', label: FIELD_LABELS.author, pick: (a) => a.author },
  { key: 'reviewer', label: FIELD_LABELS.reviewer, pick: (a) => a.reviewer },
  { key: 'site', label: FIELD_LABELS.site, pick: (a) => a.site },
];

/** Every field in display order; blank values count as unknown. */
export function articleFields(article: Article): FieldRow[] {
  return FIELDS.map(({ key, label, pick }) => {
    const value = pick(article)?.trim();
    return { key, label, value: value ? value : null };
  });
}

const ISO_DATE = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/**
 * The date as the page showed it: `2020-02-01T07:55+08:00` → `2020-02-01 07:55` (the page's own clock, no
 * time-zone shift); anything not ISO-shaped is shown unchanged.
 */
function formatDate(iso: string): string {
  const match = ISO_DATE.exec(iso.trim());
  if (!match) return iso.trim();
  return match[2] ? `${match[1]} ${match[2]}` : match[1]!;
}

/** Garbled-text counts: spans the rules warned about (one warning per span), and how many of them were repaired. */
export function garbledCounts(article: Article): { found: number; repaired: number } | null {
  const found = article.warnings.filter((warning) => warning.kind === 'garbled').length;
  if (!found) return null;
  const repairs = article.paragraphs.reduce((sum, paragraph) => sum + (paragraph.repairs?.length ?? 0), 0);
  return { found, repaired: Math.min(repairs, found) };
}
