import { describe, expect, it } from 'vitest';
import { articleToCsl, formatCitation, type CslItem } from '../../../src/core/cite/index';
import {
  accessedDay,
  article,
  gbtNewspaperExample,
  gbtUndatedExample,
  seed000,
  seed002,
  seed004,
  seedUrl,
} from './fixtures';

const apa = (item: CslItem) => formatCitation(item, 'apa');
const opts = { url: seedUrl, accessed: accessedDay };

describe('APA 7', () => {
  it('cites a signed newspaper article: author, date, title, paper, URL', () => {
    expect(apa(gbtNewspaperExample)).toBe(
      '余建斌. (2013, January 12). 我们的科技一直在追赶：访中国工程院院长周济. 人民日报. http://paper.people.com.cn/rmrb/html/2013-01/12/nw.D110000renmrb_20130112_5-02.htm',
    );
  });

  it('moves the title to the author position for unsigned seed 000, inventing no name', () => {
    expect(apa(articleToCsl(seed000, opts))).toBe(
      `依靠群众打赢疫情防控阻击战. (2020, February 1). 四川日报. ${seedUrl}`,
    );
  });

  it('cites a traditional-script page without inverting the reporter’s name', () => {
    const text = apa(articleToCsl(seed002, opts));
    expect(text.startsWith('張立東. (2022, September 2). 省委辦公廳')).toBe(true);
    expect(text).toContain('. 四川日報. ');
  });

  it('writes n.d. and a retrieval date for an undated page', () => {
    expect(apa(articleToCsl(seed004, opts))).toBe(
      `坚持人民至上生命至上全力以赴抓好疫情防控. (n.d.). Retrieved November 29, 2026, from ${seedUrl}`,
    );
    expect(apa(gbtUndatedExample)).toBe(
      'Online Computer Library Center, Inc. (n.d.). History of OCLC. Retrieved January 8, 2000, from http://www.oclc.org/about/history/default.htm',
    );
  });

  it('names the site after a webpage title, unless the site is the author', () => {
    const item = articleToCsl(article({ title: '国务院常务会议部署', date: '2020-02-01', source: '新华社' }), opts);
    expect(apa(item)).toBe(`国务院常务会议部署. (2020, February 1). 新华社. ${seedUrl}`);
  });

  it('inverts Latin names with initials and joins them with &', () => {
    const item = {
      ...gbtNewspaperExample,
      author: [
        { family: 'Smith', given: 'John Adam' },
        { family: 'Doe', given: 'Jane' },
      ],
    };
    expect(apa(item).startsWith('Smith, J. A., & Doe, J. (2013, January 12). ')).toBe(true);
  });

  it('adds no second period after a title ending in a question mark', () => {
    expect(apa({ ...gbtNewspaperExample, author: undefined, title: '谁来守护？' })).toMatch(/^谁来守护？ \(2013/);
  });
});
