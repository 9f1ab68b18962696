import type { Block } from '../article';

/** Each block's dress, built once: several rules compare the dress of every block with its neighbours'. */
const dresses = new WeakMap<Block, string>();

/** How a block is dressed: its tag and its class, id and role tokens. Items of one list, or replies, dress alike. */
export function dressOf(block: Block): string {
  let dress = dresses.get(block);
  if (dress === undefined) {
    dress = `${block.tag}|${block.hints.join(' ')}`;
    dresses.set(block, dress);
  }
  return dress;
}
