import { describe, expect, it } from 'vitest';
import { authorMatches, bigramF1, dateMatches, dateParts, hanF1, normalise } from './corpus-score';

describe('corpus scoring', () => {
  it('normalises with NFKC and drops whitespace', () => {
    expect(normalise('ＡＢ　１２\n 中文')).toBe('AB12中文');
  });

  it('scores bodies as bags of Han characters and of bigrams', () => {
    expect(hanF1('中文正文', '中文正文')).toBe(1);
    expect(hanF1('abc 123', '')).toBe(1);
    expect(hanF1('中文', '英文')).toBeCloseTo(0.5);
    expect(hanF1('中文正文多余', '中文正文')).toBeCloseTo((2 * (4 / 6) * 1) / (4 / 6 + 1));
    expect(hanF1('', '中文')).toBe(0);
    expect(bigramF1('甲乙丙', '甲乙丁')).toBeCloseTo(0.5);
    expect(bigramF1('甲 乙', '甲乙')).toBe(1);
  });

  it('reads dates at the precision they give', () => {
    expect(dateParts('2005-5-7 21:23:57')).toEqual([2005, 5, 7, 21, 23]);
    expect(dateParts('2020-02-01T07:55+08:00')).toEqual([2020, 2, 1, 7, 55]);
    expect(dateParts('2003年5月')).toEqual([2003, 5]);
    expect(dateParts('1998-3')).toEqual([1998, 3]);
    expect(dateParts('刘涛')).toBeNull();
  });

  it('matches a date at the precision of the truth', () => {
    expect(dateMatches('2005-05-07T21:23+08:00', '2005-5-7 21:23:57')).toBe(true);
    expect(dateMatches('2005-05-07', '2005-5-7 21:23:57')).toBe(false);
    expect(dateMatches('2018-08-23', '2018')).toBe(true);
    expect(dateMatches('2005-05-08T21:23+08:00', '2005-5-7 21:23')).toBe(false);
    expect(dateMatches(null, '2005')).toBe(false);
    expect(dateMatches('2005-01-01', '刘涛')).toBe(false);
  });

  it('matches authors by a normalised contains-match', () => {
    expect(authorMatches(['王建宏 张文攀'], '王建宏 张文攀')).toBe(true);
    expect(authorMatches(['周思博'], '周思博 (Joel Spolsky)')).toBe(true);
    expect(authorMatches([null, '记者 李楠'], '李楠')).toBe(true);
    expect(authorMatches(['刘欢'], '彭冲')).toBe(false);
    expect(authorMatches(['李'], '李楠')).toBe(false);
    expect(authorMatches([null], '李楠')).toBe(false);
  });
});
