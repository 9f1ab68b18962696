import { describe, expect, it } from 'vitest';
import { forgetLines, perLine } from '../../../src/core/text/per-line';

describe('perLine', () => {
  it('answers a line once per extraction, and again after forgetLines', () => {
    const asked: string[] = [];
    const length = perLine((line) => {
      asked.push(line);
      return line.length;
    });
    expect([length('来源：新华社'), length('来源：新华社'), length('编辑')]).toEqual([6, 6, 2]);
    expect(asked).toEqual(['来源：新华社', '编辑']);
    forgetLines();
    expect(length('编辑')).toBe(2);
    expect(asked).toEqual(['来源：新华社', '编辑', '编辑']);
  });
});
