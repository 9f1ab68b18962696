import { evaluatePage, corpusIds } from './eval-corpus';
import { loadFile } from '../src/cli/load';
import { normalise } from './corpus-score';
const kind = process.argv[2]!;
for (const id of corpusIds()) {
  const r = await evaluatePage(id, { compare: false });
  const v = kind === 'date' ? r.date : r.author;
  if (v !== false) continue;
  const { page } = await loadFile(`tests/corpus/${id}/page.html`, r.truth.url);
  const truth = kind === 'date' ? r.truth.date! : r.truth.author!;
  let needle: string;
  if (kind === 'date') { const m = /(\d{4})\D+(\d{1,2})\D+(\d{1,2})/.exec(truth); needle = m ? m[0] : truth; }
  else needle = normalise(truth).slice(0, 3);
  console.log(`## ${id} truth=${truth} got date=${r.article.date} author=${r.article.author} editor=${r.article.editor} source=${r.article.source}`);
  const pat = kind === 'date' ? new RegExp(truth.replace(/^(\d{4})\D+0?(\d{1,2})\D+0?(\d{1,2}).*$/, '$1\\D{1,3}0?$2\\D{1,3}0?$3')) : null;
  let n = 0;
  for (const b of page.blocks) {
    const t = b.text;
    if ((pat ? pat.test(t) : normalise(t).includes(needle)) && n++ < 4) console.log(`   [${b.index}] ${r.article.roles[b.index]} ${b.tag} ${b.hints.slice(-2)} | ${t.slice(0, 160)}`);
  }
  if (n === 0) console.log('   (not in blocks) meta:', JSON.stringify(page.meta.meta).slice(0, 300));
}
