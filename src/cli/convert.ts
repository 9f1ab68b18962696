/**
 * `convert [--from auto|hans|hant|tw|twp|hk] --to hans|hant|tw|twp|hk <file>`: the file in another script, line for line.
 * `convert --to T --json [--jobs N] DIR|FILE…|-|ARCHIVE.warc[.gz]`: one JSON line a page, `{ path, text }`.
 */
import type { ConversionSource } from '../convert/index';
import { SCRIPT_TARGETS, isScriptTarget } from '../convert/targets';
import { isBatch, parseJobs, requireJson, runBatchCommand } from './batch-command';
import { CliError, parseArgs } from './io';
import { convertText } from './jobs';
import { loadText } from './load';

const SOURCES: readonly ConversionSource[] = ['auto', ...SCRIPT_TARGETS];
const OPTIONS = new Set(['from', 'to', 'json', 'jobs']);

export async function run(args: string[]): Promise<void> {
  const { options, positional } = parseArgs(args, ['json']);
  const unknown = Object.keys(options).filter((key) => !OPTIONS.has(key));
  if (unknown.length) throw new CliError(`unknown option --${unknown[0]}`, 2);
  const to = options.to;
  if (to === undefined) throw new CliError(`--to is required (one of ${SCRIPT_TARGETS.join(', ')})`, 2);
  if (!isScriptTarget(to))
    throw new CliError(`--to must be one of ${SCRIPT_TARGETS.join(', ')}, not "${String(to)}"`, 2);
  const from = options.from ?? 'auto';
  if (!SOURCES.includes(from as ConversionSource))
    throw new CliError(`--from must be one of ${SOURCES.join(', ')}, not "${String(from)}"`, 2);
  if (positional.length === 0) throw new CliError('no file given', 2);
  if (isBatch(positional)) {
    requireJson(positional, options.json === true);
    const spec = { command: 'convert', to, from: from as ConversionSource } as const;
    return runBatchCommand(spec, positional, parseJobs(options.jobs));
  }
  const { text } = await loadText(positional[0]!);
  process.stdout.write(await convertText(text, to, from as ConversionSource));
}
