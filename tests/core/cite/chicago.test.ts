import { describe, expect, it } from 'vitest';
import { articleToCsl, formatChicagoNote, formatCitation, type CslItem } from '../../../src/core/cite/index';
import { accessedDay, article, gbtNewspaperExample, seed000, seed002, seed004, seedUrl } from './fixtures';

const chicago = (item: CslItem) => formatCitation(item, 'chicago');
const opts = { url: seedUrl, accessed: accessedDay };
const url = gbtNewspaperExample.URL;

describe('Chicago 17 notes and bibliography', () => {
  it('gives the bibliography entry and the note for a signed newspaper article', () => {
    expect(chicago(gbtNewspaperExample)).toBe(
      `余建斌. “我们的科技一直在追赶：访中国工程院院长周济.” 人民日报, January 12, 2013. ${url}.`,
    );
    expect(formatChicagoNote(gbtNewspaperExample)).toBe(
      `余建斌, “我们的科技一直在追赶：访中国工程院院长周济,” 人民日报, January 12, 2013, ${url}.`,
    );
  });

  it('lists unsigned seed 000 under the paper’s name in the bibliography and by title in the note', () => {
    const item = articleToCsl(seed000, opts);
    expect(chicago(item)).toBe(`四川日报. “依靠群众打赢疫情防控阻击战.” February 1, 2020. ${seedUrl}.`);
    expect(formatChicagoNote(item)).toBe(`“依靠群众打赢疫情防控阻击战,” 四川日报, February 1, 2020, ${seedUrl}.`);
  });

  it('keeps a traditional-script reporter’s name uninverted', () => {
    expect(chicago(articleToCsl(seed002, opts))).toMatch(/^張立東\. “省委辦公廳.*\.” 四川日報, September 2, 2022\. /);
  });

  it('gives an access date for an undated page', () => {
    expect(chicago(articleToCsl(seed004, opts))).toBe(
      `“坚持人民至上生命至上全力以赴抓好疫情防控.” Accessed November 29, 2026. ${seedUrl}.`,
    );
    expect(formatChicagoNote(articleToCsl(seed004, opts))).toBe(
      `“坚持人民至上生命至上全力以赴抓好疫情防控,” accessed November 29, 2026, ${seedUrl}.`,
    );
  });

  it('lets the site owner stand in for a missing author of a web page', () => {
    const item = articleToCsl(
      article({ title: '国务院常务会议部署', date: '2020-02-01', source: '新华社', site: '中国政府网' }),
      opts,
    );
    expect(chicago(item)).toBe(`中国政府网. “国务院常务会议部署.” 新华社. February 1, 2020. ${seedUrl}.`);
  });

  it('inverts only the first Latin name in the bibliography and none in the note', () => {
    const item = {
      ...gbtNewspaperExample,
      author: [
        { family: 'Smith', given: 'John' },
        { family: 'Doe', given: 'Jane' },
      ],
    };
    expect(chicago(item).startsWith('Smith, John, and Jane Doe. “')).toBe(true);
    expect(formatChicagoNote(item).startsWith('John Smith and Jane Doe, “')).toBe(true);
  });
});
