/**
 * Traditional ⇄ simplified conversion with the dictionaries in place: the background (which converts for every
 * page-side context of the extension), the CLI and tests. Page-side code converts through `engine.ts` with the
 * client the extension injects, so the 1 MB simplified→traditional dictionary is parsed and built once per browser
 * and never bundled into a page-side script.
 */
import { convertPiecesWith, resolveSource, type ConversionSource } from './engine';
import { localEngine } from './local';
import type { ScriptTarget } from './targets';

export { resolveSource, type ConversionSource } from './engine';

/** Convert blocks of pieces (a block's text nodes) as whole blocks, split back at the same places. */
export function convertPieces(blocks: string[][], to: ScriptTarget, from: ScriptTarget): Promise<string[][]> {
  return convertPiecesWith(localEngine, blocks, to, from);
}

/** Convert text to the reader's script. `from: 'auto'` detects simplified or traditional from the text itself. */
export async function convertText(text: string, to: ScriptTarget, from: ConversionSource = 'auto'): Promise<string> {
  const [[converted]] = (await convertPieces([[text]], to, resolveSource(from, text))) as [[string]];
  return converted;
}
