/**
 * `npx tsx tests/tools/slow-lines.ts [--cases N] [--seed S] [--trace]`: lines whose time grows faster than their
 * length. Each case is a line of a random piece, a short unit repeated and another piece (`下一页` + `1`×n + `x`), made
 * of the marks, labels, digits, spaces and words the rules look for. The line, its whitespace collapsed as both adapters
 * collapse a block's (rules never see a run of spaces or a line break), is set under a headline, alone on a page, amid
 * paragraphs and last, and each page goes through extraction, the slogans and the Markdown export; the line as written
 * is also converted to traditional characters (Taiwan), as a page's text nodes are. Every case is timed with the unit
 * repeated 40 and 80 times: the growth (time at 80 ÷ time at 40) is about 2 where the work grows with the line. Prints
 * the cases that grew most, each timed again with the unit 160 and 320 times; asserts nothing. With `--trace` each
 * case is printed before it runs, so one that never ends is the last printed.
 */
import type { Block, Page } from '../../src/core/article';
import { extractArticle } from '../../src/core/pipeline';
import { articleMarkdown } from '../../src/core/markdown';
import { withSlogans } from '../../src/core/slogans';
import { parseArgs } from '../../src/cli/io';
import { convertText } from '../../src/convert';
import { collapseWhitespace } from '../../src/adapters/dom';

const { options } = parseArgs(process.argv.slice(2), ['trace']);
const CASES = Number(options.cases ?? 1500);
let seed = Number(options.seed ?? 1);

const PIECES = [
  ...['上一页', '下一页', '首页', '正文', '记者', '编辑', '来源', '作者', '文', '图', '电', '报道', '新华社', '北京'],
  ...['张', '王', '涓', '虬', '年', '月', '日', '1', '0', '2024', 'a', 'www', '.com', '?', '#', '@', '_'],
  ...[
    ' ',
    '  ',
    '\u3000',
    '\t',
    '\n',
    ':',
    '：',
    '、',
    '，',
    '。',
    '/',
    '|',
    '(',
    ')',
    '（',
    '）',
    '【',
    '】',
    '《',
    '》',
  ],
  ...['>', '»', '<', '·', '.', '-', '—', '…'],
];
const HEADLINE = '某市召开会议部署今年重点工作';
const PARAGRAPH =
  '会议强调，要坚持以人民为中心的发展思想，着力解决群众急难愁盼问题，不断增强人民群众获得感幸福感安全感。';

const random = (): number => {
  seed = (seed * 48271) % 2147483647;
  return seed / 2147483647;
};
const piece = (): string => PIECES[Math.floor(random() * PIECES.length)]!;

function block(text: string, index: number): Block {
  return {
    index,
    text,
    tag: index === 0 ? 'h1' : 'p',
    heading: index === 0 ? 1 : 0,
    linkDensity: 0,
    hints: [],
    group: index,
  };
}

/** The line under a headline, alone, amid paragraphs, and last. */
function pages(line: string): Page[] {
  const layouts = [
    [HEADLINE, line, PARAGRAPH],
    [line],
    [HEADLINE, PARAGRAPH, line, PARAGRAPH],
    [HEADLINE, PARAGRAPH, line],
  ];
  return layouts.map((lines) => ({ blocks: lines.map(block), meta: { meta: {}, jsonLd: [] } }));
}

function read(page: Page): void {
  const article = withSlogans(extractArticle(page));
  articleMarkdown({
    article,
    outline: [],
    slogans: article.slogans,
    url: 'https://example.com/',
    accessed: '2026-01-01',
  });
}

/** The fastest of three runs over the line's pages and its conversion, in ms. */
async function time(line: string): Promise<number> {
  let best = Infinity;
  for (let run = 0; run < 3; run++) {
    const start = performance.now();
    for (const page of pages(collapseWhitespace(line))) read(page);
    await convertText(line, 'tw', 'hans');
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

const results: { growth: number; at80: number; line: string; longer: (times: number) => string }[] = [];
for (let n = 0; n < CASES; n++) {
  let unit = '';
  for (let k = 1 + Math.floor(random() * 3); k > 0; k--) unit += piece();
  const before = piece() + (random() < 0.5 ? piece() : '');
  const after = piece();
  const line = (times: number) => before + unit.repeat(times) + after;
  if (options.trace) console.log(JSON.stringify(line(80)));
  const at40 = await time(line(40));
  const at80 = await time(line(80));
  results.push({ growth: at80 / Math.max(at40, 0.01), at80, line: line(80), longer: line });
}
results.sort((a, b) => b.growth - a.growth);
console.log(`${CASES} cases; growth = time with the unit 80 times ÷ 40 times (about 2 when linear)`);
console.log('growth 40→80, ms at 80, growth 160→320 (timed again: short times are noisy), line');
for (const { growth, at80, line, longer } of results.slice(0, 10)) {
  const again = (await time(longer(320))) / Math.max(await time(longer(160)), 0.01);
  console.log(
    `${growth.toFixed(1).padStart(6)}×  ${at80.toFixed(2).padStart(7)} ms  ${again.toFixed(1).padStart(5)}×  ${JSON.stringify(line).slice(0, 80)}`,
  );
}
