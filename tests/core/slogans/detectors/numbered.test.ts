import { describe, expect, it } from 'vitest';
import { numberedCandidates } from '../../../../src/core/slogans/detectors/numbered';
import { sourcesOf } from '../sources';

const found = (...paragraphs: string[]) =>
  numberedCandidates(sourcesOf(paragraphs)).map(({ key, kind, score }) => [key, kind, score]);

describe('unquoted numbered candidates', () => {
  it('proposes an N+X+N+Y formulation the page repeats, and not one it writes once', () => {
    expect(found('深入开展三严三实专题教育。', '把三严三实落到实处。')).toEqual([['三严三实', 'numbered', 6]]);
    expect(found('深入开展三严三实专题教育。')).toEqual([]);
  });

  it('proposes no count, session or 一X一Y idiom, however often', () => {
    expect(found('用了三个月时间，再用三个月。', '五届二次会议，五届二次会议', '一心一意，一心一意')).toEqual([]);
  });

  it('proposes no numeral idiom and no tally of places, however often', () => {
    expect(found('三心二意不行，三心二意要改。', '三省一市合作，三省一市联动。', '七上八下，七上八下。')).toEqual([]);
  });
});
