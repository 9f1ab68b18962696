/**
 * Does converting a long page freeze it? The built extension converts a generated page of about 30,000 nodes to
 * traditional and back, as the popup asks it to, while Chromium records a trace. Reported for each step: when the
 * text in view first showed converted (from the request), the step's duration (request until the page shows one
 * script throughout), the main thread's longest tasks in that window (trace `RunTask` events of the page's renderer
 * main thread) and its time in tasks over the step (`BENCH_DETAIL=1`: what the longest task and the whole step did).
 * opencc-js's HTMLConverter, which converts the page in one task, is timed on the same page for reference.
 *
 *   QINGDU_E2E=1 npx wxt build && npx tsx scripts/bench-convert-tasks.ts [--paragraphs 3200] [--rounds 3]
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { parseArgs } from '../src/cli/io';
import { launchBrowser, REPO_ROOT } from '../tests/e2e/harness';
import { generatedNewsPage, NEWS_SENTENCES } from './generated-page';

const { options } = parseArgs(process.argv.slice(2));
const PARAGRAPHS = Number(options.paragraphs ?? 3200);
const ROUNDS = Number(options.rounds ?? 3);
const LONG_TASK_MS = 50;

/** The benchmark page's text, one sentence with a 后 that only context decides (27天后). */
const SENTENCES = NEWS_SENTENCES.with(
  2,
  '记者从会议上获悉，全市将进一步优化营商环境，推动高质量发展，27天后正式实施。',
);

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { frame?: string } };
}

/** The renderer main thread of the page: the thread named CrRendererMain with the most RunTask time. */
function mainThreadTasks(events: TraceEvent[]): TraceEvent[] {
  const mains = new Set(
    events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`),
  );
  const byThread = new Map<string, TraceEvent[]>();
  for (const e of events) {
    if (e.name !== 'RunTask' || e.ph !== 'X' || !mains.has(`${e.pid}:${e.tid}`)) continue;
    const key = `${e.pid}:${e.tid}`;
    byThread.set(key, [...(byThread.get(key) ?? []), e]);
  }
  let best: TraceEvent[] = [];
  let bestTime = -1;
  for (const tasks of byThread.values()) {
    const time = tasks.reduce((sum, t) => sum + (t.dur ?? 0), 0);
    if (time > bestTime) [best, bestTime] = [tasks, time];
  }
  return best;
}

async function traced<T>(cdp: CDPSession, run: () => Promise<T>): Promise<{ result: T; events: TraceEvent[] }> {
  const events: TraceEvent[] = [];
  const collect = (data: { value: unknown[] }) => events.push(...(data.value as unknown as TraceEvent[]));
  cdp.on('Tracing.dataCollected', collect);
  await cdp.send('Tracing.start', {
    categories: 'devtools.timeline,disabled-by-default-devtools.timeline,blink.user_timing,__metadata',
    transferMode: 'ReportEvents',
  });
  const result = await run();
  const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.end');
  await done;
  cdp.off('Tracing.dataCollected', collect);
  return { result, events };
}

/** Page-side clock marks: when the request left, when the first text in view changed, when the step was done. */
async function markStart(page: Page, firstVisible: string): Promise<void> {
  await page.evaluate((selector) => {
    const w = window as unknown as { benchMarks: Record<string, number> };
    const target = document.querySelector(selector)!.firstChild!;
    const original = target.textContent;
    w.benchMarks = { start: performance.now() };
    const observer = new MutationObserver(() => {
      if (target.textContent !== original && !w.benchMarks.visible) w.benchMarks.visible = performance.now();
    });
    observer.observe(target, { characterData: true });
  }, firstVisible);
}

/** Waits until the last Chinese paragraph shows `text` (the page is written in slices from the top). */
async function waitUntil(page: Page, text: string): Promise<{ visible: number; done: number; wall: number }> {
  return page.evaluate(async (text) => {
    const w = window as unknown as { benchMarks: Record<string, number> };
    const last = document.querySelector('p:nth-last-of-type(2)')!.firstChild as Text;
    while (last.data !== text) await new Promise((r) => setTimeout(r, 2));
    const done = performance.now();
    return {
      visible: (w.benchMarks.visible ?? done) - w.benchMarks.start!,
      done: done - w.benchMarks.start!,
      wall: done,
    };
  }, text);
}

function summarise(events: TraceEvent[], startWall: number, endWall: number, navigationStart: number) {
  const tasks = mainThreadTasks(events).filter((t) => {
    const start = t.ts / 1000 - navigationStart;
    return start + (t.dur ?? 0) / 1000 >= startWall && start <= endWall;
  });
  const durations = tasks.map((t) => (t.dur ?? 0) / 1000).sort((a, b) => b - a);
  const longestTask = tasks.find((t) => (t.dur ?? 0) / 1000 === durations[0]);
  if (process.env.BENCH_DETAIL && longestTask) {
    console.log(`  longest task: ${composition(events, longestTask, [longestTask])}`);
    console.log(`  whole step:   ${composition(events, longestTask, tasks)}`);
  }
  return {
    longest: durations[0] ?? 0,
    longestAt: longestTask ? longestTask.ts / 1000 - navigationStart - startWall : 0,
    over: durations.filter((d) => d > LONG_TASK_MS).length,
    top: durations.slice(0, 3).map((d) => d.toFixed(1)),
    busy: durations.reduce((sum, d) => sum + d, 0),
  };
}

/** What the main thread did inside `tasks` (trace events nested in them, by name, in ms), largest first. */
function composition(events: TraceEvent[], thread: TraceEvent, tasks: TraceEvent[]): string {
  const inside = new Map<string, number>();
  const within = (e: TraceEvent) => tasks.some((t) => e.ts >= t.ts && e.ts <= t.ts + (t.dur ?? 0));
  for (const e of events) {
    if (e.pid !== thread.pid || e.tid !== thread.tid || e.ph !== 'X' || e.name === 'RunTask' || !within(e)) continue;
    inside.set(e.name, (inside.get(e.name) ?? 0) + (e.dur ?? 0) / 1000);
  }
  return [...inside]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 8)
    .map(([n, d]) => `${n} ${d.toFixed(1)}`)
    .join(', ');
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'qingdu-tasks-'));
  writeFileSync(join(dir, 'long.html'), generatedNewsPage(PARAGRAPHS, { sentences: SENTENCES }));
  const h = await launchBrowser({ servedRoot: dir });
  try {
    const { page, tabId } = await h.openPage('/long.html');
    const nodes = await page.evaluate(() => {
      let n = 0;
      const walker = document.createTreeWalker(document, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
      while (walker.nextNode()) n++;
      return n;
    });
    console.log(
      `page: ${PARAGRAPHS} paragraphs, ${nodes} element and text nodes; load average ${loadavg()[0]!.toFixed(1)}`,
    );
    // Warm up: the background builds its dictionaries on the first conversion.
    await h.sendToTab(tabId, { type: 'qingdu:convert', target: 'tw' });
    await h.sendToTab(tabId, { type: 'qingdu:convert', target: 'off' });
    const cdp = await page.context().newCDPSession(page);
    const lastText = () =>
      page.evaluate(() => (document.querySelector('p:nth-last-of-type(2)')!.firstChild as Text).data);
    const original = await lastText();
    await h.sendToTab(tabId, { type: 'qingdu:convert', target: 'tw' });
    const converted = await lastText();
    await h.sendToTab(tabId, { type: 'qingdu:convert', target: 'off' });
    // Trace timestamps are monotonic microseconds; map them through a clock sync event's page time.
    for (let round = 0; round < ROUNDS; round++) {
      for (const [target, expected] of [
        ['tw', converted],
        ['off', original],
      ] as const) {
        const { result, events } = await traced(cdp, async () => {
          await markStart(page, 'p:nth-of-type(2)');
          const startPerf = await page.evaluate(
            () => (window as unknown as { benchMarks: { start: number } }).benchMarks.start,
          );
          const sent = h.sendToTab(tabId, { type: 'qingdu:convert', target });
          const marks = await waitUntil(page, expected);
          await sent;
          const sync = await page.evaluate(() => {
            performance.mark('qingdu-sync');
            return performance.now();
          });
          return { marks, startPerf, sync };
        });
        const syncEvent = events.find((e) => e.name === 'qingdu-sync');
        const offset = syncEvent ? syncEvent.ts / 1000 - result.sync : 0;
        const tasks = summarise(events, result.startPerf, result.startPerf + result.marks.done, offset);
        console.log(
          `${target === 'off' ? 'revert ' : 'convert'} round ${round + 1}: first text in view ${result.marks.visible.toFixed(1)} ms, done ${result.marks.done.toFixed(0)} ms, longest main-thread task ${tasks.longest.toFixed(1)} ms at +${tasks.longestAt.toFixed(0)} ms (${tasks.over} over ${LONG_TASK_MS} ms; top ${tasks.top.join(', ')}), main thread busy ${tasks.busy.toFixed(0)} ms${syncEvent ? '' : ' [no clock sync]'}`,
        );
      }
    }
    // HTMLConverter for reference: the same page converted and restored by opencc-js, each in one task.
    const opencc = readFileSync(join(REPO_ROOT, 'node_modules/opencc-js/dist/umd/full.js'), 'utf8');
    await page.addScriptTag({ content: opencc });
    const reference = await page.evaluate(() => {
      const OpenCC = (
        window as unknown as {
          OpenCC: {
            Converter(options: { from: string; to: string }): unknown;
            HTMLConverter(
              converter: unknown,
              root: Element,
              from: string,
              to: string,
            ): { convert(): void; restore(): void };
          };
        }
      ).OpenCC;
      const converter = OpenCC.Converter({ from: 'cn', to: 'tw' });
      const handler = OpenCC.HTMLConverter(converter, document.documentElement, 'zh-CN', 'zh-TW');
      let start = performance.now();
      handler.convert();
      void document.body.offsetHeight;
      const convert = performance.now() - start;
      start = performance.now();
      handler.restore();
      void document.body.offsetHeight;
      return { convert, restore: performance.now() - start };
    });
    console.log(
      `opencc-js HTMLConverter: convert ${reference.convert.toFixed(0)} ms and restore ${reference.restore.toFixed(0)} ms, each one task (relayout included)`,
    );
    await page.close();
  } finally {
    await h.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
