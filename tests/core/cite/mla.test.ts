import { describe, expect, it } from 'vitest';
import { articleToCsl, formatCitation, type CslItem } from '../../../src/core/cite/index';
import { accessedDay, gbtNewspaperExample, seed000, seed002, seed004, seedUrl } from './fixtures';

const mla = (item: CslItem) => formatCitation(item, 'mla');
const opts = { url: seedUrl, accessed: accessedDay };

describe('MLA 9', () => {
  it('cites a newspaper article: author, quoted title, paper, date, URL', () => {
    expect(mla(gbtNewspaperExample)).toBe(
      '余建斌. “我们的科技一直在追赶：访中国工程院院长周济.” 人民日报, 12 Jan. 2013, http://paper.people.com.cn/rmrb/html/2013-01/12/nw.D110000renmrb_20130112_5-02.htm.',
    );
  });

  it('starts unsigned seed 000 with its title and leaves out the hosting site for a newspaper', () => {
    expect(mla(articleToCsl(seed000, opts))).toBe(`“依靠群众打赢疫情防控阻击战.” 四川日报, 1 Feb. 2020, ${seedUrl}.`);
  });

  it('cites a traditional-script page with the reporter as written', () => {
    expect(mla(articleToCsl(seed002, opts))).toMatch(/^張立東\. “省委辦公廳.*\.” 四川日報, 2 Sept\. 2022, /);
  });

  it('adds the access date to an undated page', () => {
    expect(mla(articleToCsl(seed004, opts))).toBe(
      `“坚持人民至上生命至上全力以赴抓好疫情防控.” ${seedUrl}. Accessed 29 Nov. 2026.`,
    );
  });

  it('inverts only the first of two Latin names', () => {
    const item = {
      ...gbtNewspaperExample,
      author: [
        { family: 'Smith', given: 'John' },
        { family: 'Doe', given: 'Jane' },
      ],
    };
    expect(mla(item).startsWith('Smith, John, and Jane Doe. “')).toBe(true);
    const three = { ...item, author: [...item.author, { literal: '余建斌' }] };
    expect(mla(three).startsWith('Smith, John, et al. “')).toBe(true);
  });
});
