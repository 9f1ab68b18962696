/** The engine run in place, where the dictionaries are: the background page/worker, the CLI and tests. */
import type { ConversionEngine } from './engine';
import { loadConverter } from './opencc';

export const localEngine: ConversionEngine = async (blocks, to, from) => {
  const convert = await loadConverter(from, to);
  return blocks.map(convert);
};
