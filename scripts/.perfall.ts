import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import { decodeHtmlBytes } from '../src/decode';
import { domToPage } from '../src/adapters/dom';
import { rules, extractArticle } from '../src/pipeline';
import { corpusIds } from './eval-corpus';
let walk = 0, extract = 0, rd = 0;
const per = new Map<string, number>();
for (const id of corpusIds()) {
  const { text } = decodeHtmlBytes(readFileSync(`tests/corpus/${id}/page.html`));
  const d1 = parseHTML(text).document as any, d2 = parseHTML(text).document as any;
  let t = performance.now(); const { page } = domToPage(d1); walk += performance.now() - t;
  t = performance.now(); extractArticle(page); extract += performance.now() - t;
  for (const r of rules) { const s = performance.now(); extractArticle(page, [r]); per.set(r.name, (per.get(r.name) ?? 0) + performance.now() - s); }
  t = performance.now(); try { new Readability(d2).parse(); } catch {} rd += performance.now() - t;
}
console.log({ walk, extract, rd });
console.log([...per].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v.toFixed(0)}`).join('\n'));
{
let base = 0;
for (const id of corpusIds()) {
  const { text } = decodeHtmlBytes(readFileSync(`tests/corpus/${id}/page.html`));
  const { page } = domToPage(parseHTML(text).document as any);
  const t = performance.now(); extractArticle(page, []); base += performance.now() - t;
}
console.log('empty pipeline', base);
}
