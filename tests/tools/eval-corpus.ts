/**
 * `npm run eval:corpus -- [DIR] [--verbose] [--only ID] [--fast] [--repeat N] [--half dev|check]
 * [--without declared|classes|spaces]`: extraction on a
 * corpus folder (default tests/corpus; e.g. ../shared/corpus-modern) against its hand truth. Each page folder holds
 * page.html and truth.json (url, body_text); the folder's metadata.json holds every page's fields.
 *
 * Prints a row per page, then per field how many pages are right, partial, wrong (shown but not the page's), missing
 * and invented (shown where the page states nothing); body Han-character F1 beside Mozilla Readability's on the same
 * decoded page; and the time of our DOM walk + rules against Readability's parse. `--half dev` / `--half check` take
 * every other page (sorted by id, first, third… / second, fourth…), so rules can be chosen on one half and checked on
 * the other. `--without declared` reads each page without what it declares (`<meta>`, JSON-LD, `<title>`), and
 * `--without classes` with every class name renamed, `--without spaces` with the white space between tags taken out
 * (minified markup), to see what the visible text alone, or markup named or laid out otherwise, would show.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Readability } from '@mozilla/readability';
import { domToPage } from '../../src/adapters/dom';
import { decodeHtmlBytes } from '../../src/cli/decode';
import { loadBytes, loadFile } from '../../src/cli/load';
import { parseHtmlDocument } from '../../src/cli/parse-html';
import type { Article } from '../../src/core/article';
import { extractArticle } from '../../src/core/pipeline';
import { CORPUS_DIR } from '../paths';
import { bigramF1, hanF1, mean } from './corpus-score';
import {
  emptyTally,
  FIELDS,
  type Field,
  type FieldStatus,
  type FieldTally,
  falseRate,
  fieldStatus,
  fillRate,
  type PageMetadata,
} from './field-score';

export interface Truth {
  url: string;
  body_text: string;
}

export interface PageResult {
  id: string;
  kind: PageMetadata['kind'];
  /** Han-character F1 of the body; null for a page whose truth has no body (a listing, a captcha page). */
  hanF1: number | null;
  bigramF1: number | null;
  readabilityHanF1: number | null;
  /** For a page without a body: whether the extractor said so (no paragraphs). */
  saidNoArticle: boolean | null;
  fields: Record<Field, FieldStatus>;
  truth: Truth;
  metadata: PageMetadata;
  article: Article;
  oursMs: number;
  readabilityMs: number;
}

export function corpusIds(dir: string = CORPUS_DIR): string[] {
  return readdirSync(dir)
    .filter((name) => existsSync(join(dir, name, 'page.html')))
    .sort();
}

export function corpusMetadata(dir: string = CORPUS_DIR): Record<string, PageMetadata> {
  return JSON.parse(readFileSync(join(dir, 'metadata.json'), 'utf8')) as Record<string, PageMetadata>;
}

/** Every other page: `dev` the first, third…, `check` the second, fourth… of the sorted ids. */
export function half(ids: string[], which: 'dev' | 'check'): string[] {
  return ids.filter((_, i) => i % 2 === (which === 'dev' ? 0 : 1));
}

function timed<T>(run: () => T, repeat: number): { value: T; ms: number } {
  let value!: T;
  const start = performance.now();
  for (let i = 0; i < repeat; i++) value = run();
  return { value, ms: (performance.now() - start) / repeat };
}

export interface EvaluateOptions {
  dir?: string;
  metadata?: Record<string, PageMetadata>;
  /** Also run Readability on the page and time both (`repeat` runs each). */
  compare?: boolean;
  /** Read the page without what it declares, or with its class names renamed. */
  without?: 'declared' | 'classes' | 'spaces';
  repeat?: number;
}

/** Score one page of a corpus. */
export async function evaluatePage(id: string, options: EvaluateOptions = {}): Promise<PageResult> {
  const { dir = CORPUS_DIR, compare = true, repeat = 1, without } = options;
  const metadata = (options.metadata ?? corpusMetadata(dir))[id];
  if (!metadata) throw new Error(`${id} has no entry in ${join(dir, 'metadata.json')}`);
  const pageDir = join(dir, id);
  const truth = JSON.parse(readFileSync(join(pageDir, 'truth.json'), 'utf8')) as Truth;
  const { page } = await loadPage(join(pageDir, 'page.html'), truth.url || undefined, without);
  const article = extractArticle(page);
  const body = article.paragraphs.map((p) => p.text).join('\n');
  const hasBody = truth.body_text.trim() !== '';
  const fields = Object.fromEntries(
    FIELDS.map((field) => [field, fieldStatus(field, article[field], metadata)]),
  ) as Record<Field, FieldStatus>;
  const scores = {
    id,
    kind: metadata.kind,
    hanF1: hasBody ? hanF1(body, truth.body_text) : null,
    bigramF1: hasBody ? bigramF1(body, truth.body_text) : null,
    saidNoArticle: hasBody ? null : article.paragraphs.length === 0,
    fields,
    truth,
    metadata,
    article,
  };
  if (!compare) return { ...scores, readabilityHanF1: null, oursMs: 0, readabilityMs: 0 };

  const { text } = decodeHtmlBytes(readFileSync(join(pageDir, 'page.html')));
  const ours = timed(() => extractArticle(domToPage(parseHtmlDocument(text), truth.url).page), repeat);
  const parseOnly = timed(() => parseHtmlDocument(text), repeat);
  const theirs = timed(() => new Readability(parseHtmlDocument(text)).parse(), repeat);
  return {
    ...scores,
    readabilityHanF1: hasBody ? hanF1(theirs.value?.textContent ?? '', truth.body_text) : null,
    oursMs: Math.max(0, ours.ms - parseOnly.ms),
    readabilityMs: Math.max(0, theirs.ms - parseOnly.ms),
  };
}

/** A page as the CLI loads it, or without what it declares, or with its class names renamed. */
async function loadPage(path: string, url: string | undefined, without?: EvaluateOptions['without']) {
  if (without === 'classes' || without === 'spaces') {
    const { text } = decodeHtmlBytes(readFileSync(path));
    const changed =
      without === 'spaces'
        ? text.replace(SPACE_BETWEEN_TAGS, '><')
        : text.replace(CLASS_ATTRIBUTE, (_, quote: string, names: string) => {
            const tokens = names.split(/\s+/u).map((name) => (name ? `c${hash(name)}` : name));
            return `class=${quote}${tokens.join(' ')}${quote}`;
          });
    return loadBytes(new TextEncoder().encode(changed), path, { url, kind: 'html', charset: 'utf-8' });
  }
  const loaded = await loadFile(path, url);
  if (without === 'declared')
    loaded.page.meta = { meta: {}, jsonLd: [], ...(loaded.page.meta.url ? { url: loaded.page.meta.url } : {}) };
  return loaded;
}

const CLASS_ATTRIBUTE = /\bclass\s*=\s*(["'])(.*?)\1/gisu;
const SPACE_BETWEEN_TAGS = />\s+</gu;
/** A name's stand-in: the same name always gets the same one. */
function hash(name: string): string {
  let h = 0;
  for (let i = 0; i < name.length; i++) h = (h * 31 + name.charCodeAt(i)) >>> 0;
  return h.toString(36);
}

export interface Summary {
  pages: number;
  fields: Record<Field, FieldTally>;
  /** Body scores over the pages whose truth has a body. */
  bodyPages: number;
  hanF1: number;
  bigramF1: number;
  readabilityHanF1: number | null;
  below05: string[];
  /** Pages without a body in the truth, and how many of them the extractor said have no article. */
  noBodyPages: number;
  saidNoArticle: number;
  timeRatio: number;
}

export function summarise(results: PageResult[]): Summary {
  const fields = Object.fromEntries(FIELDS.map((field) => [field, emptyTally()])) as Record<Field, FieldTally>;
  for (const result of results) for (const field of FIELDS) fields[field][result.fields[field]]++;
  const bodied = results.filter((r) => r.hanF1 !== null);
  const compared = bodied.filter((r) => r.readabilityHanF1 !== null);
  const noBody = results.filter((r) => r.saidNoArticle !== null);
  return {
    pages: results.length,
    fields,
    bodyPages: bodied.length,
    hanF1: mean(bodied.map((r) => r.hanF1 ?? 0)),
    bigramF1: mean(bodied.map((r) => r.bigramF1 ?? 0)),
    readabilityHanF1: compared.length ? mean(compared.map((r) => r.readabilityHanF1 ?? 0)) : null,
    below05: bodied.filter((r) => (r.hanF1 ?? 0) < 0.5).map((r) => r.id),
    noBodyPages: noBody.length,
    saidNoArticle: noBody.filter((r) => r.saidNoArticle).length,
    timeRatio: results.reduce((a, r) => a + r.oursMs, 0) / (results.reduce((a, r) => a + r.readabilityMs, 0) || 1),
  };
}

const MARK: Record<FieldStatus, string> = {
  right: 'ok',
  partial: '~',
  wrong: 'NO',
  missing: '-',
  invented: '+',
  absent: '.',
};
const percent = (value: number) => `${(100 * value).toFixed(1)} %`;

export function formatSummary(summary: Summary, label: string): string[] {
  const lines = [`${label}: ${summary.pages} pages`];
  lines.push("field      right  partial  wrong  missing  invented   filled (right/stated)   shown but not the page's");
  for (const field of FIELDS) {
    const t = summary.fields[field];
    const shown = t.right + t.partial + t.wrong + t.invented;
    lines.push(
      `${field.padEnd(9)} ${String(t.right).padStart(6)} ${String(t.partial).padStart(8)} ${String(t.wrong).padStart(6)} ` +
        `${String(t.missing).padStart(8)} ${String(t.invented).padStart(9)}   ` +
        `${percent(fillRate(t)).padStart(8)} of ${String(t.right + t.partial + t.wrong + t.missing).padStart(3)}` +
        `          ${String(t.wrong + t.invented).padStart(3)} of ${String(shown).padStart(3)} (${percent(falseRate(t))})`,
    );
  }
  const readability = summary.readabilityHanF1 === null ? '' : `   Readability: ${summary.readabilityHanF1.toFixed(3)}`;
  lines.push(
    `body Han-character F1 (macro, ${summary.bodyPages} pages with a body): ${summary.hanF1.toFixed(3)}${readability}`,
  );
  lines.push(`body character-bigram F1 (macro): ${summary.bigramF1.toFixed(3)}`);
  lines.push(
    `pages with Han F1 < 0.5: ${summary.below05.length}${summary.below05.length ? ` (${summary.below05.join(', ')})` : ''}`,
  );
  if (summary.noBodyPages)
    lines.push(`pages without an article, said so: ${summary.saidNoArticle} of ${summary.noBodyPages}`);
  if (summary.timeRatio)
    lines.push(
      `time, DOM walk + rules ÷ Readability.parse (same documents, parsed as the CLI parses them): ${summary.timeRatio.toFixed(2)}`,
    );
  return lines;
}

async function main(args: string[]): Promise<void> {
  const value = (flag: string) => (args.includes(flag) ? args[args.indexOf(flag) + 1] : undefined);
  const flagValues = new Set(['--only', '--repeat', '--half', '--without'].map(value));
  const dir = resolve(args.find((a) => !a.startsWith('--') && !flagValues.has(a)) ?? CORPUS_DIR);
  const only = value('--only');
  const which = value('--half') as 'dev' | 'check' | undefined;
  const repeat = Number(value('--repeat') ?? 3);
  const compare = !args.includes('--fast');
  const verbose = args.includes('--verbose');
  const without = value('--without') as EvaluateOptions['without'];
  if (without && !['declared', 'classes', 'spaces'].includes(without))
    throw new Error('--without takes declared, classes or spaces');
  const metadata = corpusMetadata(dir);
  let ids = corpusIds(dir).filter((id) => !only || id === only);
  if (which) ids = half(ids, which);
  const results: PageResult[] = [];
  console.log(
    `page${' '.repeat(30)}hanF1  readab  ${FIELDS.map((f) => f.slice(0, 6).padEnd(7)).join('')}  shown (≠ truth marked)`,
  );
  for (const id of ids) {
    const r = await evaluatePage(id, { dir, metadata, compare, repeat, without });
    results.push(r);
    const f1 = (v: number | null) => (v === null ? '  -  ' : v.toFixed(3));
    const differing = FIELDS.filter((f) => r.fields[f] !== 'right' && r.fields[f] !== 'absent')
      .map((f) => `${f}=${r.article[f] ?? '∅'}${r.metadata[f] ? ` (${r.metadata[f]})` : ''}`)
      .join(' | ');
    console.log(
      `${id.padEnd(33)} ${f1(r.hanF1)}  ${f1(r.readabilityHanF1)}  ${FIELDS.map((f) => MARK[r.fields[f]].padEnd(7)).join('')}  ${differing}`,
    );
    if (verbose) for (const p of r.article.paragraphs) console.log(`    [${p.block}] ${p.text.slice(0, 100)}`);
  }
  console.log('');
  for (const line of formatSummary(summarise(results), which ? `${dir} (${which} half)` : dir)) console.log(line);
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop() ?? '')) {
  main(process.argv.slice(2)).catch((error) => {
    console.error(error);
    process.exitCode = 1;
  });
}
