/**
 * Traditional ⇄ simplified conversion for everyone who needs text in the reader's script: the reader view, popup
 * fields, copied text, the CLI, and the page converter (which converts whole blocks through `convertPieces`).
 *
 * Where the dictionaries live: the background (and Node, for the CLI and tests) runs the engine itself; every other
 * extension context (content script, popup) asks the background, so the 1 MB simplified→traditional dictionary is
 * parsed and built once per browser, never bundled into a page-side script.
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

let engine: ConversionEngine | undefined;

async function currentEngine(): Promise<ConversionEngine> {
  if (engine) return engine;
  // Decided at build time: page-side bundles get only the messaging client, never the dictionaries.
  if (import.meta.env?.ENTRYPOINT !== undefined && import.meta.env.ENTRYPOINT !== 'background') {
    engine = (await import('./remote')).remoteEngine;
  } else {
    engine = (await import('./local')).localEngine;
  }
  return engine;
}

/** Convert blocks of pieces (a block's text nodes) as whole blocks, split back at the same places. */
export async function convertPieces(blocks: string[][], to: ScriptTarget, from: ScriptTarget): Promise<string[][]> {
  if (from === to || blocks.length === 0) return blocks.map((pieces) => pieces.slice());
  return (await currentEngine())(blocks, to, from);
}

/** Convert text to the reader's script. `from: 'auto'` detects simplified or traditional from the text itself. */
export async function convertText(text: string, to: ScriptTarget, from: ConversionSource = 'auto'): Promise<string> {
  const [[converted]] = (await convertPieces([[text]], to, resolveSource(from, text))) as [[string]];
  return converted;
}
