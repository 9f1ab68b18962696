/**
 * `extract <file.txt|file.html> [--url URL] [--format text|json|markdown] [--accessed YYYY-MM-DD]`: the clean article
 * of a saved page (`--json` is `--format json`).
 * `extract --json [--jobs N] DIR|FILE…|-|ARCHIVE.warc[.gz]`: every page, one JSON line each.
 */
import { articleJson } from '../core/article-json';
import { articleMarkdown } from '../core/markdown';
import { articleOutline } from '../core/outline';
import { findSlogans, withSlogans } from '../core/slogans';
import { articleText } from './article-output';
import { isBatch, parseJobs, requireJson, runBatchCommand } from './batch-command';
import { parseAccessed } from './cite';
import { CliError, parseArgs } from './io';
import { NO_ARTICLE } from './jobs';
import { articleOf, loadFile } from './load';

const USAGE =
  'usage: extract <file.txt|file.html> [--url URL] [--format text|json|markdown] [--accessed YYYY-MM-DD], ' +
  'or extract --json [--jobs N] DIR|FILE…|-';

const FORMATS = ['text', 'json', 'markdown'] as const;
type Format = (typeof FORMATS)[number];

/** Today on the reader's clock, YYYY-MM-DD. */
function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export async function run(args: string[]): Promise<void> {
  const { options, positional } = parseArgs(args, ['json']);
  if (positional.length === 0) throw new CliError(USAGE, 2);
  const format = options.format ?? (options.json ? 'json' : 'text');
  if (!FORMATS.includes(format as Format))
    throw new CliError(`--format must be one of ${FORMATS.join(', ')}, not "${String(format)}"`, 2);
  if (isBatch(positional)) {
    requireJson(positional, format === 'json');
    if (options.url !== undefined)
      throw new CliError('--url names one page; in a batch each page has its own (from the archive or the page)', 2);
    return runBatchCommand({ command: 'extract' }, positional, parseJobs(options.jobs));
  }
  // A mistyped date is refused before the file is read.
  if (typeof options.accessed === 'string') parseAccessed(options.accessed);
  const accessed = typeof options.accessed === 'string' ? options.accessed : today();
  const url = typeof options.url === 'string' ? options.url : undefined;
  const loaded = await loadFile(positional[0]!, url);
  const article = articleOf(loaded);
  if (article.paragraphs.length === 0) throw new CliError(`${positional[0]}: ${NO_ARTICLE}`);
  if (format === 'json') process.stdout.write(`${JSON.stringify(articleJson(withSlogans(article)), null, 2)}\n`);
  else if (format === 'markdown') {
    const outline = articleOutline(article, loaded.page.blocks);
    const slogans = findSlogans(article);
    process.stdout.write(articleMarkdown({ article, outline, slogans, url: url ?? article.url ?? '', accessed }));
  } else process.stdout.write(articleText(article));
}
