/**
 * Page conversion speed in Chromium: Qingdu's DomConverter against opencc-js's HTMLConverter on the same generated
 * page (10,000+ nodes), same browser, same run; convert and restore, each followed by a forced relayout. Both use
 * the same OpenCC dictionaries and a converter built beforehand, so the comparison is of the page work.
 * Beside them, oracles that do no conversion at all: the text Qingdu writes is taken before the clock starts and a
 * timed step only writes it (and the root's lang), in several ways, so the table shows the best any converter that
 * writes the text and sets lang could do, and which ways of writing the browser relays out faster.
 * Then where the simplified→traditional dictionary should live: the cost of building it in a tab, against the
 * real extension converting the page through the background (first request builds it there, later ones reuse it).
 *
 *   QINGDU_E2E=1 npx wxt build && npx tsx scripts/bench-convert.ts [--paragraphs 1500] [--rounds 9]
 *
 * (The page-side contestants are bundled from src/ here; the build is the extension of the last part.)
 * Prints medians and ratios; asserts nothing about time.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import type { CDPSession, Page } from 'playwright-core';
import { parseArgs } from '../src/cli/io';
import { launchBrowser, REPO_ROOT } from '../tests/e2e/harness';
import { generatedNewsPage } from './generated-page';

const { options } = parseArgs(process.argv.slice(2));
const PARAGRAPHS = Number(options.paragraphs ?? 1500);
const ROUNDS = Number(options.rounds ?? 9);

/** Qingdu's page converter and engine, bundled for the page (the extension runs the same modules). */
async function qingduBundle(): Promise<string> {
  const result = await build({
    stdin: {
      contents: `
        import { DomConverter } from './src/extension/page/convert-dom';
        import { loadConverter } from './src/convert/opencc';
        globalThis.qingduBench = { DomConverter, loadConverter };`,
      resolveDir: REPO_ROOT,
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    write: false,
    charset: 'utf8',
    platform: 'browser',
  });
  return result.outputFiles[0]!.text;
}

const loadAverage = () =>
  loadavg()
    .map((x) => x.toFixed(1))
    .join(' ');
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** One timed step: the step's script time, then the whole step including the forced relayout. */
interface Step {
  total: number;
  script: number;
  /** Chromium's own style and layout time in the step (CDP Performance.getMetrics). */
  style: number;
  layout: number;
  /** The page's main-thread CPU time over the step (CDP ThreadTime): less swayed by other processes than wall time. */
  cpu: number;
}
interface Round {
  convert: Step;
  restore: Step;
}

/**
 * The contestants, installed in the page. Each converts the page to traditional and restores it, one step per call.
 * The oracles do no conversion work: the strings Qingdu writes are taken before the clock starts, and a timed step
 * only writes them (and the lang Qingdu writes), so they show what the browser charges for the writes alone.
 */
function installContestants(): string[] {
  type Edit = [offset: number, count: number, text: string];
  /** One text node's change, and the same change as edits of only what differs (all worked out before timing). */
  type Write = {
    node: Text;
    before: string;
    after: string;
    forward: Edit;
    back: Edit;
    forwardStretches: Edit[];
    backStretches: Edit[];
  };
  type LangWrite = { element: Element; before: string | null; after: string | null };
  const w = window as unknown as {
    OpenCC: any;
    benchConverter: (s: string) => string;
    qingduBench: any;
    qingduConverter: (pieces: string[]) => string[];
    bench: Record<string, { convert: () => unknown; restore: () => unknown }>;
    benchPrepare: () => Promise<{ writes: number; langs: number }>;
  };
  let writes: Write[] = [];
  let langs: LangWrite[] = [];
  const textNodes = () => {
    const walker = document.createTreeWalker(document, NodeFilter.SHOW_TEXT);
    const nodes: Text[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
    return nodes;
  };
  w.benchPrepare = async () => {
    const nodes = textNodes();
    const before = nodes.map((node) => node.data);
    const elements = [...document.querySelectorAll('*')];
    const langsBefore = elements.map((element) => element.getAttribute('lang'));
    const converter = new w.qingduBench.DomConverter(document, {
      to: 'hant',
      convert: async (blocks: string[][]) => blocks.map(w.qingduConverter),
    });
    await converter.start();
    writes = nodes.flatMap((node, i) => {
      const [from, to] = [before[i]!, node.data];
      if (from === to) return [];
      return [
        {
          node,
          before: from,
          after: to,
          forward: trimmed(from, to),
          back: trimmed(to, from),
          forwardStretches: stretches(from, to),
          backStretches: stretches(to, from),
        },
      ];
    });
    langs = elements.flatMap((element, i) => {
      const after = element.getAttribute('lang');
      return after === langsBefore[i] ? [] : [{ element, before: langsBefore[i] ?? null, after }];
    });
    converter.stop();
    return { writes: writes.length, langs: langs.length };
  };
  const setLang = (element: Element, lang: string | null) =>
    lang === null ? element.removeAttribute('lang') : element.setAttribute('lang', lang);
  /** The changed stretch of `from` → `to`: [offset, count in from, replacement]. */
  const trimmed = (from: string, to: string): Edit => {
    let start = 0;
    while (start < from.length && start < to.length && from[start] === to[start]) start++;
    let end = 0;
    while (
      end < from.length - start &&
      end < to.length - start &&
      from[from.length - 1 - end] === to[to.length - 1 - end]
    )
      end++;
    return [start, from.length - start - end, to.slice(start, to.length - end)];
  };
  /** Every changed stretch, last first (offsets stay valid); one stretch when the lengths differ. */
  const stretches = (from: string, to: string): Edit[] => {
    if (from.length !== to.length) return [trimmed(from, to)];
    const out: Edit[] = [];
    for (let i = 0; i < from.length; ) {
      if (from[i] === to[i]) {
        i++;
        continue;
      }
      let j = i;
      while (j < from.length && from[j] !== to[j]) j++;
      out.push([i, j - i, to.slice(i, j)]);
      i = j;
    }
    return out.reverse();
  };
  let handler: any = null;
  let qingdu: any = null;
  w.bench = {
    'opencc-js HTMLConverter': {
      convert: () => {
        handler = w.OpenCC.HTMLConverter(w.benchConverter, document.documentElement, 'zh-CN', 'zh-TW');
        handler.convert();
      },
      restore: () => handler.restore(),
    },
    'Qingdu DomConverter': {
      convert: () => {
        qingdu = new w.qingduBench.DomConverter(document, {
          to: 'hant',
          convert: async (blocks: string[][]) => blocks.map(w.qingduConverter),
        });
        return qingdu.start();
      },
      restore: () => qingdu.stop(),
    },
    'oracle: node.data, lang': {
      convert: () => {
        for (const { node, after } of writes) node.data = after;
        for (const { element, after } of langs) setLang(element, after);
      },
      restore: () => {
        for (const { node, before } of writes) node.data = before;
        for (const { element, before } of langs) setLang(element, before);
      },
    },
    'oracle: lang, then node.data': {
      convert: () => {
        for (const { element, after } of langs) setLang(element, after);
        for (const { node, after } of writes) node.data = after;
      },
      restore: () => {
        for (const { element, before } of langs) setLang(element, before);
        for (const { node, before } of writes) node.data = before;
      },
    },
    'oracle: replaceData, lang': {
      convert: () => {
        for (const { node, forward } of writes) node.replaceData(...forward);
        for (const { element, after } of langs) setLang(element, after);
      },
      restore: () => {
        for (const { node, back } of writes) node.replaceData(...back);
        for (const { element, before } of langs) setLang(element, before);
      },
    },
    'oracle: replaceData/stretch': {
      convert: () => {
        for (const { node, forwardStretches } of writes) for (const edit of forwardStretches) node.replaceData(...edit);
        for (const { element, after } of langs) setLang(element, after);
      },
      restore: () => {
        for (const { node, backStretches } of writes) for (const edit of backStretches) node.replaceData(...edit);
        for (const { element, before } of langs) setLang(element, before);
      },
    },
    'oracle: node.data, no lang': {
      convert: () => {
        for (const { node, after } of writes) node.data = after;
      },
      restore: () => {
        for (const { node, before } of writes) node.data = before;
      },
    },
    'oracle: replaceData, no lang': {
      convert: () => {
        for (const { node, forward } of writes) node.replaceData(...forward);
      },
      restore: () => {
        for (const { node, back } of writes) node.replaceData(...back);
      },
    },
    'oracle: lang only': {
      convert: () => {
        for (const { element, after } of langs) setLang(element, after);
      },
      restore: () => {
        for (const { element, before } of langs) setLang(element, before);
      },
    },
  };
  return Object.keys(w.bench);
}

/** Runs one step of a contestant in the page and times it, with Chromium's style and layout time around it. */
async function timeStep(page: Page, cdp: CDPSession, name: string, phase: 'convert' | 'restore'): Promise<Step> {
  const metrics = async () => {
    const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
    const get = (key: string) => metrics.find((m) => m.name === key)?.value ?? 0;
    return {
      style: get('RecalcStyleDuration') * 1000,
      layout: get('LayoutDuration') * 1000,
      cpu: get('ThreadTime') * 1000,
    };
  };
  const before = await metrics();
  const timed = await page.evaluate(
    async ({ name, phase }) => {
      const w = window as unknown as { bench: Record<string, Record<string, () => unknown>> };
      const t0 = performance.now();
      await w.bench[name]![phase]!();
      const s = performance.now();
      void document.body.offsetHeight;
      return { total: performance.now() - t0, script: s - t0 };
    },
    { name, phase },
  );
  const after = await metrics();
  return {
    ...timed,
    style: after.style - before.style,
    layout: after.layout - before.layout,
    cpu: after.cpu - before.cpu,
  };
}

async function main(): Promise<void> {
  const html = generatedNewsPage(PARAGRAPHS, { bodyLang: true });
  const opencc = readFileSync(join(REPO_ROOT, 'node_modules/opencc-js/dist/umd/full.js'), 'utf8');
  const bundle = await qingduBundle();
  const served = mkdtempSync(join(tmpdir(), 'qingdu-bench-'));
  mkdirSync(join(served, 'bench'));
  writeFileSync(join(served, 'bench/page.html'), html);
  const h = await launchBrowser({ servedRoot: served });
  try {
    const { page, tabId } = await h.openPage('/bench/page.html');
    // tsx names functions with a helper the page does not have.
    await page.addScriptTag({ content: 'window.__name = (f) => f;' });
    const nodes = await page.evaluate(
      () =>
        document.querySelectorAll('*').length +
        document.evaluate('count(//text())', document, null, 1, null).numberValue,
    );
    console.log(
      `page: ${PARAGRAPHS} paragraphs, ${nodes} nodes (elements + text); Chromium headless; ${ROUNDS} rounds, medians; load average ${loadAverage()}\n`,
    );

    // Per-tab option: what a tab pays to hold the s→t dictionary itself (script parse + trie build).
    const t0 = await page.evaluate(() => performance.now());
    await page.addScriptTag({ content: bundle });
    const t1 = await page.evaluate(() => performance.now());
    const build = await page.evaluate(async () => {
      const w = window as unknown as { qingduBench: any; qingduConverter: unknown };
      const start = performance.now();
      w.qingduConverter = await w.qingduBench.loadConverter('hans', 'hant');
      return performance.now() - start;
    });
    await page.addScriptTag({ content: opencc });
    await page.evaluate(() => {
      const w = window as unknown as { OpenCC: any; benchConverter: unknown };
      w.benchConverter = w.OpenCC.Converter({ from: 'cn', to: 't' });
    });
    console.log(
      `per-tab dictionary (s2t): load+parse bundle ${(t1 - t0).toFixed(0)} ms (incl. one CDP round trip), trie build ${build.toFixed(0)} ms`,
    );

    const names = await page.evaluate(installContestants);
    const prepared = await page.evaluate(() =>
      (window as unknown as { benchPrepare: () => Promise<unknown> }).benchPrepare(),
    );
    console.log(`oracle writes (taken from Qingdu's own conversion before timing): ${JSON.stringify(prepared)}`);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    const initial = await page.evaluate(() => document.documentElement.outerHTML);
    const rounds = new Map<string, Round[]>(names.map((name) => [name, []]));
    const inexact = new Set<string>();
    for (let i = 0; i < ROUNDS; i++) {
      // Each round starts one contestant later, so none always follows the same one (and its garbage).
      for (const name of [...names.slice(i % names.length), ...names.slice(0, i % names.length)]) {
        const convert = await timeStep(page, cdp, name, 'convert');
        const restore = await timeStep(page, cdp, name, 'restore');
        rounds.get(name)!.push({ convert, restore });
        if ((await page.evaluate(() => document.documentElement.outerHTML)) !== initial) inexact.add(name);
      }
    }
    const reference = rounds.get(names[0]!)!;
    const med = (rs: Round[], f: (r: Round) => number) => median(rs.map(f));
    const ms = (x: number) => x.toFixed(0).padStart(5);
    const ratio = (rs: Round[], f: (r: Round) => number) =>
      `${(med(reference, f) / med(rs, f)).toFixed(2)}×`.padStart(6);
    const total = (r: Round) => r.convert.total + r.restore.total;
    console.log(
      '\nsimplified → traditional (s2t), forced relayout after each step; ms are medians, ratios are opencc-js / contestant (higher: faster)',
    );
    console.log(
      `${''.padEnd(30)} ${'convert'.padStart(15)} ${'restore'.padStart(15)} ${'total'.padStart(15)}   script c/r   style c/r   layout c/r (CDP)`,
    );
    for (const [name, rs] of rounds) {
      console.log(
        `${name.padEnd(30)} ${ms(med(rs, (r) => r.convert.total))} ${ratio(rs, (r) => r.convert.total)}   ${ms(med(rs, (r) => r.restore.total))} ${ratio(rs, (r) => r.restore.total)}   ${ms(med(rs, total))} ${ratio(rs, total)}` +
          `   ${ms(med(rs, (r) => r.convert.script))}/${ms(med(rs, (r) => r.restore.script))}` +
          ` ${ms(med(rs, (r) => r.convert.style))}/${ms(med(rs, (r) => r.restore.style))}` +
          ` ${ms(med(rs, (r) => r.convert.layout))}/${ms(med(rs, (r) => r.restore.layout))}`,
      );
    }
    const cpu = (r: Round) => r.convert.cpu + r.restore.cpu;
    console.log('\nthe same rounds in main-thread CPU time (ms, medians; ratios opencc-js / contestant)');
    console.log(`${''.padEnd(30)} ${'convert'.padStart(15)} ${'restore'.padStart(15)} ${'total'.padStart(15)}`);
    for (const [name, rs] of rounds) {
      console.log(
        `${name.padEnd(30)} ${ms(med(rs, (r) => r.convert.cpu))} ${ratio(rs, (r) => r.convert.cpu)}   ${ms(med(rs, (r) => r.restore.cpu))} ${ratio(rs, (r) => r.restore.cpu)}   ${ms(med(rs, cpu))} ${ratio(rs, cpu)}`,
      );
    }
    const best = (rs: Round[], f: (r: Round) => number) => Math.min(...rs.map(f));
    const bestRatio = (rs: Round[], f: (r: Round) => number) =>
      `${(best(reference, f) / best(rs, f)).toFixed(2)}×`.padStart(6);
    console.log('\nthe same rounds, fastest round of each (wall ms; the round least disturbed by other processes)');
    console.log(`${''.padEnd(30)} ${'convert'.padStart(15)} ${'restore'.padStart(15)} ${'total'.padStart(15)}`);
    for (const [name, rs] of rounds) {
      console.log(
        `${name.padEnd(30)} ${ms(best(rs, (r) => r.convert.total))} ${bestRatio(rs, (r) => r.convert.total)}   ${ms(best(rs, (r) => r.restore.total))} ${bestRatio(rs, (r) => r.restore.total)}   ${ms(best(rs, total))} ${bestRatio(rs, total)}`,
      );
    }
    console.log(
      `restored the page exactly every round: ${inexact.size ? `all but ${[...inexact].join(', ')}` : 'all'}`,
    );
    console.log(`load average after the rounds: ${loadAverage()}`);

    // Background option: the real extension, converting this page through the service worker.
    const viaExtension: number[] = [];
    for (let i = 0; i < 4; i++) {
      const start = Date.now();
      await h.sendToTab(tabId, { type: 'qingdu:convert', target: 'hant' });
      viaExtension.push(Date.now() - start);
      await h.sendToTab(tabId, { type: 'qingdu:convert', target: 'off' });
    }
    const { page: second, tabId: secondTab } = await h.openPage('/bench/page.html');
    const start = Date.now();
    await h.sendToTab(secondTab, { type: 'qingdu:convert', target: 'hant' });
    const secondTabMs = Date.now() - start;
    console.log('\nextension, background dictionary (message round trips included, whole page converted):');
    console.log(`  first conversion in the browser (background builds the s2t trie): ${viaExtension[0]} ms`);
    console.log(`  later conversions, same tab: ${viaExtension.slice(1).join(', ')} ms`);
    console.log(`  first conversion in a second tab (dictionary already built): ${secondTabMs} ms`);
    await second.close();
    await page.close();
  } finally {
    await h.close();
    rmSync(served, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
