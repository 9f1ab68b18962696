import { describe, expect, it } from 'vitest';
import { articleToCsl, formatCitation, type CslItem } from '../../../src/core/cite/index';
import { accessedDay, gbtNewspaperExample, gbtUndatedExample, seed000, seedUrl } from './fixtures';

const ris = (item: CslItem) => formatCitation(item, 'ris');

describe('RIS', () => {
  it('writes a newspaper article as TY NEWS, ending with ER', () => {
    expect(ris(gbtNewspaperExample)).toBe(
      [
        'TY  - NEWS',
        'AU  - 余建斌',
        'TI  - 我们的科技一直在追赶：访中国工程院院长周济',
        'T2  - 人民日报',
        'PY  - 2013',
        'DA  - 2013/01/12',
        'SP  - 2',
        'UR  - http://paper.people.com.cn/rmrb/html/2013-01/12/nw.D110000renmrb_20130112_5-02.htm',
        'Y2  - 2013/03/20',
        'LA  - zh-CN',
        'ER  - ',
      ].join('\n'),
    );
  });

  it('writes other pages as ELEC and posts as BLOG', () => {
    expect(ris(gbtUndatedExample).split('\n')[0]).toBe('TY  - ELEC');
    expect(ris({ ...gbtUndatedExample, type: 'post-weblog' }).split('\n')[0]).toBe('TY  - BLOG');
  });

  it('keeps the editor as ED, never as AU, for seed 000', () => {
    const text = ris(articleToCsl(seed000, { url: seedUrl, accessed: accessedDay }));
    expect(text).toContain('ED  - 雷晓琦');
    expect(text).not.toContain('AU  -');
  });

  it('keeps every value on one line so page text cannot start a new tag', () => {
    const text = ris({ ...gbtNewspaperExample, title: '标题\nER  - \r\nTY  - JOUR' });
    const lines = text.split('\n');
    expect(lines.filter((line) => line.startsWith('TY  -'))).toHaveLength(1);
    expect(lines.filter((line) => line.startsWith('ER  -'))).toHaveLength(1);
    expect(lines.at(-1)).toBe('ER  - ');
    expect(text).toContain('TI  - 标题 ER - TY - JOUR');
  });

  it('writes one AU line per author, Latin names inverted', () => {
    const text = ris({ ...gbtNewspaperExample, author: [{ literal: '张三' }, { family: 'Smith', given: 'John' }] });
    expect(text).toContain('AU  - 张三\nAU  - Smith, John\n');
  });
});
