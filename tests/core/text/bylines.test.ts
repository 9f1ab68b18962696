import { describe, expect, it } from 'vitest';
import { fieldOfLabel, firstLabel, LABEL_ALONE_MAX, labelAlone } from '../../../src/core/text/bylines';
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

describe('labelAlone and the label pattern', () => {
  /** What the label pattern makes of the line: a credit label taking all of it, or null. */
  const byPattern = (view: string) => {
    if (view.length === 0 || view.length > LABEL_ALONE_MAX) return null;
    const marked = view.endsWith(':') ? view : `${view}:`;
    const label = firstLabel(marked);
    if (label?.index !== 0 || label[1] === undefined || label[0].length !== marked.length) return null;
    const field = fieldOfLabel(label[1]);
    return field ? { marked, field } : null;
  };
  const parts = [
    '来',
    '源',
    '编',
    '辑',
    '责任',
    '作者',
    '记者',
    '审核',
    '信息',
    ' ',
    ':',
    '/',
    '|',
    '丨',
    '【',
    '文',
    '图',
    '摄影',
    '张',
  ];

  it('agree on every short line made of label pieces, spaces and marks', () => {
    let seed = 7;
    const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    for (let n = 0; n < 20000; n++) {
      let view = '';
      const pieces = 1 + Math.floor(random() * 5);
      for (let k = 0; k < pieces; k++) view += parts[Math.floor(random() * parts.length)];
      expect(labelAlone(view), JSON.stringify(view)).toEqual(byPattern(view));
    }
  });
});
