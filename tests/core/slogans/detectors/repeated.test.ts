import { describe, expect, it } from 'vitest';
import { isFormulationShaped, repeatedCandidates } from '../../../../src/core/slogans/detectors/repeated';
import { sourcesOf } from '../sources';

const found = (paragraphs: string[], title?: string) =>
  repeatedCandidates(sourcesOf(paragraphs, title)).map(({ key, score }) => [key, score]);

describe('repeated candidates', () => {
  it('proposes the longest stretches the title and body share, stronger for a campaign verb and a war metaphor', () => {
    const body = [
      '打赢疫情防控阻击战，必须紧紧依靠人民群众。',
      '打赢疫情防控阻击战，必须充分发动群众。',
      '每个人都是战士，坚决夺取疫情防控阻击战的胜利。',
    ];
    expect(found(body, '依靠群众打赢疫情防控阻击战')).toEqual([
      ['疫情防控阻击战', 11],
      ['打赢疫情防控阻击战', 11.5],
    ]);
  });

  it('needs three occurrences of a stretch the title does not hold', () => {
    const line = '统筹推进改革发展稳定。';
    expect(found([line, line, line])).toEqual([['统筹推进改革发展稳定', 4.5]]);
    expect(found([line, line])).toEqual([]);
  });

  it('proposes no speaker, however often the page names them', () => {
    expect(
      found(
        ['李乐成强调，要加强监督。', '李乐成强调，要抓好落实。', '李乐成强调，要做好宣传。'],
        '李乐成强调：凝聚精气神',
      ),
    ).toEqual([]);
  });

  it('tells a stretch shaped like a formulation from the topic of a report', () => {
    for (const gram of ['打赢疫情防控阻击战', '坚持以人民为中心的发展思想', '铸牢中华民族共同体意识', '筑牢安全防线'])
      expect(isFormulationShaped(gram), gram).toBe(true);
    for (const gram of ['中高风险地区', '不得播出偶像养成类节目', '核酸检测阴性证明', '春季学期开学'])
      expect(isFormulationShaped(gram), gram).toBe(false);
  });
});
