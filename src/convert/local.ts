/** The engine run in place, where the dictionaries are: the background page/worker, the CLI and tests. */
import type { ConversionEngine } from './engine';
import { loadDocumentConverter } from './opencc';
import type { ConversionOptions } from './types';

/** An engine applying `options` (the reader's phrases, quotation marks) to every conversion. */
export function localEngineWith(options: ConversionOptions): ConversionEngine {
  return async (blocks, to, from) => {
    const convert = await loadDocumentConverter(from, to);
    return convert(blocks, options);
  };
}

export const localEngine: ConversionEngine = localEngineWith({});
