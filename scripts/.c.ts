import { loadFile } from '../src/cli/load';
import { extractArticle, rules } from '../src/pipeline';
const { page } = await loadFile('tests/corpus/ia-5dc3fa2d/page.html');
const idx = rules.findIndex(r => r.name === 'author-credit');
const a = extractArticle(page, rules.slice(0, idx));
console.log(a.roles.slice(0, 8), a.title, page.blocks.slice(0,4).map(b => [b.text.length, b.linkDensity]));
