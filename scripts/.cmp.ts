import { loadFile } from '../src/cli/load';
import { extractArticle } from '../src/pipeline';
for (const [id, txt] of [['000','000_128e2749746ac842'],['001','001_f44656cb4efbb886'],['002','002_5b15a6444413c614'],['003','003_c4c1a0ded7319f91'],['004','004_7fc5e4630ff442c7']]) {
  const a = extractArticle((await loadFile(`tests/fixtures/seeds/${id}.html`)).page);
  const b = extractArticle((await loadFile(`seeds/${txt}.txt`)).page);
  const strip = (x: typeof a) => JSON.stringify({ ...x, roles: 0, removed: 0, paragraphs: x.paragraphs.map(p => [p.text, p.repairs]), slogans: x.slogans.map(s => s.text), warnings: x.warnings.map(w => w.kind) });
  console.log(id, strip(a) === strip(b) ? 'SAME' : 'DIFF');
  if (strip(a) !== strip(b)) { console.log(strip(a).slice(0, 3000)); console.log(strip(b).slice(0, 3000)); }
}
