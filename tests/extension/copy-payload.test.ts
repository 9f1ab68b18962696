import { describe, expect, it } from 'vitest';
import { citationPayload } from '../../src/extension/copy-payload';
import { article } from '../core/article';

describe('citationPayload', () => {
  const a = article({
    title: '标题',
    date: '2021-03-04',
    source: '人民日报',
    paragraphs: [{ text: '正文一。', block: 0 }],
  });
  const opts = { url: 'https://example.cn/a.html', accessed: new Date(2024, 0, 2), style: 'gbt7714' as const };

  it('puts the article body before the citation', () => {
    expect(citationPayload(a, opts).text).toBe(
      '正文一。\n\n标题[N/OL]. 人民日报, 2021-03-04[2024-01-02]. https://example.cn/a.html.',
    );
  });

  it('keeps one paragraph of a selection per non-blank line, trimmed', () => {
    const citation = '标题[N/OL]. 人民日报, 2021-03-04[2024-01-02]. https://example.cn/a.html.';
    expect(citationPayload(a, { ...opts, selection: '  一句。\r\n\n  二句。 \n\t\n' }).text).toBe(
      `一句。\n\n二句。\n\n${citation}`,
    );
    expect(citationPayload(a, { ...opts, selection: ' \n ' }).text).toBe(citation);
  });

  it('puts a selection, not the article, before the same citation', () => {
    expect(citationPayload(a, { ...opts, selection: '选中\n两行' }).text).toBe(
      '选中\n\n两行\n\n标题[N/OL]. 人民日报, 2021-03-04[2024-01-02]. https://example.cn/a.html.',
    );
  });
});
