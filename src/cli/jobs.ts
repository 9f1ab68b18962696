/**
 * What each command does with one page, as one JSON object: the batch runner calls it in this thread or in worker
 * threads, and the single-page commands share its pieces. A page that fails gives `{ path, error }`, never a throw.
 */
import { articleToCsl, formatCitation, type CitationStyle } from '../core/cite/index';
import { withSlogans } from '../core/slogans';
import { convertPieces, resolveSource, type ConversionSource } from '../convert/index';
import type { ScriptTarget } from '../convert/targets';
import { articleJson } from '../core/article-json';
import { type PageInput, sourceFields } from './inputs';
import { CliError } from './io';
import { articleOf, type LoadedPage, loadBytes, textOf } from './load';

export type JobSpec =
  | { command: 'extract' }
  /** `accessed`: the day the pages were read, as milliseconds since the epoch. */
  | { command: 'cite'; style: CitationStyle; accessed: number }
  | { command: 'convert'; to: ScriptTarget; from: ConversionSource };

export const NO_ARTICLE = 'no article text found on this page';

export async function runJob(spec: JobSpec, input: PageInput): Promise<Record<string, unknown>> {
  const where = sourceFields(input);
  try {
    return { ...where, ...(await outcome(spec, input)) };
  } catch (error) {
    const message =
      error instanceof CliError ? error.message : `unexpected error: ${(error as Error)?.message ?? error}`;
    return { ...where, error: message };
  }
}

async function outcome(spec: JobSpec, input: PageInput): Promise<Record<string, unknown>> {
  if (spec.command === 'convert') {
    const { text } = textOf(input.bytes, input.path);
    return { text: await convertText(text, spec.to, spec.from) };
  }
  const loaded = loadBytes(input.bytes, input.path, { url: input.url, kind: input.kind, charset: input.charset });
  if (spec.command === 'extract') {
    const article = articleOf(loaded);
    if (article.paragraphs.length === 0) throw new CliError(NO_ARTICLE);
    return articleJson(withSlogans(article));
  }
  const url = input.url ?? pageUrl(loaded);
  if (!url) throw new CliError('no URL for this page (a citation names where the page was read)');
  const item = articleToCsl(articleOf(loaded), { url, accessed: new Date(spec.accessed) });
  return { citation: formatCitation(item, spec.style) };
}

/** The address a saved page gives for itself: a CleanEval wrapper's, else its declared canonical one. */
function pageUrl({ page }: LoadedPage): string | undefined {
  const candidate = page.meta.url ?? page.meta.meta['og:url'];
  return candidate && /^https?:\/\//i.test(candidate) ? candidate : undefined;
}

/** Text in another script, line for line: each line keeps its ending, `\r\n` included. */
export async function convertText(text: string, to: ScriptTarget, from: ConversionSource): Promise<string> {
  const lines = text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
  const converted = await convertPieces(
    lines.map((line) => [line]),
    to,
    resolveSource(from, text),
  );
  return converted.map(([line]) => line).join('');
}
