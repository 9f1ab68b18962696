/**
 * `npx tsx tests/tools/walk-compare.ts DIR [--trees N] [--seed N] [--modern DIR] [--shown-again]`: the DOM walk of
 * another tree of this repository (DIR, e.g. a worktree at an earlier commit) against this one's, in Chromium on
 * rendered pages — every page of tests/corpus and the HTML fixtures (and a corpus folder given with --modern), then N
 * random trees of elements with parts hidden by `display: none` and `visibility: hidden` (300 by default), and with
 * --shown-again elements inside those shown again by `visibility: visible`. Prints every page whose blocks differ,
 * the first block that does, and the counts; blocks are compared with their groups numbered in order of appearance and
 * empty element edges left out, as the rules read neither otherwise. Exits 1 when anything differs.
 */
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { fixturePaths, servedFolderPages } from '../../scripts/served-pages';
import { browserBundle } from '../../scripts/browser-bundle';
import { parseArgs } from '../../src/cli/io';
import { launchBrowser, REPO_ROOT } from '../e2e/harness';

const { options, positional } = parseArgs(process.argv.slice(2), ['shown-again']);
const other = positional[0];
if (!other) {
  console.error('usage: walk-compare.ts DIR [--trees N] [--seed N] [--modern DIR] [--shown-again]');
  process.exit(2);
}

const entry = (name: string) => `
  import { domToPage } from './src/adapters/dom';
  globalThis.${name} = () => {
    const index = new Map([...document.querySelectorAll('*')].map((element, i) => [element, i]));
    const { page, elements } = domToPage(document, document.URL, { computedVisibility: true });
    const groups = new Map();
    return JSON.stringify(page.blocks.map((block, i) => ({
      ...block,
      breaks: block.breaks?.length ? block.breaks : undefined,
      group: groups.get(block.group) ?? (groups.set(block.group, groups.size), groups.size - 1),
      element: index.get(elements[i]),
    })));
  };`;

/** A random tree: Chinese words, credits, dates and white space in block and inline elements, some hidden. */
function randomBody(random: () => number, shownAgain: boolean): string {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const styles = ['', '', '', '', 'display:none', 'visibility:hidden', 'display:inline', 'display:block'];
  if (shownAgain) styles.push('visibility:visible');
  const words = ['张三', '李四', '记者', '来源：人民网', ' ', '\n  ', '\n', '2024-03-05', '。', '正文内容', ''];
  const node = (depth: number): string => {
    const r = random();
    if (depth > 4 || r < 0.35) return pick(words);
    if (r < 0.42) return pick(['<br>', '<img src="a.png" alt="">', '<hr>']);
    const tag = pick(['div', 'p', 'span', 'a', 'b', 'li', 'h1', 'section', 'font']);
    const style = pick(styles);
    const children = Array.from({ length: Math.floor(random() * 4) }, () => node(depth + 1)).join('');
    return `<${tag}${style ? ` style="${style}"` : ''}${tag === 'a' ? ' href="#"' : ''}>${children}</${tag}>`;
  };
  return Array.from({ length: 4 }, () => node(0)).join('');
}

async function compare(page: Page, label: string): Promise<boolean> {
  const [before, after] = (await page.evaluate('[walkBefore(), walkAfter()]')) as [string, string];
  if (before === after) return true;
  const [a, b] = [JSON.parse(before) as unknown[], JSON.parse(after) as unknown[]];
  console.log(`differs: ${label} (${a.length} → ${b.length} blocks)`);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const [x = '', y = ''] = [JSON.stringify(a[i]), JSON.stringify(b[i])];
    if (x === y) continue;
    // Around where the two first part.
    let at = 0;
    while (x[at] === y[at]) at++;
    const from = Math.max(0, at - 120);
    console.log(`  before ${i}: …${x.slice(from, at + 180)}\n  after  ${i}: …${y.slice(from, at + 180)}`);
    break;
  }
  return false;
}

const before = await browserBundle(entry('walkBefore'), resolve(other));
const after = await browserBundle(entry('walkAfter'));
const h = await launchBrowser();
let pages = 0;
let differing = 0;
try {
  const corpus = await servedFolderPages(h.server, join(REPO_ROOT, 'tests/corpus'), {
    prefix: 'ia-',
    under: '/corpus',
  });
  const modern =
    typeof options.modern === 'string'
      ? await servedFolderPages(h.server, resolve(options.modern), { under: '/modern' })
      : [];
  const paths = [
    ...corpus.map((p) => p.path),
    ...modern.map((p) => p.path),
    ...fixturePaths(['seeds', 'live', 'portal', 'hostile', 'malformed', 'slogans']),
  ];
  for (const path of paths) {
    const page = await h.context.newPage();
    try {
      await page.goto(h.origin + path, { waitUntil: 'load' });
      await page.addScriptTag({ content: before });
      await page.addScriptTag({ content: after });
      pages++;
      if (!(await compare(page, path))) differing++;
    } finally {
      await page.close();
    }
  }
  let seed = Number(options.seed ?? 1);
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const trees = Number(options.trees ?? 300);
  const page = await h.context.newPage();
  for (let i = 0; i < trees; i++) {
    const body = randomBody(random, options['shown-again'] === true);
    await page.setContent(`<!doctype html><html><body>${body}</body></html>`);
    await page.addScriptTag({ content: before });
    await page.addScriptTag({ content: after });
    if (!(await compare(page, `tree ${i}: ${body.slice(0, 200)}`))) differing++;
  }
  console.log(`${pages} pages and ${trees} random trees, ${differing} differ`);
} finally {
  await h.close();
}
process.exitCode = differing ? 1 : 0;
