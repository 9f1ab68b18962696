/** `convert [--from auto|hans|hant|tw|twp|hk] --to hans|hant|tw|twp|hk <file>`: the file in another script, line for line. */
import { convertPieces, resolveSource, type ConversionSource } from '../convert/index';
import { SCRIPT_TARGETS, isScriptTarget, type ScriptTarget } from '../convert/targets';
import { CliError, parseArgs } from './io';
import { loadText } from './load';

const SOURCES: readonly ConversionSource[] = ['auto', ...SCRIPT_TARGETS];

export async function run(args: string[]): Promise<void> {
  const { options, positional } = parseArgs(args);
  const unknown = Object.keys(options).filter((key) => key !== 'from' && key !== 'to');
  if (unknown.length) throw new CliError(`unknown option --${unknown[0]}`, 2);
  const to = options.to;
  if (to === undefined) throw new CliError(`--to is required (one of ${SCRIPT_TARGETS.join(', ')})`, 2);
  if (!isScriptTarget(to))
    throw new CliError(`--to must be one of ${SCRIPT_TARGETS.join(', ')}, not "${String(to)}"`, 2);
  const from = options.from ?? 'auto';
  if (!SOURCES.includes(from as ConversionSource))
    throw new CliError(`--from must be one of ${SOURCES.join(', ')}, not "${String(from)}"`, 2);
  if (positional.length !== 1)
    throw new CliError(positional.length ? `one file at a time, got ${positional.length}` : 'no file given', 2);

  const path = positional[0]!;
  const { text } = await loadText(path);
  // Lines keep their endings so the output matches the input line for line, \r\n included.
  const lines = text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
  const source = resolveSource(from as ConversionSource, text);
  const converted = await convertPieces(
    lines.map((line) => [line]),
    to as ScriptTarget,
    source,
  );
  process.stdout.write(converted.map(([line]) => line).join(''));
}
