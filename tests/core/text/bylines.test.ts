import { describe, expect, it } from 'vitest';
import { labelAlone } from '../../../src/core/text/bylines';
import { neutral } from '../../../src/core/text/neutral';

describe('labelAlone', () => {
  it.each([
    ['来源：', '来源:', 'source'],
    ['来源', '来源:', 'source'],
    ['信息来源：', '信息来源:', 'source'],
    ['作者', '作者:', 'author'],
    ['責任編輯', '责任编辑:', 'editor'],
    ['编　辑：', '编 辑:', 'editor'],
    ['审核', '审核:', 'reviewer'],
  ])('%s is a credit label alone', (block, marked, field) => {
    expect(labelAlone(neutral(block).trim())).toEqual({ marked, field });
  });

  it.each([['来源：新华社'], ['来源地'], ['图片来源：'], ['摄影'], ['发布日期：'], ['编辑部'], ['']])(
    '%s is not',
    (block) => {
      expect(labelAlone(neutral(block).trim())).toBeNull();
    },
  );
});
