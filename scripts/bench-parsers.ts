/**
 * `npx tsx scripts/bench-parsers.ts [--repeat N] [--only NAME,NAME]`: the HTML parsers the CLI could build its
 * documents with, on the corpus pages (tests/corpus, and ../shared/corpus-modern when present), decoded as the CLI
 * decodes them. For each: parse time (median of N passes over all pages, in one process) and on how many pages the
 * article differs from the one jsdom's document gives (jsdom runs parse5, the reference HTML5 tree builder, on a
 * full DOM). Then the cost of applying each page's own `<style>` rules (`applyPageStyles`) on the CLI's documents.
 * Prints a table; asserts nothing.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { JSDOM } from 'jsdom';
import { parseHTML } from 'linkedom';
import { domToPage } from '../src/adapters/dom';
import { decodeHtmlBytes } from '../src/cli/decode';
import { parseArgs } from '../src/cli/io';
import { applyPageStyles } from '../src/cli/page-styles';
import { parseHtmlDocument } from '../src/cli/parse-html';
import { extractArticle } from '../src/core/pipeline';
import { REPO_ROOT } from '../tests/paths';

const { options } = parseArgs(process.argv.slice(2));
const REPEAT = Number(options.repeat ?? 3);
const ONLY = typeof options.only === 'string' ? options.only.split(',') : null;
const MODERN = join(REPO_ROOT, '..', 'shared', 'corpus-modern');

function pageFiles(): string[] {
  const corpus = join(REPO_ROOT, 'tests', 'corpus');
  const files = readdirSync(corpus)
    .filter((name) => name.startsWith('ia-'))
    .map((id) => join(corpus, id, 'page.html'));
  if (existsSync(MODERN))
    for (const id of readdirSync(MODERN).sort())
      if (existsSync(join(MODERN, id, 'page.html'))) files.push(join(MODERN, id, 'page.html'));
  return files;
}

const HAPPY_DOM_SETTINGS = {
  disableCSSFileLoading: true,
  disableJavaScriptFileLoading: true,
  disableJavaScriptEvaluation: true,
  disableIframePageLoading: true,
};

/**
 * A parsed document and how to release it: happy-dom and jsdom windows hold their documents until closed, and
 * closing finishes on the event loop, so callers await it.
 */
interface Parsed {
  document: Document;
  release(): Promise<void>;
}

const nothingToRelease = async (): Promise<void> => {};

const parsers: Record<string, (html: string) => Parsed> = {
  'parse5 → linkedom (the CLI)': (html) => ({ document: parseHtmlDocument(html), release: nothingToRelease }),
  'linkedom (htmlparser2)': (html) => ({
    document: parseHTML(html).document as unknown as Document,
    release: nothingToRelease,
  }),
  'happy-dom 20': (html) => {
    const window = new Window({ url: 'http://localhost/', settings: HAPPY_DOM_SETTINGS });
    const document = new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
    return { document, release: () => window.happyDOM.close() };
  },
  'jsdom 26 (parse5)': (html) => {
    const { window } = new JSDOM(html);
    return {
      document: window.document,
      release: async () => {
        window.close();
        await new Promise((resolve) => setImmediate(resolve));
      },
    };
  },
};

async function articleText(parse: (html: string) => Parsed, html: string): Promise<string> {
  const { document, release } = parse(html);
  try {
    return extractArticle(domToPage(document).page)
      .paragraphs.map((p) => p.text)
      .join('\n');
  } finally {
    await release();
  }
}

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[values.length >> 1]!;

async function main(): Promise<void> {
  const files = pageFiles();
  const texts = files.map((file) => decodeHtmlBytes(readFileSync(file)).text);
  const bytes = texts.reduce((sum, text) => sum + Buffer.byteLength(text), 0);
  const reference: string[] = [];
  for (const text of texts) reference.push(await articleText(parsers['jsdom 26 (parse5)']!, text));
  console.log(`${files.length} pages, ${(bytes / 1024 / 1024).toFixed(1)} MB of decoded HTML, ${REPEAT} passes`);
  console.log('parser                         ms/page (median pass)   articles unlike jsdom');
  for (const [name, parse] of Object.entries(parsers)) {
    if (ONLY && !ONLY.some((only) => name.startsWith(only))) continue;
    const passes: number[] = [];
    for (let pass = 0; pass < REPEAT; pass++) {
      let total = 0;
      for (const text of texts) {
        const start = performance.now();
        const parsed = parse(text);
        total += performance.now() - start;
        await parsed.release();
      }
      passes.push(total / texts.length);
    }
    const differing: string[] = [];
    for (const [i, file] of files.entries())
      if ((await articleText(parse, texts[i]!)) !== reference[i]) differing.push(file);
    const shown = differing.map((file) => file.split('/').at(-2)).join(' ');
    console.log(
      `${name.padEnd(30)} ${median(passes).toFixed(2).padStart(8)}                 ${differing.length}${shown ? ` (${shown})` : ''}`,
    );
  }
  styleCost(files, texts);
}

/** `applyPageStyles` on each page's fresh document, after a first pass: median over the passes, and the slowest page. */
function styleCost(files: string[], texts: string[]): void {
  const perPage = texts.map(() => [] as number[]);
  for (let pass = 0; pass <= REPEAT; pass++)
    texts.forEach((text, i) => {
      const document = parseHtmlDocument(text);
      const start = performance.now();
      applyPageStyles(document);
      if (pass > 0) perPage[i]!.push(performance.now() - start);
    });
  const medians = perPage.map(median);
  const slowest = medians.indexOf(Math.max(...medians));
  const total = medians.reduce((a, b) => a + b, 0);
  const untouched = medians.filter((ms) => ms < 0.1).length;
  console.log(
    `page <style> rules: ${(total / texts.length).toFixed(2)} ms/page on average, under 0.1 ms on ${untouched} pages, ` +
      `${medians[slowest]!.toFixed(1)} ms on the slowest (${files[slowest]!.split('/').at(-2)})`,
  );
}

await main();
