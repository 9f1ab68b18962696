/**
 * `extract <file.txt|file.html> [--url URL] [--json]`: the clean article of a saved page.
 * `extract --json [--jobs N] DIR|FILE…|-|ARCHIVE.warc[.gz]`: every page, one JSON line each.
 */
import { withSlogans } from '../core/slogans';
import { articleJson } from '../core/article-json';
import { articleText } from './article-output';
import { isBatch, parseJobs, requireJson, runBatchCommand } from './batch-command';
import { CliError, parseArgs } from './io';
import { NO_ARTICLE } from './jobs';
import { articleOf, loadFile } from './load';

const USAGE = 'usage: extract <file.txt|file.html> [--url URL] [--json], or extract --json [--jobs N] DIR|FILE…|-';

export async function run(args: string[]): Promise<void> {
  const { options, positional } = parseArgs(args, ['json']);
  if (positional.length === 0) throw new CliError(USAGE, 2);
  if (isBatch(positional)) {
    requireJson(positional, options.json === true);
    if (options.url !== undefined)
      throw new CliError('--url names one page; in a batch each page has its own (from the archive or the page)', 2);
    return runBatchCommand({ command: 'extract' }, positional, parseJobs(options.jobs));
  }
  const url = typeof options.url === 'string' ? options.url : undefined;
  const article = articleOf(await loadFile(positional[0]!, url));
  if (article.paragraphs.length === 0) throw new CliError(`${positional[0]}: ${NO_ARTICLE}`);
  process.stdout.write(
    options.json ? `${JSON.stringify(articleJson(withSlogans(article)), null, 2)}\n` : articleText(article),
  );
}
