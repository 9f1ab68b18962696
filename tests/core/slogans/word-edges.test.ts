import { describe, expect, it } from 'vitest';
import { onWordEdges } from '../../../src/core/slogans/word-edges';
import { sourcesOf } from './sources';

describe('onWordEdges', () => {
  const sources = sourcesOf(['社区要继续加强管理']);

  it('accepts a stretch cut between words, and one that runs to either end of the text', () => {
    expect(onWordEdges(sources, { source: 0, offset: 0, length: 2 })).toBe(true);
    expect(onWordEdges(sources, { source: 0, offset: 2, length: 7 })).toBe(true);
  });

  it('refuses a stretch that starts or ends inside a word', () => {
    expect(onWordEdges(sources, { source: 0, offset: 0, length: 1 })).toBe(false);
    expect(onWordEdges(sources, { source: 0, offset: 1, length: 3 })).toBe(false);
  });
});
