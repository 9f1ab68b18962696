/**
 * Conversion through an engine: the dictionaries in place (`local.ts`, for the background, the CLI and tests) or a
 * client that asks the context holding them (the extension's page-side contexts inject one). Nothing here loads a
 * dictionary, so page-side bundles import it freely.
 */
import { detectScript } from '../core/script';
import type { ScriptTarget } from './targets';
import type { ConvertedBlock } from './types';

export type ConversionSource = 'auto' | ScriptTarget;

/**
 * Converts the blocks of one document (a page's request, a file): each output block has the same number of pieces
 * as its input, and the one-to-many characters no phrase decided, unless `piecesOnly` (then an engine may leave
 * them out: a whole page's choices are not worth sending).
 */
export type ConversionEngine = (
  blocks: string[][],
  to: ScriptTarget,
  from: ScriptTarget,
  piecesOnly?: boolean,
) => Promise<ConvertedBlock[]>;

/** The concrete source script: `auto` becomes simplified or OpenCC traditional by what the text looks like. */
export function resolveSource(from: ConversionSource, sample: string): ScriptTarget {
  return from === 'auto' ? detectScript(sample) : from;
}

/** Convert blocks of pieces (a block's text nodes) as whole blocks, split back at the same places. */
export async function convertPiecesWith(
  engine: ConversionEngine,
  blocks: string[][],
  to: ScriptTarget,
  from: ScriptTarget,
): Promise<string[][]> {
  if (from === to || blocks.length === 0) return blocks.map((pieces) => pieces.slice());
  return (await engine(blocks, to, from, true)).map((block) => block.pieces);
}

/** Convert blocks of pieces, with the choices made for one-to-many characters. */
export async function convertBlocksWith(
  engine: ConversionEngine,
  blocks: string[][],
  to: ScriptTarget,
  from: ScriptTarget,
): Promise<ConvertedBlock[]> {
  if (from === to || blocks.length === 0) return blocks.map((pieces) => ({ pieces: pieces.slice(), choices: [] }));
  return engine(blocks, to, from);
}
