import { describe, expect, it } from 'vitest';
import { articleFields, garbledCounts } from '../../../../src/extension/ui/popup/fields';
import { article } from '../../../core/article';

/** The date row for an article dated `date`. */
const formatDate = (date: string) => articleFields(article({ date })).find((row) => row.key === 'date')?.value;

describe('the date field', () => {
  it('shows the page’s own clock time without a time-zone shift', () => {
    expect(formatDate('2020-02-01T07:55+08:00')).toBe('2020-02-01 07:55');
    expect(formatDate('2020-02-01T23:10:05Z')).toBe('2020-02-01 23:10');
  });
  it('shows a date without a time as a date', () => {
    expect(formatDate('2020-02-01')).toBe('2020-02-01');
  });
  it('leaves anything else as it came', () => {
    expect(formatDate(' 2020年2月 ')).toBe('2020年2月');
  });
});

describe('articleFields', () => {
  it('lists every field in order, unknown ones as null', () => {
    const rows = articleFields(
      article({ title: '依靠群众', date: '2020-02-01T07:55+08:00', source: '四川日报', editor: '  ' }),
    );
    expect(rows.map((r) => r.key)).toEqual(['title', 'date', 'source', 'editor', 'reporter', 'reviewer', 'site']);
    expect(Object.fromEntries(rows.map((r) => [r.key, r.value]))).toEqual({
      title: '依靠群众',
      date: '2020-02-01 07:55',
      source: '四川日报',
      editor: null,
      reporter: null,
      reviewer: null,
      site: null,
    });
  });
  it('shows the reporter from the article’s author', () => {
    expect(articleFields(article({ author: '张三' })).find((r) => r.key === 'reporter')?.value).toBe('张三');
  });
});

describe('garbledCounts', () => {
  it('is null without garbled warnings', () => {
    expect(garbledCounts(article({ warnings: [{ kind: 'conflict', message: 'x' }] }))).toBeNull();
  });
  it('counts warned spans and repairs', () => {
    const counts = garbledCounts(
      article({
        warnings: [
          { kind: 'garbled', message: 'a', block: 1 },
          { kind: 'garbled', message: 'b', block: 4 },
          { kind: 'garbled', message: 'c', block: 5 },
        ],
        paragraphs: [
          { text: '责任', block: 1, repairs: [{ start: 0, end: 2, original: '��' }] },
          { text: 'x', block: 2 },
        ],
      }),
    );
    expect(counts).toEqual({ found: 3, repaired: 1 });
  });
});
