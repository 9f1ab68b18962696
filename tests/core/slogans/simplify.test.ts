import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sloganKey, toSimplifiedSameLength } from '../../../src/core/slogans/simplify';

describe('toSimplifiedSameLength', () => {
  it('converts traditional text to simplified', () => {
    expect(toSimplifiedSameLength('堅持“外防輸入、內防反彈”總策略和“動態清零”總方針')).toBe(
      '坚持“外防输入、内防反弹”总策略和“动态清零”总方针',
    );
    expect(toSimplifiedSameLength('裡面')).toBe('里面');
  });

  it('leaves simplified text and ASCII alone', () => {
    expect(toSimplifiedSameLength('打赢疫情防控阻击战 ABC 123')).toBe('打赢疫情防控阻击战 ABC 123');
  });

  it('keeps astral-plane characters whose conversion would change the length', () => {
    // 二噁英 → 二𫫇英 (phrase) and 𤋮 (compatibility form) would each change UTF-16 offsets.
    const text = '二噁英𤋮';
    expect(toSimplifiedSameLength(text)).toHaveLength(text.length);
  });

  it('preserves every UTF-16 offset, whatever the text', () => {
    const chars = [...'噁嗎們裡著為麼於與個國學習黨員幹部鬥爭𤋮𠀀abc，。、“”「」 \n二英中华'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...chars), { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        expect(toSimplifiedSameLength(text)).toHaveLength(text.length);
      }),
    );
  });
});

describe('sloganKey', () => {
  it('is the same for either script and any separator', () => {
    expect(sloganKey('外防輸入，內防反彈')).toBe(sloganKey('外防输入、内防反弹'));
    expect(sloganKey('“動態清零”')).toBe('动态清零');
  });
});
