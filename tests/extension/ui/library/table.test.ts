import { describe, expect, it } from 'vitest';
import type { LibraryEntry } from '../../../../src/core/library/saved';
import { choicesOf, filterEntries, NO_FILTERS, sortEntries } from '../../../../src/extension/ui/library/table';

function entry(url: string, fields: Partial<LibraryEntry>): LibraryEntry {
  return {
    url,
    host: new URL(url).hostname,
    title: url,
    date: null,
    source: null,
    editor: null,
    author: null,
    site: null,
    script: 'hans',
    slogans: [],
    versions: [1],
    firstSavedAt: 0,
    savedAt: 0,
    length: 0,
    ...fields,
  };
}

const entries = [
  entry('https://a.gov.cn/1', { date: '2024-01-05', source: '人民日报', editor: '张三', savedAt: 3 }),
  entry('https://b.gov.cn/2', {
    date: '2023-12-31T20:00+08:00',
    source: '新华社',
    slogans: [{ key: '新质生产力', text: '新质生产力', count: 1 }],
    savedAt: 2,
  }),
  entry('https://c.gov.cn/3', { source: '人民日报', editor: '李四', savedAt: 1 }),
];
const urls = (list: LibraryEntry[]) => list.map((e) => e.url.slice(-1));

describe('library table', () => {
  it('filters by source, editor, date range, month and slogan; undated pages fall out of date filters', () => {
    expect(urls(filterEntries(entries, { ...NO_FILTERS, source: '人民日报' }, null))).toEqual(['1', '3']);
    expect(urls(filterEntries(entries, { ...NO_FILTERS, editor: '李四' }, null))).toEqual(['3']);
    expect(urls(filterEntries(entries, { ...NO_FILTERS, from: '2023-12-31', to: '2024-01-04' }, null))).toEqual(['2']);
    expect(urls(filterEntries(entries, { ...NO_FILTERS, month: '2024-01' }, null))).toEqual(['1']);
    expect(urls(filterEntries(entries, { ...NO_FILTERS, slogan: '新质生产力' }, null))).toEqual(['2']);
    expect(urls(filterEntries(entries, NO_FILTERS, new Set(['https://c.gov.cn/3'])))).toEqual(['3']);
  });

  it('sorts by publish date either way, pages without one last', () => {
    expect(urls(sortEntries(entries, { key: 'date', descending: true }))).toEqual(['1', '2', '3']);
    expect(urls(sortEntries(entries, { key: 'date', descending: false }))).toEqual(['2', '1', '3']);
    expect(urls(sortEntries(entries, { key: 'host', descending: true }))).toEqual(['3', '2', '1']);
    expect(urls(sortEntries(entries, { key: 'savedAt', descending: false }))).toEqual(['3', '2', '1']);
  });

  it('offers filter choices by how often they occur', () => {
    expect(choicesOf(entries, 'source')).toEqual(['人民日报', '新华社']);
  });
});
