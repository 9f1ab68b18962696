/**
 * What changed between two savings of one page: the fields that differ (a title or date changed), and the paragraphs
 * added, removed or edited, in the order of the newer text. An edited paragraph carries its changes character by
 * character, so a reader sees the one word a site changed.
 */
import type { ArticleFields } from '../article';
import type { SavedArticle } from './saved';

export const COMPARED_FIELDS = ['title', 'date', 'source', 'editor', 'author', 'reviewer', 'site'] as const;
export type ComparedField = (typeof COMPARED_FIELDS)[number] & keyof ArticleFields;

export interface FieldChange {
  field: ComparedField;
  before: string | null;
  after: string | null;
}

/** A run of text the same in both, only in the older, or only in the newer. */
export interface TextPart {
  kind: 'same' | 'removed' | 'added';
  text: string;
}

export type ParagraphChange =
  | { kind: 'same'; text: string }
  | { kind: 'removed'; text: string }
  | { kind: 'added'; text: string }
  | { kind: 'edited'; before: string; after: string; parts: TextPart[] };

export interface ArticleDiff {
  fields: FieldChange[];
  paragraphs: ParagraphChange[];
  added: number;
  removed: number;
  edited: number;
}

/** Two paragraphs are one edited paragraph when at least this share of their character pairs is shared. */
const EDIT_SIMILARITY = 0.5;
/** Past this many cells the character comparison gives the differing middle as one removal and one addition. */
const MAX_CHARACTER_CELLS = 400_000;

export function diffArticles(before: SavedArticle, after: SavedArticle): ArticleDiff {
  const fields = COMPARED_FIELDS.filter((field) => (before[field] ?? null) !== (after[field] ?? null)).map((field) => ({
    field,
    before: before[field] ?? null,
    after: after[field] ?? null,
  }));
  const paragraphs = pairEdits(
    sequenceDiff(
      before.paragraphs.map((p) => p.text),
      after.paragraphs.map((p) => p.text),
    ),
  );
  const count = (kind: ParagraphChange['kind']) => paragraphs.filter((p) => p.kind === kind).length;
  return { fields, paragraphs, added: count('added'), removed: count('removed'), edited: count('edited') };
}

/** Whether two savings differ in anything the diff shows. */
export function hasChanges(diff: ArticleDiff): boolean {
  return diff.fields.length > 0 || diff.added + diff.removed + diff.edited > 0;
}

type Step<T> = { kind: 'same' | 'removed' | 'added'; item: T };

/** Longest common subsequence of two sequences, as steps from the first to the second. */
function sequenceDiff<T>(a: readonly T[], b: readonly T[]): Step<T>[] {
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const head = a.slice(0, start).map((item) => ({ kind: 'same' as const, item }));
  const tail = a.slice(endA).map((item) => ({ kind: 'same' as const, item }));
  const midA = a.slice(start, endA);
  const midB = b.slice(start, endB);
  const n = midA.length;
  const m = midB.length;
  if (n * m > MAX_CHARACTER_CELLS) {
    return [
      ...head,
      ...midA.map((item) => ({ kind: 'removed' as const, item })),
      ...midB.map((item) => ({ kind: 'added' as const, item })),
      ...tail,
    ];
  }
  // lengths[i * (m + 1) + j]: length of the common subsequence of midA[i..] and midB[j..].
  const width = m + 1;
  const lengths = new Uint32Array((n + 1) * width);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lengths[i * width + j] =
        midA[i] === midB[j]
          ? lengths[(i + 1) * width + j + 1]! + 1
          : Math.max(lengths[(i + 1) * width + j]!, lengths[i * width + j + 1]!);
    }
  }
  const middle: Step<T>[] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (midA[i] === midB[j]) {
      middle.push({ kind: 'same', item: midA[i]! });
      i++;
      j++;
    } else if (lengths[(i + 1) * width + j]! >= lengths[i * width + j + 1]!)
      middle.push({ kind: 'removed', item: midA[i++]! });
    else middle.push({ kind: 'added', item: midB[j++]! });
  }
  while (i < n) middle.push({ kind: 'removed', item: midA[i++]! });
  while (j < m) middle.push({ kind: 'added', item: midB[j++]! });
  return [...head, ...middle, ...tail];
}

/** Removed and added paragraphs between the same neighbours become edits when they are alike, in order. */
function pairEdits(steps: Step<string>[]): ParagraphChange[] {
  const out: ParagraphChange[] = [];
  let i = 0;
  while (i < steps.length) {
    const step = steps[i]!;
    if (step.kind === 'same') {
      out.push({ kind: 'same', text: step.item });
      i++;
      continue;
    }
    const removed: string[] = [];
    const added: string[] = [];
    while (i < steps.length && steps[i]!.kind !== 'same') {
      const { kind, item } = steps[i++]!;
      (kind === 'removed' ? removed : added).push(item);
    }
    let r = 0;
    for (const text of added) {
      const match = removed.findIndex((old, k) => k >= r && similarity(old, text) >= EDIT_SIMILARITY);
      if (match === -1) {
        out.push({ kind: 'added', text });
        continue;
      }
      for (; r < match; r++) out.push({ kind: 'removed', text: removed[r]! });
      out.push({ kind: 'edited', before: removed[match]!, after: text, parts: textChanges(removed[match]!, text) });
      r = match + 1;
    }
    for (; r < removed.length; r++) out.push({ kind: 'removed', text: removed[r]! });
  }
  return out;
}

function pairsOf(text: string): Map<string, number> {
  const pairs = new Map<string, number>();
  for (let i = 0; i + 1 < text.length; i++) {
    const pair = text.slice(i, i + 2);
    pairs.set(pair, (pairs.get(pair) ?? 0) + 1);
  }
  return pairs;
}

/** Dice coefficient over character pairs: 1 for the same text, 0 for texts with no pair in common. */
function similarity(a: string, b: string): number {
  if (a === b) return 1;
  if (a.length < 2 || b.length < 2) return 0;
  const pairsA = pairsOf(a);
  let shared = 0;
  for (const [pair, count] of pairsOf(b)) shared += Math.min(count, pairsA.get(pair) ?? 0);
  return (2 * shared) / (a.length - 1 + b.length - 1);
}

/** The changes from `before` to `after`, character by character, as runs. */
export function textChanges(before: string, after: string): TextPart[] {
  const parts: TextPart[] = [];
  for (const step of sequenceDiff([...before], [...after])) {
    const last = parts.at(-1);
    if (last?.kind === step.kind) last.text += step.item;
    else parts.push({ kind: step.kind, text: step.item });
  }
  return parts;
}
