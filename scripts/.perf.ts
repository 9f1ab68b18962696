import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import { decodeHtmlBytes } from '../src/decode';
import { domToPage } from '../src/adapters/dom';
import { rules, extractArticle } from '../src/pipeline';
const id = process.argv[2]!;
const { text } = decodeHtmlBytes(readFileSync(`tests/corpus/${id}/page.html`));
const N = 5;
let t = performance.now();
for (let i = 0; i < N; i++) parseHTML(text);
const parse = (performance.now() - t) / N;
const docs = Array.from({ length: N }, () => parseHTML(text).document as unknown as Document);
t = performance.now();
const pages = docs.map(d => domToPage(d).page);
const walk = (performance.now() - t) / N;
const times = new Map<string, number>();
for (const page of pages) {
  for (let k = 0; k < rules.length; k++) {
    const s = performance.now();
    extractArticle(page, rules.slice(0, k + 1));
    times.set(rules[k]!.name, (times.get(rules[k]!.name) ?? 0) + performance.now() - s);
  }
}
const docs2 = Array.from({ length: N }, () => parseHTML(text).document as unknown as Document);
t = performance.now();
for (const d of docs2) new Readability(d).parse();
const rd = (performance.now() - t) / N;
t = performance.now();
for (const page of pages) extractArticle(page);
const ex = (performance.now() - t) / N;
console.log({ parse, walk, extract: ex, readability: rd, blocks: pages[0]!.blocks.length });
// cumulative times -> incremental
let prev = 0; for (const [k, v] of times) { console.log(k, ((v / N) - prev).toFixed(2)); prev = v / N; }
