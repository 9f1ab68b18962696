import { describe, expect, it } from 'vitest';
import { findSuspectSpans, lostLeadChar, mayBeGarbled } from '../../../src/core/garbled/detect';

function garbledRuns(text: string): string[] {
  const chars = [...text];
  return findSuspectSpans(chars)
    .filter((span) => span.garbled)
    .map((span) => chars.slice(span.start, span.end).join(''));
}

describe('findSuspectSpans', () => {
  it('finds a one-byte-off GBK run in traditional text, with its flattened pinyin tail', () => {
    const runs = garbledRuns('要與當?shù)匾黄鹕钊胧崂砉ぷ髦写嬖诘睦щy和問題,研究解決辦法');
    expect(runs).toHaveLength(1);
    expect(runs[0]).toContain('匾黄鹕钊');
    expect(runs[0]!.startsWith('?')).toBe(true);
  });

  it('finds private-use characters packed among Chinese', () => {
    expect(garbledRuns('裴逸群表示\uE0DE挥芯\uE132\uE426哟ビ肫し舨馐裕产品')).toHaveLength(1);
  });

  it('leaves clean prose alone, even with rare characters in it', () => {
    expect(findSuspectSpans([...'我们的工作是为人民服务，经济社会发展取得新成效。'])).toEqual([]);
    expect(garbledRuns('长期过著从家门到校门的机械生活，风尘仆仆的我们立即就出发了')).toEqual([]);
  });

  it('leaves symbol-font bullets, separators and honest kana alone', () => {
    expect(garbledRuns('\uF0D8 高等教育出版社')).toEqual([]);
    expect(garbledRuns('生涯的组成部分。\uE004中央人民政府')).toEqual([]);
    expect(garbledRuns('第一章│第二章│第三章')).toEqual([]);
    expect(garbledRuns('【喜欣若狂の欣欣】')).toEqual([]);
  });

  it('flags a lone ? between Han characters, but not a half-width question mark', () => {
    expect(garbledRuns('在中国社会表现得?加明显。')).toEqual(['?']);
    expect(garbledRuns('这是什么主义?答：犬儒主义')).toEqual([]);
  });

  it('flags a lost lead byte left as ? and one ASCII letter', () => {
    expect(garbledRuns('投身疫情防控工作?h(市、區)')).toEqual(['?h']);
    expect(lostLeadChar([...'工作?h('], 2)).toBe(true);
    expect(lostLeadChar([...'工作?hi'], 2)).toBe(false);
  });

  it('reads a question mark by the question word in its clause', () => {
    expect(garbledRuns('你去吗?我去')).toEqual([]);
    expect(garbledRuns('表现得?加明显')).toEqual(['?']);
    expect(garbledRuns('吗，表现得?加')).toEqual(['?']);
    expect(garbledRuns('你去吗 我去?不去')).toEqual(['?']);
    expect(garbledRuns('谁说的?他说?你听')).toEqual([]);
  });

  it('reads every ? of a long unpunctuated line by one look at its clause', () => {
    // Looking back over the clause from each `?` took longer than the suite's time limit on this line (16,000 of them:
    // 32 s); one pass takes milliseconds.
    const runs = garbledRuns(`张${'?编辑电'.repeat(24000)}`);
    expect(runs).toHaveLength(24000);
    expect(garbledRuns(`何${'?编辑电'.repeat(24000)}`)).toEqual([]);
  });
});

describe('mayBeGarbled', () => {
  it('lets through every text with a suspect span, and clean prose stops here', () => {
    const texts = [
      '當?shù)匾黄鹕钊胧崂砉ぷ',
      '我们的工作是为人民服务，经济社会发展取得新成效。',
      '鹕钊',
      '鹕，的的钊',
      'a\uE0DEb',
    ];
    const suspect = texts.filter((text) => findSuspectSpans([...text]).length > 0);
    expect(suspect.length).toBeGreaterThanOrEqual(3);
    for (const text of suspect) expect(mayBeGarbled(text), text).toBe(true);
    expect(mayBeGarbled('我们的工作是为人民服务，经济社会发展取得新成效。')).toBe(false);
  });

  it('counts a character outside the BMP as one, whether or not its surrogates are paired', () => {
    // A lone high surrogate first, so that nothing learnt from it may spoil the pairs that follow.
    expect(mayBeGarbled('\uD840的的的𠀁')).toBe(false);
    // Two rare Han characters three characters apart share a run; four apart they do not.
    expect(mayBeGarbled('𠀀的的𠀁')).toBe(true);
    expect(mayBeGarbled('𠀀的的的𠀁')).toBe(false);
    expect(mayBeGarbled('𠀀𠀀的的\uD840')).toBe(true);
  });
});
