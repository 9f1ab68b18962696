/**
 * `cite --style S <file> --url URL [--accessed YYYY-MM-DD]`: the citation of a saved page, from the popup's own code.
 * `cite --style S --json [--jobs N] DIR|FILE…|-|ARCHIVE.warc[.gz]`: one JSON line a page, `{ path, citation }`,
 * each page cited at the URL its archive record or the page itself gives.
 */
import { access } from 'node:fs/promises';
import { articleToCsl, citationStyles, formatCitation, isCitationStyle } from '../core/cite/index';
import { isBatch, parseJobs, requireJson, runBatchCommand } from './batch-command';
import { CliError, parseArgs } from './io';

/** A calendar day on the reader's own clock; rejects impossible days such as 2023-02-30. */
export function parseAccessed(value: string): Date {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const date = match ? new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3])) : null;
  if (
    !date ||
    date.getFullYear() !== Number(match![1]) ||
    date.getMonth() !== Number(match![2]) - 1 ||
    date.getDate() !== Number(match![3])
  ) {
    throw new CliError(`--accessed must be a date as YYYY-MM-DD, got "${value}"`, 2);
  }
  return date;
}

function parseUrl(value: string | true | undefined): string {
  if (typeof value !== 'string' || !value) {
    throw new CliError('--url URL is required: a citation names where the page was read', 2);
  }
  try {
    new URL(value);
    return value;
  } catch {
    throw new CliError(`--url must be an absolute URL such as https://example.gov.cn/a.html, got "${value}"`, 2);
  }
}

export async function run(args: string[]): Promise<void> {
  const { options, positional } = parseArgs(args, ['json']);
  const style = options.style;
  if (typeof style !== 'string') throw new CliError(`--style is required: one of ${citationStyles.join(', ')}`, 2);
  if (!isCitationStyle(style))
    throw new CliError(`unknown style "${style}": use one of ${citationStyles.join(', ')}`, 2);
  const accessed = typeof options.accessed === 'string' ? parseAccessed(options.accessed) : new Date();
  if (isBatch(positional)) {
    requireJson(positional, options.json === true);
    if (options.url !== undefined)
      throw new CliError(
        '--url names one page; in a batch each page is cited at its own (from the archive or the page)',
        2,
      );
    const jobs = parseJobs(options.jobs);
    return runBatchCommand({ command: 'cite', style, accessed: accessed.getTime() }, positional, jobs);
  }
  const url = parseUrl(options.url);
  const [file] = positional;
  if (!file) throw new CliError('no file given: cite --style STYLE <file> --url URL', 2);
  try {
    await access(file);
  } catch {
    throw new CliError(`cannot read ${file}: no such file`, 1);
  }
  // The pipeline loads only once the arguments are known to be good, so a mistyped command answers at once.
  const { articleOf, loadFile } = await import('./load');
  const item = articleToCsl(articleOf(await loadFile(file, url)), { url, accessed });
  process.stdout.write(`${formatCitation(item, style)}\n`);
}
