import { loadFile } from '../src/cli/load';
import { extractArticle } from '../src/pipeline';
const { page } = await loadFile(process.argv[2]!);
const a = extractArticle(page);
for (const b of page.blocks) console.log(b.index, a.roles[b.index]!.slice(0,4), a.removed.find(r => r.block === b.index)?.rule ?? '', b.tag, 'g'+b.group, b.linkDensity.toFixed(2), b.hints.slice(-2).join(','), '|', b.text.slice(0, 70));
console.log(JSON.stringify({title: a.title, date: a.date, author: a.author, editor: a.editor, source: a.source, reviewer: a.reviewer, site: a.site}));
