import { describe, expect, it } from 'vitest';
import { quotedCandidates } from '../../../../src/core/slogans/detectors/quoted';
import { sourcesOf } from '../sources';

const found = (...paragraphs: string[]) =>
  quotedCandidates(sourcesOf(paragraphs)).map(({ key, kind, score }) => [key, kind, score]);

describe('quoted candidates', () => {
  it('scores a quoted set phrase by its items, and more when a head names it a formulation', () => {
    expect(found('要坚持“外防输入、内防反弹”总策略不动摇。')).toEqual([['外防输入、内防反弹', 'quoted', 11]]);
    expect(found('要坚持“外防输入、内防反弹”。')).toEqual([['外防输入、内防反弹', 'quoted', 8]]);
  });

  it('reads a quoted numeral formulation as numbered, and finds the head after a run of quoted items', () => {
    expect(found('做好“六稳”“六保”工作。', '“两学一做”学习教育')).toEqual([
      ['六稳', 'numbered', 11],
      ['六保', 'numbered', 11],
      ['两学一做', 'numbered', 8],
    ]);
  });

  it('scores a short quoted word as a marked metaphor, weaker than a set phrase', () => {
    expect(found('铸造坚实的“隔离墙”。')).toEqual([['隔离墙', 'quoted', 3]]);
  });

  it('proposes no quoted speech, furniture or two-character word', () => {
    expect(found('他说：“大家一定要注意。”', '凡注明“来源:本网”的作品', '这是“工作”的“重点”')).toEqual([]);
  });

  it('proposes no quoted idiom, tally of places or sentence, and no pair out of rhythm', () => {
    expect(
      found(
        '形成“三足鼎立”的格局。',
        '推动“三省一市”协同。',
        '他认为“层次越高，犬儒态度就越是压倒轻信的情形”。',
        '理由是“选手的性别和年龄，取决于护照”。',
      ),
    ).toEqual([]);
  });
});
