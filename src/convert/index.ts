/**
 * Traditional ⇄ simplified conversion with the dictionaries in place: the background (which converts for every
 * page-side context of the extension), the CLI and tests. Page-side code converts through `engine.ts` with the
 * client the extension injects, so the 1 MB simplified→traditional dictionary is parsed and built once per browser
 * and never bundled into a page-side script.
 */
import { convertBlocksWith, convertPiecesWith, resolveSource, type ConversionSource } from './engine';
import { localEngine, localEngineWith } from './local';
import type { ScriptTarget } from './targets';
import type { ConversionOptions, ConvertedBlock } from './types';

export { resolveSource, type ConversionSource } from './engine';

/** Convert blocks of pieces (a block's text nodes) as whole blocks, split back at the same places. */
export function convertPieces(
  blocks: string[][],
  to: ScriptTarget,
  from: ScriptTarget,
  options?: ConversionOptions,
): Promise<string[][]> {
  return convertPiecesWith(options ? localEngineWith(options) : localEngine, blocks, to, from);
}

/** Convert blocks of pieces, with the choices made for one-to-many characters. */
export function convertBlocks(
  blocks: string[][],
  to: ScriptTarget,
  from: ScriptTarget,
  options?: ConversionOptions,
): Promise<ConvertedBlock[]> {
  return convertBlocksWith(options ? localEngineWith(options) : localEngine, blocks, to, from);
}

/** Convert text to the reader's script. `from: 'auto'` detects simplified or traditional from the text itself. */
export async function convertText(
  text: string,
  to: ScriptTarget,
  from: ConversionSource = 'auto',
  options?: ConversionOptions,
): Promise<string> {
  const [[converted]] = (await convertPieces([[text]], to, resolveSource(from, text), options)) as [[string]];
  return converted;
}
