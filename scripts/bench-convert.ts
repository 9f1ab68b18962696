/**
 * Page conversion speed in Chromium: Qingdu's DomConverter against opencc-js's HTMLConverter on the same generated
 * page (10,000+ nodes), same browser, same run; convert and restore, each followed by a forced relayout. Both use
 * the same OpenCC dictionaries and a converter built beforehand, so the comparison is of the page work.
 * Then where the simplified→traditional dictionary should live: the cost of building it in a tab, against the
 * real extension converting the page through the background (first request builds it there, later ones reuse it).
 *
 *   npx wxt build && npx tsx scripts/bench-convert.ts [--paragraphs 1500] [--rounds 7]
 *
 * Prints medians and ratios; asserts nothing about time.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import type { Page } from 'playwright-core';
import { parseArgs } from '../src/cli/io';
import { launchBrowser, REPO_ROOT } from '../tests/e2e/harness';

const { options } = parseArgs(process.argv.slice(2));
const PARAGRAPHS = Number(options.paragraphs ?? 1500);
const ROUNDS = Number(options.rounds ?? 7);

const SIMPLIFIED = [
  '为了加强党的建设，我们讨论了经济发展、环境保护与乡村振兴等问题。',
  '代表们认为，应该坚持创新、协调、绿色、开放、共享的发展理念，头发和软件也在其中。',
  '记者从会议上获悉，全市将进一步优化营商环境，推动高质量发展。',
  'The delegates said it’s “important” to keep the ‘momentum’ going.',
];

/** A news-like page: paragraphs with inline links and emphasis, lists, a table; over 10,000 DOM nodes. */
function generatePage(paragraphs: number): string {
  const parts: string[] = [];
  for (let i = 0; i < paragraphs; i++) {
    const text = SIMPLIFIED[i % SIMPLIFIED.length]!;
    const cut = 6 + (i % 7);
    parts.push(
      `<p>${text.slice(0, cut)}<a href="#${i}">${text.slice(cut, cut + 4)}</a>${text.slice(cut + 4)}<b>头</b>发 ${i}</p>`,
      i % 10 === 0 ? `<ul><li>第${i}条 信息</li><li>网络 视频</li></ul>` : '',
      i % 50 === 0 ? `<table><tr><td>单位</td><td>数据 ${i}</td></tr></table>` : '',
    );
  }
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>性能测试页面</title></head><body lang="zh-CN"><h1>新闻标题</h1>${parts.join('\n')}</body></html>`;
}

/** Qingdu's page converter and engine, bundled for the page (the extension runs the same modules). */
async function qingduBundle(): Promise<string> {
  const result = await build({
    stdin: {
      contents: `
        import { DomConverter } from './src/page/convert-dom';
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

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

interface Round {
  convert: number;
  restore: number;
  /** The same steps without their relayout: script time only. */
  convertScript: number;
  restoreScript: number;
}

async function timeOpencc(page: Page, to: string): Promise<Round & { restoredExactly: boolean }> {
  return page.evaluate(async (to) => {
    const w = window as unknown as { OpenCC: any; benchConverter: (s: string) => string };
    const before = document.documentElement.outerHTML;
    const handler = w.OpenCC.HTMLConverter(w.benchConverter, document.documentElement, 'zh-CN', to === 'hans' ? 'zh-CN' : 'zh-TW');
    const t0 = performance.now();
    handler.convert();
    const s1 = performance.now();
    void document.body.offsetHeight;
    const t1 = performance.now();
    handler.restore();
    const s2 = performance.now();
    void document.body.offsetHeight;
    const t2 = performance.now();
    return { convert: t1 - t0, restore: t2 - t1, convertScript: s1 - t0, restoreScript: s2 - t1, restoredExactly: document.documentElement.outerHTML === before };
  }, to);
}

async function timeQingdu(page: Page, to: string): Promise<Round & { restoredExactly: boolean }> {
  return page.evaluate(async (to) => {
    const w = window as unknown as { qingduBench: any; qingduConverter: (pieces: string[]) => string[] };
    const before = document.documentElement.outerHTML;
    const converter = new w.qingduBench.DomConverter(document, {
      to,
      convert: async (blocks: string[][]) => blocks.map(w.qingduConverter),
    });
    const t0 = performance.now();
    await converter.start();
    const s1 = performance.now();
    void document.body.offsetHeight;
    const t1 = performance.now();
    converter.stop();
    const s2 = performance.now();
    void document.body.offsetHeight;
    const t2 = performance.now();
    return { convert: t1 - t0, restore: t2 - t1, convertScript: s1 - t0, restoreScript: s2 - t1, restoredExactly: document.documentElement.outerHTML === before };
  }, to);
}

async function main(): Promise<void> {
  const html = generatePage(PARAGRAPHS);
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
    const nodes = await page.evaluate(() => document.querySelectorAll('*').length + document.evaluate('count(//text())', document, null, 1, null).numberValue);
    console.log(`page: ${PARAGRAPHS} paragraphs, ${nodes} nodes (elements + text); Chromium headless; ${ROUNDS} rounds, medians\n`);

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
    console.log(`per-tab dictionary (s2t): load+parse bundle ${(t1 - t0).toFixed(0)} ms (incl. one CDP round trip), trie build ${build.toFixed(0)} ms`);

    const qingdu: Round[] = [];
    const reference: Round[] = [];
    let exact = true;
    for (let i = 0; i < ROUNDS; i++) {
      const a = await timeOpencc(page, 'hant');
      const b = await timeQingdu(page, 'hant');
      exact &&= a.restoredExactly && b.restoredExactly;
      reference.push(a);
      qingdu.push(b);
    }
    const row = (name: string, rounds: Round[]) =>
      `${name.padEnd(26)} convert ${median(rounds.map((r) => r.convert)).toFixed(1).padStart(7)} ms   restore ${median(rounds.map((r) => r.restore)).toFixed(1).padStart(7)} ms   total ${median(rounds.map((r) => r.convert + r.restore)).toFixed(1).padStart(7)} ms`;
    console.log('\nsimplified → traditional (s2t), forced relayout after each step');
    console.log(row('opencc-js HTMLConverter', reference));
    console.log(row('Qingdu DomConverter', qingdu));
    const ratio = (f: (r: Round) => number) => (median(reference.map(f)) / median(qingdu.map(f))).toFixed(2);
    console.log(`ratio (opencc-js / Qingdu): convert ${ratio((r) => r.convert)}×, restore ${ratio((r) => r.restore)}×, total ${ratio((r) => r.convert + r.restore)}×`);
    const script = (name: string, rounds: Round[]) =>
      `${name.padEnd(26)} convert ${median(rounds.map((r) => r.convertScript)).toFixed(1).padStart(7)} ms   restore ${median(rounds.map((r) => r.restoreScript)).toFixed(1).padStart(7)} ms`;
    console.log('\nscript time only (the same rounds, before each relayout)');
    console.log(script('opencc-js HTMLConverter', reference));
    console.log(script('Qingdu DomConverter', qingdu));
    console.log(`ratio (opencc-js / Qingdu): convert ${ratio((r) => r.convertScript)}×, restore ${ratio((r) => r.restoreScript)}×, total ${ratio((r) => r.convertScript + r.restoreScript)}×`);
    const relayout = (name: string, rounds: Round[]) =>
      `${name.padEnd(26)} convert ${median(rounds.map((r) => r.convert - r.convertScript)).toFixed(1).padStart(7)} ms   restore ${median(rounds.map((r) => r.restore - r.restoreScript)).toFixed(1).padStart(7)} ms`;
    console.log('\nforced relayout only (each step minus its script time): the browser’s share, the same work for both');
    console.log(relayout('opencc-js HTMLConverter', reference));
    console.log(relayout('Qingdu DomConverter', qingdu));
    console.log(`both restored the page exactly every round: ${exact}`);

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
