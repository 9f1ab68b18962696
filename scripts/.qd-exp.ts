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
const r = await page.evaluate(() => {
  const w = window as any;
  const conv = w.OpenCC.Converter({ from: 'cn', to: 't' });
  const texts: Text[] = [];
  const tw = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = tw.nextNode(); n; n = tw.nextNode()) texts.push(n as Text);
  const originals = texts.map((t) => t.data);
  const converted = originals.map((s) => conv(s));
  const els = [document.documentElement, document.body];
  const out: Record<string, number[]> = {};
  const time = (name: string, fn: () => void) => {
    const t0 = performance.now();
    fn();
    void document.body.offsetHeight;
    (out[name] ??= []).push(performance.now() - t0);
  };
  const setLang = (v: string) => els.forEach((e) => e.setAttribute('lang', v));
  const writeChanged = (arr: string[]) => texts.forEach((t, i) => { if (t.data !== arr[i]) t.data = arr[i]!; });
  const writeAll = (arr: string[]) => texts.forEach((t, i) => { t.nodeValue = arr[i]!; });
  for (let k = 0; k < 15; k++) {
    time('changed+Hant', () => { writeChanged(converted); setLang('zh-Hant'); });
    time('changed+Hant back', () => { writeChanged(originals); setLang('zh-CN'); });
    time('all+TW', () => { writeAll(converted); setLang('zh-TW'); });
    time('all+TW back', () => { writeAll(originals); setLang('zh-CN'); });
    time('changed+TW', () => { writeChanged(converted); setLang('zh-TW'); });
    time('changed+TW back', () => { writeChanged(originals); setLang('zh-CN'); });
    time('all+Hant', () => { writeAll(converted); setLang('zh-Hant'); });
    time('all+Hant back', () => { writeAll(originals); setLang('zh-CN'); });
    time('changed only', () => { writeChanged(converted); });
    time('changed only back', () => { writeChanged(originals); });
    time('lang Hant only', () => { setLang('zh-Hant'); });
    time('lang only back', () => { setLang('zh-CN'); });
  }
  const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  return { texts: texts.length, changed: texts.filter((t, i) => converted[i] !== originals[i]).length, res: Object.fromEntries(Object.entries(out).map(([k, v]) => [k, med(v).toFixed(1)])) };
});
console.log(r);
await h.close();
rmSync(served, { recursive: true, force: true });
