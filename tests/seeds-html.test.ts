/**
 * The seed pages as HTML: each fixture mirrors its kind of site (markup, class names, furniture) around the seed's
 * own text. Through the DOM path it must give what the seed gives through the text path.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadFile } from '../src/cli/load';
import type { ArticleWithSlogans } from '../src/core/article';
import { extractArticle } from '../src/core/pipeline';
import { withSlogans } from '../src/core/slogans';
import { readSeedExpectation, type SeedExpectation } from './seed-expectation';

const seeds = readdirSync('seeds')
  .filter((name) => name.endsWith('.expected.json'))
  .sort();

/** Facts each page states, independent of the expected files. */
const FACTS: Record<string, Partial<SeedExpectation>> = {
  '000': {
    title: '依靠群众打赢疫情防控阻击战',
    date: '2020-02-01T07:55+08:00',
    source: '四川日报',
    editor: '雷晓琦',
    site: '四川省人民政府',
  },
  '001': { date: null, source: null, editor: null, site: '共產黨員網' },
  '002': {
    title: '省委辦公廳省政府辦公廳印發通知 組織黨員干部下沉基層一線參加疫情防控工作',
    date: '2022-09-02T09:34+08:00',
    source: '四川日報',
    editor: '曹惠君',
    author: '張立東',
  },
  '003': {
    title: '李乐成强调:凝聚人民群众精气神 打赢疫情防控主动仗',
    date: '2020-02-02T09:05+08:00',
    source: '襄阳日报',
    editor: '邓植元',
    reviewer: '陈渊',
  },
  '004': { title: '坚持人民至上生命至上全力以赴抓好疫情防控', date: null, source: null, editor: null },
};

describe.each(seeds.map((name) => [name.slice(0, 3), name] as const))('seed %s as HTML', (id, name) => {
  const expected = readSeedExpectation(`seeds/${name}`);

  it('parses as HTML and states the facts the page shows', async () => {
    const loaded = await loadFile(`tests/fixtures/seeds/${id}.html`);
    expect(loaded.kind).toBe('html');
    expect(loaded.encoding).toBe('utf-8');
    expect(extractArticle(loaded.page)).toMatchObject(FACTS[id]!);
  });

  it('gives the same metadata and body as the seed text', async () => {
    const article = extractArticle((await loadFile(`tests/fixtures/seeds/${id}.html`)).page);
    const { paragraphs, absent, ...fields } = expected;
    expect(article).toMatchObject(fields);
    expect(article.paragraphs.map((p) => p.text)).toEqual(paragraphs);
    const text = article.paragraphs.map((p) => p.text).join('\n');
    for (const furniture of absent) expect(text).not.toContain(furniture);
  });

  it('gives exactly what the text path gives on the seed: fields, paragraphs, repairs, slogans, warnings', async () => {
    const fromHtml = withSlogans(extractArticle((await loadFile(`tests/fixtures/seeds/${id}.html`)).page));
    const fromText = withSlogans(
      extractArticle((await loadFile(`seeds/${name.replace('.expected.json', '.txt')}`)).page),
    );
    const comparable = ({
      roles: _roles,
      removed: _removed,
      url: _url,
      // Where a field was read differs by path (the HTML page also declares its site); what is shown may not.
      evidence: _evidence,
      rejected: _rejected,
      paragraphs,
      warnings,
      ...rest
    }: ArticleWithSlogans) => ({
      ...rest,
      paragraphs: paragraphs.map(({ text, repairs }) => ({ text, repairs })),
      warnings: warnings.map((w) => w.kind),
    });
    expect(comparable(fromHtml)).toEqual(comparable(fromText));
  });
});
