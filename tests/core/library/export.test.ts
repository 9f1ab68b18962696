import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { articleJson } from '../../../src/core/article-json';
import {
  bibliography,
  jsonLines,
  markdownFiles,
  markdownWithFrontMatter,
  zipFolder,
} from '../../../src/core/library/export';
import { type SavedVersion, versionOf } from '../../../src/core/library/saved';
import { article } from '../article';

const SAVED_AT = new Date(2026, 10, 29, 10, 0).getTime();

function version(id: number, url: string, fields: Parameters<typeof article>[0]): SavedVersion {
  return { id, ...versionOf(article(fields), url, SAVED_AT) };
}

const commentary = version(1, 'https://www.sc.gov.cn/a.shtml', {
  title: '依靠群众打赢疫情防控阻击战',
  date: '2020-02-01',
  source: '四川日报',
  editor: '雷晓琦',
  site: '四川省人民政府',
  paragraphs: [
    { text: '# 不是标题：依靠群众。', block: 3 },
    { text: '联防联控、群防群控。', block: 4 },
  ],
  slogans: [{ text: '打赢疫情防控阻击战', key: '打赢疫情防控阻击战', count: 2, kind: 'repeated' }],
});
const signed = version(2, 'https://www.sc.chinanews.com.cn/b.shtml', {
  title: '省委辦公廳印發通知',
  date: '2022-09-02',
  source: '四川日報',
  author: '張立東',
  script: 'hant',
  paragraphs: [{ text: '組織黨員幹部下沉基層。', block: 0 }],
});

describe('bibliography', () => {
  it('numbers a GB/T 7714 list in the order given', () => {
    expect(bibliography([commentary.csl, signed.csl], 'gbt7714')).toBe(
      '[1] 依靠群众打赢疫情防控阻击战[N/OL]. 四川日报, 2020-02-01[2026-11-29]. https://www.sc.gov.cn/a.shtml.\n' +
        '[2] 張立東. 省委辦公廳印發通知[N/OL]. 四川日報, 2022-09-02[2026-11-29]. https://www.sc.chinanews.com.cn/b.shtml.\n',
    );
  });

  it('writes one CSL-JSON array holding every record', () => {
    const parsed = JSON.parse(bibliography([commentary.csl, signed.csl], 'csl-json'));
    expect(parsed).toEqual([commentary.csl, signed.csl]);
  });

  it('keeps BibTeX keys apart when two records would share one', () => {
    const twin = { ...commentary.csl, URL: 'https://www.sc.gov.cn/b.shtml', id: 'https://www.sc.gov.cn/b.shtml' };
    const keys = [...bibliography([commentary.csl, twin], 'bibtex').matchAll(/^@\w+\{([^,]+),/gm)].map((m) => m[1]);
    expect(keys).toHaveLength(2);
    expect(new Set(keys).size).toBe(2);
  });

  it('separates RIS records, each closed by ER', () => {
    const ris = bibliography([commentary.csl, signed.csl], 'ris');
    expect(ris.match(/^TY {2}- /gm)).toHaveLength(2);
    expect(ris.match(/^ER {2}- /gm)).toHaveLength(2);
  });
});

describe('Markdown with front matter', () => {
  it('puts the fields in front matter and escapes what Markdown would read as markup', () => {
    expect(markdownWithFrontMatter(commentary)).toBe(
      [
        '---',
        'title: "依靠群众打赢疫情防控阻击战"',
        'date: "2020-02-01"',
        'source: "四川日报"',
        'editor: "雷晓琦"',
        'site: "四川省人民政府"',
        'url: "https://www.sc.gov.cn/a.shtml"',
        'accessed: "2026-11-29"',
        'script: "hans"',
        'slogans:',
        '  - "打赢疫情防控阻击战"',
        '---',
        '',
        '# 依靠群众打赢疫情防控阻击战',
        '',
        '\\# 不是标题：依靠群众。\n\n联防联控、群防群控。',
        '',
      ].join('\n'),
    );
  });

  it('names files by date and title, unique, and zips them in one folder', () => {
    const files = markdownFiles([commentary, commentary, signed]);
    expect(files.map((f) => f.name)).toEqual([
      '2020-02-01 依靠群众打赢疫情防控阻击战.md',
      '2020-02-01 依靠群众打赢疫情防控阻击战-2.md',
      '2022-09-02 省委辦公廳印發通知.md',
    ]);
    const unzipped = unzipSync(zipFolder('qingdu', files));
    expect(Object.keys(unzipped)).toEqual(files.map((f) => `qingdu/${f.name}`));
    expect(strFromU8(unzipped[`qingdu/${files[2]!.name}`]!)).toBe(markdownWithFrontMatter(signed));
  });
});

describe('JSON Lines', () => {
  it('writes the CLI’s extract shape with the address first, one article a line', () => {
    const lines = jsonLines([commentary, signed])
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines[0]).toEqual({ url: commentary.url, ...articleJson(commentary.article) });
    expect(Object.keys(lines[1])).toEqual(['url', ...Object.keys(articleJson(signed.article))]);
  });
});
