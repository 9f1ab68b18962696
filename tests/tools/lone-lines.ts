/**
 * `npx tsx tests/tools/lone-lines.ts [DIR]`: how often a line that credits nobody fills a field when it stands where
 * credits stand. Every short line of a corpus folder's pages (default tests/corpus) is set alone in a text page of a
 * headline, a date and two paragraphs: the lines of the hand-truth bodies between and after the paragraphs, and the
 * lines the pipeline leaves out of each page's article right under the headline and date; the latter also in a DOM
 * page, in an element of its own beside the date's. Prints the counts and every line that filled 来源, 编辑, 记者 or
 * 审核; asserts nothing (credit lines in either set fill them rightly).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import type { Article } from '../../src/core/article';
import { domToPage } from '../../src/adapters/dom';
import { textToPage } from '../../src/adapters/text';
import { loadFile } from '../../src/cli/load';
import { extractArticle } from '../../src/core/pipeline';

const HEADLINE = '某市召开会议部署今年重点工作';
const DATE = '2024-03-05 10:20';
const PARAGRAPHS = [
  '会议指出，今年是全面贯彻落实党的二十大精神的关键之年，各级各部门要坚持稳中求进工作总基调，完整准确全面贯彻新发展理念。',
  '会议强调，要坚持以人民为中心的发展思想，着力解决群众急难愁盼问题，不断增强人民群众获得感幸福感安全感。',
];
/** Longer lines are paragraphs, not lines a credit could be mistaken in. */
const SHORT = 60;
const FIELDS = ['source', 'editor', 'author', 'reviewer'] as const;

function filled(lines: string[]): string {
  return fieldsOf(extractArticle(textToPage(lines.join('\n'))));
}

const escaped = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** `line` in an element beside the date's, under an <h1> headline. */
function filledBesideDate(line: string): string {
  const paragraphs = PARAGRAPHS.map((p) => `<p>${p}</p>`).join('');
  const { document } = parseHTML(
    `<html><head><title>${HEADLINE}</title></head><body><h1>${HEADLINE}</h1><div><span>${DATE}</span> <span>${escaped(line)}</span></div>${paragraphs}</body></html>`,
  );
  return fieldsOf(extractArticle(domToPage(document as unknown as Document, 'https://example.com/a.html').page));
}

function fieldsOf(article: Article): string {
  return FIELDS.filter((field) => article[field] !== null)
    .map((field) => `${field}=${article[field]}`)
    .join(' ');
}

const dir = resolve(process.argv[2] ?? 'tests/corpus');
const pages = readdirSync(dir).filter((name) => existsSync(join(dir, name, 'page.html')));
const bodyLines = new Set<string>();
const leftOut = new Map<string, string>();
for (const id of pages) {
  const truth = JSON.parse(readFileSync(join(dir, id, 'truth.json'), 'utf8')) as { body_text?: string };
  for (const line of (truth.body_text ?? '').split('\n')) {
    const trimmed = line.trim();
    if (trimmed && trimmed.length <= SHORT) bodyLines.add(trimmed);
  }
  const { page } = await loadFile(join(dir, id, 'page.html'));
  const { roles } = extractArticle(page);
  page.blocks.forEach((block, i) => {
    const line = block.text.trim();
    if (['body', 'title', 'meta'].includes(roles[i]!) || line.length > 30 || leftOut.has(line)) return;
    leftOut.set(line, id);
  });
}

const bodyHits: string[] = [];
for (const line of bodyLines) {
  for (const lines of [
    [HEADLINE, DATE, PARAGRAPHS[0]!, line, PARAGRAPHS[1]!],
    [HEADLINE, DATE, ...PARAGRAPHS, line],
  ]) {
    const fields = filled(lines);
    if (fields) bodyHits.push(`${line} → ${fields}`);
  }
}
const leftOutHits: string[] = [];
const besideDateHits: string[] = [];
for (const [line, id] of leftOut) {
  const fields = filled([HEADLINE, DATE, line, ...PARAGRAPHS]);
  if (fields) leftOutHits.push(`${id} ${line} → ${fields}`);
  const beside = filledBesideDate(line);
  if (beside) besideDateHits.push(`${id} ${line} → ${beside}`);
}
console.log(`body lines: ${bodyLines.size} (${bodyLines.size * 2} placements), ${bodyHits.length} filled a field`);
for (const hit of bodyHits) console.log(`  ${hit}`);
console.log(`lines left out of the articles: ${leftOut.size}, ${leftOutHits.length} filled a field`);
for (const hit of leftOutHits) console.log(`  ${hit}`);
console.log(`the same lines beside a date in a DOM page: ${besideDateHits.length} filled a field`);
for (const hit of besideDateHits) console.log(`  ${hit}`);
