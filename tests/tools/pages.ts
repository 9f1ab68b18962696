/**
 * Every page the tests extract (the 69 corpus pages, the five seed texts and their five HTML fixtures), loaded as
 * the CLI loads them, and what a reader sees of each: the per-page expectations in tests/pages/<id>/expected.json,
 * and a readable account of how a fresh extraction differs from them.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Article, ArticleFields, Page } from '../../src/core/article';
import { loadFile } from '../../src/cli/load';
import { CORPUS_DIR, FIXTURES_DIR, REPO_ROOT, SEEDS_DIR } from '../paths';

export const PAGES_DIR = join(REPO_ROOT, 'tests', 'pages');

export interface PageEntry {
  /** Folder name under tests/pages: the corpus id, or `seed-NNN-text` / `seed-NNN-html`. */
  id: string;
  path: string;
  /** The address the page was saved from, given as `extract --url` would give it (corpus pages know theirs). */
  url?: string;
}

/** Corpus pages by id, then each seed as text and as HTML. */
export function pageEntries(): PageEntry[] {
  const entries: PageEntry[] = [];
  for (const id of readdirSync(CORPUS_DIR).sort()) {
    const path = join(CORPUS_DIR, id, 'page.html');
    if (!existsSync(path)) continue;
    const { url } = JSON.parse(readFileSync(join(CORPUS_DIR, id, 'truth.json'), 'utf8')) as { url?: string };
    entries.push({ id, path, ...(url ? { url } : {}) });
  }
  for (const name of readdirSync(SEEDS_DIR)
    .filter((n) => n.endsWith('.txt'))
    .sort()) {
    const number = name.slice(0, 3);
    entries.push({ id: `seed-${number}-text`, path: join(SEEDS_DIR, name) });
    const html = join(FIXTURES_DIR, 'seeds', `${number}.html`);
    if (existsSync(html)) entries.push({ id: `seed-${number}-html`, path: html });
  }
  return entries;
}

export async function loadPage(entry: PageEntry): Promise<Page> {
  return (await loadFile(entry.path, entry.url)).page;
}

/** What a reader sees of a page: the fields, the paragraphs' text, the warnings, and how many blocks each rule took out. */
export interface PageExpectation extends ArticleFields, Pick<Article, 'url' | 'script'> {
  /** The page's file, from the repository root. */
  file: string;
  paragraphs: string[];
  warnings: { kind: string; message: string }[];
  /** Rule name → blocks it removed, rules in alphabetical order. */
  removedBy: Record<string, number>;
}

export function expectationOf(entry: PageEntry, article: Article): PageExpectation {
  const removedBy: Record<string, number> = {};
  for (const rule of [...new Set(article.removed.map((removal) => removal.rule))].sort())
    removedBy[rule] = article.removed.filter((removal) => removal.rule === rule).length;
  return {
    file: relative(REPO_ROOT, entry.path),
    title: article.title,
    date: article.date,
    source: article.source,
    editor: article.editor,
    author: article.author,
    reviewer: article.reviewer,
    site: article.site,
    url: article.url,
    script: article.script,
    paragraphs: article.paragraphs.map((paragraph) => paragraph.text),
    warnings: article.warnings.map(({ kind, message }) => ({ kind, message })),
    removedBy,
  };
}

export function expectedPath(id: string): string {
  return join(PAGES_DIR, id, 'expected.json');
}

/** The stored expectation, or null when the page has none yet. */
export function readExpected(id: string): PageExpectation | null {
  const path = expectedPath(id);
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as PageExpectation) : null;
}

/** The file's text: two-space JSON, one paragraph a line, keys in the order of PageExpectation. */
export function expectationJson(expectation: PageExpectation): string {
  return `${JSON.stringify(expectation, null, 2)}\n`;
}

const FIELDS = ['file', 'title', 'date', 'source', 'editor', 'author', 'reviewer', 'site', 'url', 'script'] as const;
/** Characters of a paragraph shown before the first difference, and from it on. */
const BEFORE = 12;
const AFTER = 28;

/** Lines saying how `actual` differs from `expected`, field by field; none when they agree. */
export function differences(expected: PageExpectation, actual: PageExpectation): string[] {
  const lines: string[] = [];
  for (const field of FIELDS) {
    if (expected[field] !== actual[field])
      lines.push(`${field}: ${JSON.stringify(expected[field])} → ${JSON.stringify(actual[field])}`);
  }
  lines.push(...paragraphDifferences(expected.paragraphs, actual.paragraphs));
  const warning = (w: { kind: string; message: string }) => `${w.kind}: ${w.message}`;
  const [lost, gained] = unmatched(expected.warnings.map(warning), actual.warnings.map(warning));
  for (const text of lost) lines.push(`warning removed: ${text}`);
  for (const text of gained) lines.push(`warning added: ${text}`);
  for (const rule of [...new Set([...Object.keys(expected.removedBy), ...Object.keys(actual.removedBy)])].sort()) {
    const [before, after] = [expected.removedBy[rule] ?? 0, actual.removedBy[rule] ?? 0];
    if (before !== after) lines.push(`blocks removed by ${rule}: ${before} → ${after}`);
  }
  return lines;
}

/** The items of each list that the other lacks, counting repeats. */
function unmatched(a: string[], b: string[]): [string[], string[]] {
  const left = [...b];
  const lost: string[] = [];
  for (const item of a) {
    const at = left.indexOf(item);
    if (at === -1) lost.push(item);
    else left.splice(at, 1);
  }
  return [lost, left];
}

type Step = { op: 'same' | 'removed' | 'added'; expected: number; actual: number };

/**
 * Paragraphs aligned by their longest common subsequence: those only in `expected` were removed, those only in
 * `actual` added, and a removed one facing a like added one in the same gap changed (shown from its first differing
 * character).
 */
function paragraphDifferences(expected: string[], actual: string[]): string[] {
  const steps = align(expected, actual);
  const lines: string[] = [];
  let i = 0;
  while (i < steps.length) {
    if (steps[i]!.op === 'same') {
      i++;
      continue;
    }
    const removed: number[] = [];
    const added: number[] = [];
    for (; i < steps.length && steps[i]!.op !== 'same'; i++) {
      if (steps[i]!.op === 'removed') removed.push(steps[i]!.expected);
      else added.push(steps[i]!.actual);
    }
    let next = 0;
    const matched = new Set<number>();
    for (const from of removed) {
      const at = added.findIndex((to, k) => k >= next && alike(expected[from]!, actual[to]!));
      if (at === -1) {
        lines.push(`paragraph ${from} removed: ${excerpt(expected[from]!, 0)}`);
        continue;
      }
      const to = added[at]!;
      matched.add(to);
      next = at + 1;
      lines.push(`paragraph ${from} changed (now ${to}): ${firstDifference(expected[from]!, actual[to]!)}`);
    }
    for (const to of added) if (!matched.has(to)) lines.push(`paragraph ${to} added: ${excerpt(actual[to]!, 0)}`);
  }
  if (lines.length > 0) lines.unshift(`paragraphs: ${expected.length} → ${actual.length}`);
  return lines;
}

/** Two paragraphs are one edited when at least half their characters are shared (Dice coefficient). */
function alike(a: string, b: string): boolean {
  const counts = new Map<string, number>();
  for (const char of a) counts.set(char, (counts.get(char) ?? 0) + 1);
  let shared = 0;
  for (const char of b) {
    const left = counts.get(char) ?? 0;
    if (left > 0) {
      shared++;
      counts.set(char, left - 1);
    }
  }
  return (2 * shared) / ([...a].length + [...b].length) >= 0.5;
}

function align(expected: string[], actual: string[]): Step[] {
  const n = expected.length;
  const m = actual.length;
  // common[i][j]: length of the longest common subsequence of expected[i..] and actual[j..].
  const common = Array.from({ length: n + 1 }, () => new Int32Array(m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      common[i]![j] =
        expected[i] === actual[j] ? common[i + 1]![j + 1]! + 1 : Math.max(common[i + 1]![j]!, common[i]![j + 1]!);
    }
  }
  const steps: Step[] = [];
  let [i, j] = [0, 0];
  while (i < n || j < m) {
    if (i < n && j < m && expected[i] === actual[j]) steps.push({ op: 'same', expected: i++, actual: j++ });
    else if (j < m && (i === n || common[i]![j + 1]! >= common[i + 1]![j]!))
      steps.push({ op: 'added', expected: i, actual: j++ });
    else steps.push({ op: 'removed', expected: i++, actual: j });
  }
  return steps;
}

function firstDifference(a: string, b: string): string {
  let at = 0;
  while (at < a.length && at < b.length && a[at] === b[at]) at++;
  return `at character ${at}, ${excerpt(a, at)} → ${excerpt(b, at)}`;
}

/** The text around `at` (BEFORE characters before, AFTER from it), quoted, with … where it is cut. */
function excerpt(text: string, at: number): string {
  const start = Math.max(0, at - BEFORE);
  const end = Math.min(text.length, at + AFTER);
  return `${start > 0 ? '…' : ''}${JSON.stringify(text.slice(start, end))}${end < text.length ? '…' : ''}`;
}

/** Lines shown per page at most: past this the expected file is far out of date, and `git diff` after an update says more. */
const MAX_REPORTED = 40;

/** The differences as an indented block, cut at MAX_REPORTED lines. */
export function report(lines: string[]): string {
  const shown = lines.slice(0, MAX_REPORTED).map((line) => `  ${line}`);
  if (lines.length > MAX_REPORTED) shown.push(`  … and ${lines.length - MAX_REPORTED} more`);
  return shown.join('\n');
}
