import { describe, expect, it } from 'vitest';
import { afterLeadingDate } from '../../../src/core/text/dates';

describe('afterLeadingDate', () => {
  it('finds where a line goes on after the date it opens with, in every form a date is written', () => {
    const cases: [string, string][] = [
      ['2024-03-05 10:20 记者 张三', '记者 张三'],
      ['2024年3月5日 来源：人民网', '来源：人民网'],
      ['03/05/2024 | 编辑 李四', '编辑 李四'],
      ['Mar 5, 2005 by Joel', 'by Joel'],
      ['民国113年3月5日 中央社', '中央社'],
      ['113年3月5日 中央社', '中央社'],
      ['二〇二四年三月五日 市政府办公室', '市政府办公室'],
    ];
    for (const [line, rest] of cases) expect(line.slice(afterLeadingDate(line)), line).toBe(rest);
  });

  it('is 0 for a line that does not open with a date, or is the date alone', () => {
    for (const line of ['记者 张三 2024-03-05', '（2024-03-05）', '2024-03-05 10:20', '今天是个好日子', ''])
      expect(afterLeadingDate(line), line).toBe(0);
  });
});
