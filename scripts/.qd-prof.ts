import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { launchBrowser, REPO_ROOT } from '/work/main/tests/e2e/harness';
const SIMPLIFIED = [
  '为了加强党的建设，我们讨论了经济发展、环境保护与乡村振兴等问题。',
  '代表们认为，应该坚持创新、协调、绿色、开放、共享的发展理念，头发和软件也在其中。',
  '记者从会议上获悉，全市将进一步优化营商环境，推动高质量发展。',
  'The delegates said it’s “important” to keep the ‘momentum’ going.',
];
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
const bundle = (await build({ stdin: { contents: `import { DomConverter } from './src/page/convert-dom'; import { loadConverter } from './src/convert/opencc'; globalThis.qingduBench = { DomConverter, loadConverter };`, resolveDir: REPO_ROOT, loader: 'ts' }, bundle: true, format: 'iife', write: false, charset: 'utf8', platform: 'browser' })).outputFiles[0]!.text;
const served = mkdtempSync(join(tmpdir(), 'qd-exp-'));
mkdirSync(join(served, 'bench'));
writeFileSync(join(served, 'bench/page.html'), generatePage(1500));
const h = await launchBrowser({ servedRoot: served });
const { page } = await h.openPage('/bench/page.html');
await page.addScriptTag({ content: 'window.__name = (f) => f;' });
await page.addScriptTag({ content: bundle });
await page.evaluate(async () => { const w = window as any; w.qc = await w.qingduBench.loadConverter('hans', 'hant'); });
const cdp = await page.context().newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
const run = () => page.evaluate(async () => {
  const w = window as any;
  let conv = 0;
  const c = new w.qingduBench.DomConverter(document, { to: 'hant', convert: async (b: string[][]) => { const t = performance.now(); const r = b.map(w.qc); conv += performance.now() - t; return r; } });
  const t0 = performance.now();
  await c.start();
  const t1 = performance.now();
  void document.body.offsetHeight;
  const t2 = performance.now();
  c.stop();
  const t3 = performance.now();
  void document.body.offsetHeight;
  return { start: t1 - t0, conv, layout1: t2 - t1, stop: t3 - t2 };
});
for (let i = 0; i < 3; i++) console.log(await run());
await cdp.send('Profiler.start');
for (let i = 0; i < 3; i++) await run();
const { profile } = await cdp.send('Profiler.stop');
const self = new Map<string, number>();
const byId = new Map(profile.nodes.map((n: any) => [n.id, n]));
const dt = profile.timeDeltas!; const counts = new Map<number, number>();
profile.samples!.forEach((s: number, i: number) => counts.set(s, (counts.get(s) ?? 0) + dt[i]!));
for (const [id, t] of counts) { const n: any = byId.get(id); const k = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`; self.set(k, (self.get(k) ?? 0) + t / 1000); }
console.log([...self].sort((a, b) => b[1] - a[1]).slice(0, 25).map(([k, v]) => `${v.toFixed(1).padStart(8)} ${k}`).join('\n'));
await h.close();
rmSync(served, { recursive: true, force: true });
