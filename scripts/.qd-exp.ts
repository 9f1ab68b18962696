import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
const served = mkdtempSync(join(tmpdir(), 'qd-exp-'));
mkdirSync(join(served, 'bench'));
writeFileSync(join(served, 'bench/page.html'), generatePage(1500));
const opencc = readFileSync(join(REPO_ROOT, 'node_modules/opencc-js/dist/umd/full.js'), 'utf8');
const h = await launchBrowser({ servedRoot: served });
const { page } = await h.openPage('/bench/page.html');
await page.addScriptTag({ content: 'window.__name = (f) => f;' });
await page.addScriptTag({ content: opencc });
const cdp = await page.context().newCDPSession(page);
await cdp.send('Performance.enable');
await page.evaluate(() => {
  const w = window as any;
  const conv = w.OpenCC.Converter({ from: 'cn', to: 't' });
  const texts: Text[] = [];
  const tw = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = tw.nextNode(); n; n = tw.nextNode()) texts.push(n as Text);
  const originals = texts.map((t) => t.data);
  const converted = originals.map((s) => conv(s));
  const els = [document.documentElement, document.body];
  const setLang = (v: string) => els.forEach((e) => e.setAttribute('lang', v));
  const write = (arr: string[]) => texts.forEach((t, i) => { if (t.data !== arr[i]) t.data = arr[i]!; });
  w.ops = {
    text: () => write(converted), textBack: () => write(originals),
    lang: () => setLang('zh-Hant'), langBack: () => setLang('zh-CN'),
    both: () => { write(converted); setLang('zh-Hant'); }, bothBack: () => { write(originals); setLang('zh-CN'); },
  };
});
const metrics = async () => Object.fromEntries(((await cdp.send('Performance.getMetrics')) as any).metrics.map((m: any) => [m.name, m.value]));
const acc: Record<string, { style: number[]; layout: number[]; wall: number[] }> = {};
for (let k = 0; k < 9; k++) {
  for (const op of ['text', 'textBack', 'lang', 'langBack', 'both', 'bothBack']) {
    const a = await metrics();
    const wall = await page.evaluate((op) => { const t = performance.now(); (window as any).ops[op](); void document.body.offsetHeight; return performance.now() - t; }, op);
    const b = await metrics();
    const e = (acc[op] ??= { style: [], layout: [], wall: [] });
    e.style.push((b.RecalcStyleDuration - a.RecalcStyleDuration) * 1000);
    e.layout.push((b.LayoutDuration - a.LayoutDuration) * 1000);
    e.wall.push(wall);
  }
}
const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!.toFixed(0);
for (const [op, e] of Object.entries(acc)) console.log(op.padEnd(10), 'wall', med(e.wall), 'style', med(e.style), 'layout', med(e.layout));
await h.close();
rmSync(served, { recursive: true, force: true });
