/**
 * Per-page expectations, whole-article snapshots for changes that must change nothing, and rule timings, over every
 * page in tests/tools/pages.ts (corpus pages, seed texts, seed HTML fixtures), each loaded as the CLI loads it.
 *
 * `npm run pages:update [-- ID…]`: writes tests/pages/<id>/expected.json (what a reader sees of the page) for every
 * page, or for the pages named, and prints how each changed; folders of pages that no longer exist are removed.
 * tests/pages.test.ts compares every page with its file.
 *
 * `npx tsx tests/tools/snapshot-articles.ts write FILE`: the whole Article of every page, with the Page it was
 * extracted from, written to FILE.
 *
 * `npx tsx tests/tools/snapshot-articles.ts compare FILE`: extracts again and prints every field that differs, twice:
 * from the stored Pages (differences there come from the rules) and from the files (the adapters too).
 * Exits 1 when anything differs.
 *
 * `npx tsx tests/tools/snapshot-articles.ts time [--repeat N] [--against DIR] [--worst RULE] [--only ID]`: milliseconds
 * spent in each rule's apply over those pages (or the ones whose id holds ID), and with `--worst` the pages where
 * RULE is slowest. With `--against DIR` (a copy of an earlier src/), both rule sets run in the same process on the
 * same Pages, page by page in alternating order, and the ratio new / old is printed per rule.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Article, Page, Rule } from '../../src/core/article';
import { parseArgs } from '../../src/cli/io';
import { extractArticle, rules } from '../../src/core/pipeline';
import {
  differences,
  expectationJson,
  expectationOf,
  expectedPath,
  loadPage,
  PAGES_DIR,
  pageEntries,
  readExpected,
  report,
} from './pages';

type Snapshot = Record<string, { page: Page; article: Article }>;

/** The article as JSON gives it back (undefined fields dropped), so stored and fresh compare alike. */
function plain(article: Article): Article {
  return JSON.parse(JSON.stringify(article));
}

async function loadAll(): Promise<Map<string, Page>> {
  const pages = new Map<string, Page>();
  for (const entry of pageEntries()) pages.set(entry.id, await loadPage(entry));
  return pages;
}

/** Writes the expected file of every page, or of those named, saying what changed in each. */
async function update(ids: string[]): Promise<boolean> {
  const entries = pageEntries();
  const known = new Set(entries.map((entry) => entry.id));
  const unknown = ids.filter((id) => !known.has(id));
  if (unknown.length > 0) {
    console.error(`no such page: ${unknown.join(', ')}`);
    return false;
  }
  let written = 0;
  for (const entry of entries.filter((e) => ids.length === 0 || ids.includes(e.id))) {
    const fresh = expectationOf(entry, extractArticle(await loadPage(entry)));
    const stored = readExpected(entry.id);
    const lines = stored ? differences(stored, fresh) : ['new'];
    if (stored && lines.length === 0 && readFileSync(expectedPath(entry.id), 'utf8') === expectationJson(fresh))
      continue;
    written++;
    console.log(`${entry.id}:\n${report(lines)}`);
    mkdirSync(dirname(expectedPath(entry.id)), { recursive: true });
    writeFileSync(expectedPath(entry.id), expectationJson(fresh));
  }
  if (ids.length === 0 && existsSync(PAGES_DIR)) {
    for (const id of readdirSync(PAGES_DIR).filter((name) => !known.has(name))) {
      rmSync(join(PAGES_DIR, id), { recursive: true });
      console.log(`${id}: removed (no such page)`);
    }
  }
  console.log(`${written} of ${ids.length || entries.length} expected files written`);
  return true;
}

/** Field-by-field differences, one line each. */
function articleDifferences(name: string, before: Article, after: Article): string[] {
  const out: string[] = [];
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]) as Set<keyof typeof before>;
  for (const key of keys) {
    const a = JSON.stringify(before[key]);
    const b = JSON.stringify(after[key]);
    if (a !== b) out.push(`${name} ${String(key)}:\n  before ${a.slice(0, 300)}\n  after  ${b.slice(0, 300)}`);
  }
  return out;
}

async function write(file: string): Promise<void> {
  const snapshot: Snapshot = {};
  for (const [name, page] of await loadAll()) snapshot[name] = { page, article: plain(extractArticle(page)) };
  writeFileSync(file, JSON.stringify(snapshot));
  console.log(`${Object.keys(snapshot).length} pages written to ${file}`);
}

async function compare(file: string): Promise<boolean> {
  const snapshot = JSON.parse(readFileSync(file, 'utf8')) as Snapshot;
  const fresh = await loadAll();
  const fromPages: string[] = [];
  const fromFiles: string[] = [];
  for (const [name, { page, article }] of Object.entries(snapshot)) {
    fromPages.push(...articleDifferences(name, article, plain(extractArticle(page))));
    const loaded = fresh.get(name);
    if (!loaded) fromFiles.push(`${name}: no longer found`);
    else fromFiles.push(...articleDifferences(name, article, plain(extractArticle(loaded))));
  }
  for (const name of fresh.keys()) if (!(name in snapshot)) fromFiles.push(`${name}: not in the snapshot`);
  const count = Object.keys(snapshot).length;
  console.log(`from stored pages: ${fromPages.length} differences over ${count} pages`);
  for (const line of fromPages) console.log(line);
  console.log(`from the files: ${fromFiles.length} differences over ${count} pages`);
  for (const line of fromFiles) console.log(line);
  return fromPages.length === 0 && fromFiles.length === 0;
}

/** A copy of the rules whose apply records its time in `times` (rule name → ms of the current call). */
function timedRules(ruleList: readonly Rule[], times: Map<string, number>): Rule[] {
  return ruleList.map((rule) => ({
    ...rule,
    apply: (input) => {
      const start = performance.now();
      const decisions = rule.apply(input);
      times.set(rule.name, (times.get(rule.name) ?? 0) + performance.now() - start);
      return decisions;
    },
  }));
}

/**
 * Per rule, the sum over pages of its fastest time on that page (the minimum over runs is what the code costs;
 * the rest is the machine: garbage collection, other processes).
 */
async function time(
  repeat: number,
  against: string | undefined,
  worst: string | undefined,
  only: string | undefined,
): Promise<void> {
  const named = [...(await loadAll())].filter(([name]) => only === undefined || name.includes(only));
  const sets: { label: string; extract: typeof extractArticle; rules: readonly Rule[] }[] = [];
  if (against) {
    const old = (await import(join(resolve(against), 'pipeline.ts'))) as typeof import('../../src/core/pipeline');
    sets.push({ label: 'before', extract: old.extractArticle, rules: old.rules });
  }
  sets.push({ label: against ? 'after' : 'ms', extract: extractArticle, rules });
  const call = new Map<string, number>();
  const timed = sets.map((set) => timedRules(set.rules, call));
  /** best[set][page] → rule → fastest ms. */
  const best = sets.map(() => named.map(() => new Map<string, number>()));
  for (let r = 0; r <= repeat; r++) {
    named.forEach(([, page], p) => {
      // Alternate the order so both sets see the same machine load; run 0 only warms up.
      for (const k of r % 2 ? [...sets.keys()].reverse() : [...sets.keys()]) {
        call.clear();
        sets[k]!.extract(page, timed[k]);
        if (r === 0) continue;
        for (const [rule, ms] of call) best[k]![p]!.set(rule, Math.min(best[k]![p]!.get(rule) ?? Infinity, ms));
      }
    });
  }
  const sum = (k: number, rule: string) => best[k]!.reduce((total, page) => total + (page.get(rule) ?? 0), 0);
  const names = [...new Set(sets.flatMap((set) => set.rules.map((rule) => rule.name)))];
  const last = sets.length - 1;
  names.sort((a, b) => sum(last, b) - sum(last, a));
  console.log(`${named.length} pages, fastest of ${repeat} runs per page, summed over pages (ms)`);
  console.log(`${'rule'.padEnd(20)}${sets.map((s) => s.label.padStart(10)).join('')}${against ? '     ratio' : ''}`);
  const row = (name: string, values: number[]) =>
    `${name.padEnd(20)}${values.map((v) => v.toFixed(2).padStart(10)).join('')}${against ? `${(values[1]! / values[0]!).toFixed(2).padStart(9)}×` : ''}`;
  for (const name of names)
    console.log(
      row(
        name,
        sets.map((_, k) => sum(k, name)),
      ),
    );
  console.log(
    row(
      '(all rules)',
      sets.map((_, k) => names.reduce((total, name) => total + sum(k, name), 0)),
    ),
  );
  if (worst) {
    console.log(`\nslowest pages for ${worst}:`);
    const pages = named.map(([name], p) => ({ name, values: sets.map((_, k) => best[k]![p]!.get(worst) ?? 0) }));
    pages.sort((a, b) => b.values[last]! - a.values[last]!);
    for (const { name, values } of pages.slice(0, 10)) console.log(row(name.slice(-20), values));
  }
}

const { positional, options } = parseArgs(process.argv.slice(2));
const [command, file] = positional;
if (command === 'update') process.exitCode = (await update(positional.slice(1))) ? 0 : 1;
else if (command === 'write' && file) await write(file);
else if (command === 'compare' && file) process.exitCode = (await compare(file)) ? 0 : 1;
else if (command === 'time')
  await time(
    Number(options.repeat ?? 5),
    options.against as string | undefined,
    options.worst as string | undefined,
    options.only as string | undefined,
  );
else {
  console.error(
    'usage: snapshot-articles.ts update [ID…] | write FILE | compare FILE | time [--repeat N] [--against DIR] [--worst RULE] [--only ID]',
  );
  process.exitCode = 2;
}
