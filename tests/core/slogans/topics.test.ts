import { describe, expect, it } from 'vitest';
import { pageTopics } from '../../../src/core/slogans/topics';
import { sourcesOf } from './sources';

describe('pageTopics', () => {
  it('names a topic the title states, or the text states three times', () => {
    expect(pageTopics(sourcesOf(['今天天气很好。'], '疫情防控通知'))).toEqual(new Set(['epidemic']));
    expect(pageTopics(sourcesOf(['发现病例。', '组织核酸检测。', '开展疫苗接种。']))).toEqual(new Set(['epidemic']));
    expect(pageTopics(sourcesOf(['发现病例。', '河流治理。']))).toEqual(new Set());
    expect(pageTopics(sourcesOf(['光伏产品出口增长，锂电池和电动汽车也在增长。']))).toEqual(new Set(['industry']));
  });
});
