import type { Block } from '../article';

/** How a block is dressed: its tag and its class, id and role tokens. Items of one list, or replies, dress alike. */
export const dressOf = (block: Block): string => `${block.tag}|${block.hints.join(' ')}`;
