import { afterEach, describe, expect, it, vi } from 'vitest';
import { firstWord } from '../../../src/core/text/dictionary';

describe('firstWord', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.resetModules();
  });

  it('reads the dictionary word a text opens with, or its first character', () => {
    expect(firstWord('熊猫')).toBe('熊猫');
    expect(firstWord('全国版')).toBe('全国');
    expect(firstWord('熊貓')).toBe('熊貓');
    expect(firstWord('胡平')).toBe('胡');
    expect(firstWord('王乐文')).toBe('王');
  });

  it('says nothing where the engine has no segmenter', async () => {
    vi.stubGlobal('Intl', { Segmenter: undefined });
    vi.resetModules();
    const { firstWord: withoutSegmenter } = await import('../../../src/core/text/dictionary');
    expect(withoutSegmenter('熊猫')).toBeNull();
  });
});
