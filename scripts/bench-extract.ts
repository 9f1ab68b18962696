/**
 * `QINGDU_E2E=1 npx wxt build && npx tsx scripts/bench-extract.ts [--repeat N] [--limit N] [--idle-loads N] [--steady-after N]`:
 * extraction time on live pages in Chromium, ours (domToPage + extractArticle, as the content script runs it) against
 * Mozilla Readability (clone + parse, as a live page requires) on the same pages in the same run; then the idle cost
 * of the content script on a page where nothing is enabled (main-thread time from a trace) and its size on disk.
 * Besides the median of warm runs, the first run of each on a fresh page, code cold, as a reader meets it, and the
 * median of runs after N on the page (40 by default, 0 for none), when the engine has optimised the code of both.
 * With `--curve N` (0 by default), each page again fresh: N runs of each extractor in turn, and each run's time as a
 * multiple of that extractor's median over the last 20, averaged over the pages — how fast each warms up.
 * `--without RULE,…` runs our pipeline without the rules named (what those rules cost in the ratio; the article is not
 * the same without them), `--js-flags FLAGS` passes V8 flags to Chromium (how the engine's settings move the ratio; an
 * extension cannot set them). `--against DIR` times our pipeline from another tree of the repository (DIR holds its
 * `src/`, e.g. from `git archive REV src | tar -x -C DIR`) beside this one on each fresh page instead, runs 3 to
 * REPEAT + 2 in turn, and prints this tree's time over the other's; with DIR this very tree, the same figure tells
 * the measurement's own spread.
 * Prints ratios; asserts nothing.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from '../src/cli/io';
import { type ChromiumHarness, EXTENSION_DIR, launchBrowser, REPO_ROOT } from '../tests/e2e/harness';
import { rules } from '../src/core/pipeline';
import { browserBundle } from './browser-bundle';
import { fixturePaths, servedFolderPages } from './served-pages';

const { options } = parseArgs(process.argv.slice(2));
const REPEAT = Number(options.repeat ?? 5);
const LIMIT = Number(options.limit ?? Infinity);
const IDLE_LOADS = Number(options['idle-loads'] ?? 15);
const STEADY_AFTER = Number(options['steady-after'] ?? 40);
const CURVE = Number(options.curve ?? 0);
const WITHOUT = options.without ? String(options.without).split(',') : [];
const JS_FLAGS = options['js-flags'] ? String(options['js-flags']) : null;
const AGAINST = options.against ? String(options.against) : null;
/** The runs of the curve whose multiples are printed (1-based), and how many last runs make the warm median. */
const CURVE_RUNS = [1, 2, 3, 5, 7, 9, 11, 16, 21, 31, 41, 51];
const CURVE_WARM = 20;
/** Runs of each extractor timed after STEADY_AFTER. */
const STEADY_RUNS = 15;

/** One IIFE with both extractors, injected into each page's main world. */
async function bundle(): Promise<string> {
  const unknown = WITHOUT.filter((name) => !rules.some((rule) => rule.name === name));
  if (unknown.length) throw new Error(`--without: no rule named ${unknown.join(', ')}`);
  const entry = `
    import { domToPage } from './src/adapters/dom';
    import { extractArticle, rules as allRules } from './src/core/pipeline';
    import { Readability } from '@mozilla/readability';
    const without = ${JSON.stringify(WITHOUT)};
    const rules = allRules.filter((rule) => !without.includes(rule.name));
    globalThis.qingduBench = {
      ours: () =>
        extractArticle(domToPage(document, document.URL, { computedVisibility: true }).page, rules).paragraphs.length,
      readability: () => (new Readability(document.cloneNode(true)).parse()?.textContent ?? '').length,
      clone: () => document.cloneNode(true).childNodes.length,
      walk: () => domToPage(document, document.URL, { computedVisibility: true }).page.blocks.length,
      walkWithoutLayout: () => domToPage(document, document.URL).page.blocks.length,
      /** How many elements one walk asks the layout whether they are shown, of the elements in the body. */
      visibilityChecks: () => {
        const check = Element.prototype.checkVisibility;
        let asked = 0;
        Element.prototype.checkVisibility = function (options) {
          asked++;
          return check.call(this, options);
        };
        try {
          domToPage(document, document.URL, { computedVisibility: true });
        } finally {
          Element.prototype.checkVisibility = check;
        }
        return [asked, document.body?.getElementsByTagName('*').length ?? 0];
      },
      /** Time in each rule's apply, and the rest of extractArticle (script detection, assembly). */
      perRule: () => {
        const page = domToPage(document, document.URL, { computedVisibility: true }).page;
        const out = {};
        const timed = rules.map((rule) => ({
          ...rule,
          apply: (input) => {
            const start = performance.now();
            const decisions = rule.apply(input);
            out[rule.name] = (out[rule.name] ?? 0) + performance.now() - start;
            return decisions;
          },
        }));
        const start = performance.now();
        extractArticle(page, timed);
        const total = performance.now() - start;
        out['(script, assembly)'] = total - Object.values(out).reduce((a, b) => a + b, 0);
        return out;
      },
    };`;
  return browserBundle(entry);
}

/** Summed over pages: the time in each rule, and in the rest of the pipeline (one run per page; noisy, read as shares). */
const ruleTime = new Map<string, number>();
/** Summed over pages: elements a walk asks the layout about, and elements in the body. */
const visibilityChecks = { asked: 0, elements: 0 };

interface Timing {
  page: string;
  ours: number;
  readability: number;
  clone: number;
  /** domToPage alone, with and without asking the layout which elements are hidden. */
  walk: number;
  walkWithoutLayout: number;
  /** The first run of each on the page, its code cold. */
  firstOurs: number;
  firstReadability: number;
  /** Medians of the runs after STEADY_AFTER (NaN when not measured). */
  steadyOurs: number;
  steadyReadability: number;
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

async function timePage(h: ChromiumHarness, code: string, path: string, readabilityFirst: boolean): Promise<Timing> {
  const page = await h.context.newPage();
  try {
    await page.goto(h.origin + path, { waitUntil: 'load' });
    await page.addScriptTag({ content: code });
    // A string, so the runner reaches the page exactly as written.
    const times = (await page.evaluate(`(() => {
      const bench = globalThis.qingduBench;
      const runs = { ours: [], readability: [], clone: [], walk: [], walkWithoutLayout: [] };
      // The first run on a fresh page, what a reader waits for: each extractor's code and tables are cold. Every
      // other page runs Readability first, so neither always finds the DOM's own code warmed by the other.
      const first = {};
      for (const name of ${readabilityFirst} ? ['readability', 'ours'] : ['ours', 'readability']) {
        const start = performance.now();
        bench[name]();
        first[name] = performance.now() - start;
      }
      for (const name of Object.keys(runs)) bench[name]();
      for (let i = 0; i < ${REPEAT}; i++) {
        for (const name of Object.keys(runs)) {
          const start = performance.now();
          bench[name]();
          runs[name].push(performance.now() - start);
        }
      }
      const mid = (v) => v.sort((a, b) => a - b)[v.length >> 1];
      // Runs until the engine has optimised both extractors' code, then the same runs again.
      const steady = { ours: [], readability: [] };
      if (${STEADY_AFTER} > 0) {
        for (let i = ${REPEAT} + 2; i < ${STEADY_AFTER}; i++) for (const name of Object.keys(steady)) bench[name]();
        for (let i = 0; i < ${STEADY_RUNS}; i++) {
          for (const name of Object.keys(steady)) {
            const start = performance.now();
            bench[name]();
            steady[name].push(performance.now() - start);
          }
        }
      }
      return {
        ...Object.fromEntries(Object.entries(runs).map(([k, v]) => [k, mid(v)])),
        firstOurs: first.ours,
        firstReadability: first.readability,
        steadyOurs: steady.ours.length ? mid(steady.ours) : NaN,
        steadyReadability: steady.readability.length ? mid(steady.readability) : NaN,
      };
    })()`)) as Omit<Timing, 'page'>;
    const perRule = (await page.evaluate('globalThis.qingduBench.perRule()')) as Record<string, number>;
    const [asked, elements] = (await page.evaluate('globalThis.qingduBench.visibilityChecks()')) as [number, number];
    visibilityChecks.asked += asked;
    visibilityChecks.elements += elements;
    for (const [rule, ms] of Object.entries(perRule)) ruleTime.set(rule, (ruleTime.get(rule) ?? 0) + ms);
    return { page: path, ...times };
  } finally {
    await page.close();
  }
}

/** On a fresh page, `runs` runs of each extractor in turn: each run's time over the extractor's median of the last ones. */
async function warmUpCurve(h: ChromiumHarness, code: string, path: string, runs: number) {
  const page = await h.context.newPage();
  try {
    await page.goto(h.origin + path, { waitUntil: 'load' });
    await page.addScriptTag({ content: code });
    return (await page.evaluate(`(() => {
      const bench = globalThis.qingduBench;
      const times = { ours: [], readability: [] };
      for (let i = 0; i < ${runs}; i++) {
        for (const name of Object.keys(times)) {
          const start = performance.now();
          bench[name]();
          times[name].push(performance.now() - start);
        }
      }
      const warm = (v) => Math.max(0.05, [...v.slice(-${CURVE_WARM})].sort((a, b) => a - b)[${CURVE_WARM} >> 1]);
      return Object.fromEntries(Object.entries(times).map(([k, v]) => [k, v.map((t) => t / warm(v))]));
    })()`)) as Record<'ours' | 'readability', number[]>;
  } finally {
    await page.close();
  }
}

/** Main-thread time the content script takes on an idle page: trace events attributed to its URL. */
export async function idleCost(h: ChromiumHarness, path: string): Promise<number> {
  const page = await h.context.newPage();
  const cdp = await h.context.newCDPSession(page);
  const events: { name: string; dur?: number; ph: string; args?: { data?: { url?: string; scriptName?: string } } }[] =
    [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as typeof events)));
  await cdp.send('Tracing.start', {
    categories: 'devtools.timeline,disabled-by-default-devtools.timeline,v8',
    transferMode: 'ReportEvents',
  } as never);
  await page.goto(h.origin + path, { waitUntil: 'load' });
  await page.waitForTimeout(500);
  const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.end');
  await done;
  await page.close();
  const script = `chrome-extension://${h.extensionId}/content-listener.js`;
  const ours = (e: (typeof events)[number]) => e.args?.data?.url === script || e.args?.data?.scriptName === script;
  // Top-level events only: evaluating the script (compiling it is nested inside) and callbacks into it.
  const total = events
    .filter((e) => e.ph === 'X' && ours(e) && ['EvaluateScript', 'FunctionCall'].includes(e.name))
    .reduce((sum, e) => sum + (e.dur ?? 0), 0);
  if (process.env.BENCH_DEBUG) for (const e of events.filter(ours)) console.log(e.name, e.ph, e.dur);
  return total / 1000;
}

/** Our extraction as one IIFE from the tree at `root`, installed as `globalThis[name]`. */
function treeBundle(root: string, name: string): Promise<string> {
  return browserBundle(
    `import { domToPage } from './src/adapters/dom';
    import { extractArticle } from './src/core/pipeline';
    globalThis.${name} = () =>
      extractArticle(domToPage(document, document.URL, { computedVisibility: true }).page).paragraphs.length;`,
    root,
  );
}

/** This tree's extraction over another's on the same fresh pages: each injected first and run first on every other page. */
async function compareTrees(h: ChromiumHarness, paths: string[], other: string): Promise<void> {
  const code = { ours: await treeBundle(REPO_ROOT, 'qingduThis'), theirs: await treeBundle(other, 'qingduOther') };
  const ratios: number[] = [];
  let summed = { ours: 0, theirs: 0 };
  for (const [index, path] of paths.entries()) {
    const page = await h.context.newPage();
    try {
      await page.goto(h.origin + path, { waitUntil: 'load' });
      const order = index % 2 ? (['theirs', 'ours'] as const) : (['ours', 'theirs'] as const);
      for (const tree of order) await page.addScriptTag({ content: code[tree] });
      const [ours, theirs] = (await page.evaluate(`(() => {
        const runs = { qingduThis: [], qingduOther: [] };
        const order = ${index % 2} ? ['qingduOther', 'qingduThis'] : ['qingduThis', 'qingduOther'];
        for (let i = 0; i < 2; i++) for (const name of order) globalThis[name]();
        for (let i = 0; i < ${REPEAT}; i++) {
          for (const name of order) {
            const start = performance.now();
            globalThis[name]();
            runs[name].push(performance.now() - start);
          }
        }
        const mid = (v) => v.sort((a, b) => a - b)[v.length >> 1];
        return [mid(runs.qingduThis), mid(runs.qingduOther)];
      })()`)) as [number, number];
      summed = { ours: summed.ours + ours, theirs: summed.theirs + theirs };
      if (theirs > 0) ratios.push(ours / theirs);
    } finally {
      await page.close();
    }
  }
  console.log(`this tree against ${other}, ${ratios.length} pages, runs 3–${REPEAT + 2} on each fresh page:`);
  console.log(
    `median per-page ratio ${median(ratios).toFixed(3)}×; summed ${summed.ours.toFixed(0)} ms against ${summed.theirs.toFixed(0)} ms (${(summed.ours / summed.theirs).toFixed(3)}×)`,
  );
}

async function main(): Promise<void> {
  const code = await bundle();
  if (WITHOUT.length) console.log(`our pipeline without: ${WITHOUT.join(', ')}`);
  if (JS_FLAGS) console.log(`V8 flags: ${JS_FLAGS}`);
  const h = await launchBrowser(JS_FLAGS ? { args: [`--js-flags=${JS_FLAGS}`] } : {});
  try {
    const corpus = await servedFolderPages(h.server, join(REPO_ROOT, 'tests/corpus'), {
      prefix: 'ia-',
      under: '/corpus',
    });
    const paths = [...corpus.map((page) => page.path), ...fixturePaths(['seeds', 'live'])];
    if (AGAINST) return await compareTrees(h, paths.slice(0, LIMIT), AGAINST);
    const timings: Timing[] = [];
    for (const [index, path] of paths.slice(0, LIMIT).entries()) {
      try {
        const t = await timePage(h, code, path, index % 2 === 1);
        timings.push(t);
        console.log(
          `${path.padEnd(40)} ours ${t.ours.toFixed(2).padStart(7)} ms  readability ${t.readability.toFixed(2).padStart(7)} ms  (clone ${t.clone.toFixed(2)} ms)  ratio ${(t.ours / t.readability).toFixed(2)}`,
        );
      } catch (error) {
        console.log(`${path}: skipped (${String(error).split('\n')[0]})`);
      }
    }
    const ratios = timings.map((t) => t.ours / t.readability);
    const parseOnly = timings.map((t) => t.ours / Math.max(0.01, t.readability - t.clone));
    console.log(`\npages: ${timings.length}, ${REPEAT} runs each (median per page)`);
    console.log(`median ratio ours / Readability (clone + parse): ${median(ratios).toFixed(2)}×`);
    console.log(
      `median ratio ours / Readability (parse only, clone time subtracted): ${median(parseOnly).toFixed(2)}×`,
    );
    console.log(
      `first run on a fresh page, median ratio ours / Readability: ${median(timings.map((t) => t.firstOurs / t.firstReadability)).toFixed(2)}× (median ours ${median(timings.map((t) => t.firstOurs)).toFixed(1)} ms, Readability ${median(timings.map((t) => t.firstReadability)).toFixed(1)} ms)`,
    );
    if (STEADY_AFTER > 0) {
      console.log(
        `after ${STEADY_AFTER} runs on each page, both extractors' code optimised, median ratio ours / Readability: ${median(timings.map((t) => t.steadyOurs / t.steadyReadability)).toFixed(2)}× (summed: ours ${timings.reduce((s, t) => s + t.steadyOurs, 0).toFixed(0)} ms, Readability ${timings.reduce((s, t) => s + t.steadyReadability, 0).toFixed(0)} ms)`,
      );
    }
    const share = (f: (t: Timing) => number) => median(timings.map((t) => f(t) / t.ours));
    console.log(
      `share of our time in the DOM walk: ${(share((t) => t.walk) * 100).toFixed(0)}% (without layout visibility checks the walk takes ${(share((t) => t.walkWithoutLayout) * 100).toFixed(0)}% of our time)`,
    );
    console.log(
      `layout visibility checks, one walk per page, summed: ${visibilityChecks.asked} of ${visibilityChecks.elements} elements`,
    );
    const ruleTotal = [...ruleTime.values()].reduce((a, b) => a + Math.max(0, b), 0);
    console.log(
      `pipeline time by rule (one run per page, summed): ${[...ruleTime]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 6)
        .map(([r, ms]) => `${r} ${((Math.max(0, ms) / ruleTotal) * 100).toFixed(0)}%`)
        .join(', ')}`,
    );
    console.log(
      `total: ours ${timings.reduce((s, t) => s + t.ours, 0).toFixed(0)} ms, Readability ${timings.reduce((s, t) => s + t.readability, 0).toFixed(0)} ms`,
    );
    if (CURVE > CURVE_WARM) {
      const sums = { ours: new Array<number>(CURVE).fill(0), readability: new Array<number>(CURVE).fill(0) };
      const curvePaths = paths.slice(0, LIMIT);
      for (const path of curvePaths) {
        const curve = await warmUpCurve(h, code, path, CURVE);
        for (const name of ['ours', 'readability'] as const) {
          curve[name].forEach((multiple, run) => {
            sums[name][run]! += multiple;
          });
        }
      }
      const shown = CURVE_RUNS.filter((run) => run <= CURVE);
      console.log(
        `\nrun by run, time as a multiple of the median of the last ${CURVE_WARM} of ${CURVE} runs (mean over ${curvePaths.length} pages):`,
      );
      console.log(`  run          ${shown.map((run) => String(run).padStart(6)).join('')}`);
      for (const name of ['ours', 'readability'] as const)
        console.log(
          `  ${name.padEnd(12)} ${shown.map((run) => (sums[name][run - 1]! / curvePaths.length).toFixed(2).padStart(6)).join('')}`,
        );
    }
  } finally {
    await h.close();
  }
  // Idle cost: what the content script costs on a page where nothing is enabled once it is there (the shipped build
  // declares it nowhere; it is injected when the reader acts on a tab, or registered for sites with a rule). Each
  // variant is a copy of the build whose manifest declares content-listener.js for every page; two baselines run in
  // the same run, loads alternating: an empty script (what any content script pays), and one that only does what
  // ours must (listen for messages, read the settings once) — the API bindings those calls instantiate.
  const variants: Record<string, string | null> = {
    ours: null,
    'listen + one storage read':
      "chrome.runtime.onMessage.addListener(() => {}); chrome.storage.local.get('settings', () => {});",
    'empty content script': '(function(){})();',
  };
  const harnesses: [string, ChromiumHarness, string][] = [];
  const idle = new Map<string, number[]>();
  try {
    for (const [name, code] of IDLE_LOADS > 0 ? Object.entries(variants) : []) {
      const dir = mkdtempSync(join(tmpdir(), 'qingdu-idle-'));
      cpSync(EXTENSION_DIR, dir, { recursive: true });
      if (code !== null) writeFileSync(join(dir, 'content-listener.js'), code);
      const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
      manifest.content_scripts = [{ matches: ['<all_urls>'], js: ['content-listener.js'] }];
      writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
      harnesses.push([name, await launchBrowser({ extensionDir: dir }), dir]);
      idle.set(name, []);
    }
    for (let i = 0; i < IDLE_LOADS; i++) {
      for (const [name, harness] of harnesses)
        idle.get(name)!.push(await idleCost(harness, '/fixtures/live/lazy-article.html'));
    }
  } finally {
    for (const [, harness, dir] of harnesses) {
      await harness.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }
  if (IDLE_LOADS > 0) {
    console.log(
      `\ncontent script main-thread time on an idle page (evaluation + its callbacks), ${IDLE_LOADS} loads each:`,
    );
    for (const [name, times] of idle)
      console.log(
        `  ${name.padEnd(28)} median ${median(times).toFixed(2)} ms, best ${Math.min(...times).toFixed(2)} ms`,
      );
  }
  const size = statSync(join(EXTENSION_DIR, 'content-listener.js')).size;
  const engine = statSync(join(EXTENSION_DIR, 'page-engine.js')).size;
  console.log(
    `content script: ${(size / 1024).toFixed(1)} KB; page engine (injected on first use): ${(engine / 1024).toFixed(1)} KB`,
  );
}

if (process.argv[1]?.endsWith('bench-extract.ts')) await main();
