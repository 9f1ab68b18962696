/**
 * Conversion through an engine: the dictionaries in place (`local.ts`, for the background, the CLI and tests) or a
 * client that asks the context holding them (the extension's page-side contexts inject one). Nothing here loads a
 * dictionary, so page-side bundles import it freely.
 */
import { detectScript } from '../core/script';
import type { ScriptTarget } from './targets';

export type ConversionSource = 'auto' | ScriptTarget;

/** Converts blocks of text pieces; each output block has the same number of pieces as its input. */
export type ConversionEngine = (blocks: string[][], to: ScriptTarget, from: ScriptTarget) => Promise<string[][]>;

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
  return engine(blocks, to, from);
}
