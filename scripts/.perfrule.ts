import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { decodeHtmlBytes } from '../src/decode';
import { domToPage } from '../src/adapters/dom';
import { rules, extractArticle } from '../src/pipeline';
import { corpusIds } from './eval-corpus';
const per = new Map<string, number>();
const timed = rules.map(r => ({ ...r, apply(i: any) { const t = performance.now(); const d = r.apply(i); per.set(r.name, (per.get(r.name) ?? 0) + performance.now() - t); return d; } }));
const pages = corpusIds().map(id => domToPage(parseHTML(decodeHtmlBytes(readFileSync(`tests/corpus/${id}/page.html`)).text).document as any).page);
for (let k = 0; k < 2; k++) { per.clear(); let t = performance.now(); for (const p of pages) extractArticle(p, timed); console.log('total', performance.now() - t); }
console.log([...per].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v.toFixed(0)}`).join('\n'));
