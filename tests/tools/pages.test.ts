import { describe, expect, it } from 'vitest';
import { differences, type PageExpectation, report } from './pages';

const page: PageExpectation = {
  file: 'seeds/000.txt',
  title: '标题',
  date: '2020-02-01',
  source: '四川日报',
  editor: null,
  author: null,
  reviewer: null,
  site: null,
  url: null,
  script: 'hans',
  paragraphs: ['第一段正文。', '第二段正文。', '第三段正文。'],
  warnings: [{ kind: 'garbled', message: '乱码' }],
  removedBy: { furniture: 3, title: 1 },
};

describe('differences between a page and its expectation', () => {
  it('finds none when they agree', () => {
    expect(differences(page, structuredClone(page))).toEqual([]);
  });

  it('names each field that moved, old → new', () => {
    expect(differences(page, { ...page, title: '新标题', editor: '张三' })).toEqual([
      'title: "标题" → "新标题"',
      'editor: null → "张三"',
    ]);
  });

  it('tells removed, added and changed paragraphs apart, with their numbers on each side', () => {
    const actual = { ...page, paragraphs: ['首页', '第一段正文。', '第三段正文！', '责任编辑'] };
    expect(differences(page, actual)).toEqual([
      'paragraphs: 3 → 4',
      'paragraph 0 added: "首页"',
      'paragraph 1 changed (now 2): at character 1, "第二段正文。" → "第三段正文！"',
      'paragraph 2 removed: "第三段正文。"',
      'paragraph 3 added: "责任编辑"',
    ]);
  });

  it('shows a long paragraph from a little before its first difference', () => {
    const long = `${'甲'.repeat(50)}乙${'丙'.repeat(50)}`;
    const [, line] = differences({ ...page, paragraphs: [long] }, { ...page, paragraphs: [long.replace('乙', '丁')] });
    expect(line).toBe(
      `paragraph 0 changed (now 0): at character 50, …"${'甲'.repeat(12)}乙${'丙'.repeat(27)}"… → …"${'甲'.repeat(12)}丁${'丙'.repeat(27)}"…`,
    );
  });

  it('lists warnings gained and lost, and rules that removed more or fewer blocks', () => {
    const actual = {
      ...page,
      warnings: [{ kind: 'no-article', message: '无正文' }],
      removedBy: { furniture: 2, 'main-content': 5, title: 1 },
    };
    expect(differences(page, actual)).toEqual([
      'warning removed: garbled: 乱码',
      'warning added: no-article: 无正文',
      'blocks removed by furniture: 3 → 2',
      'blocks removed by main-content: 0 → 5',
    ]);
  });
});

describe('report', () => {
  it('indents the lines and cuts a long account short, saying how much is left', () => {
    expect(report(['a', 'b'])).toBe('  a\n  b');
    const lines = report(Array.from({ length: 100 }, (_, i) => `line ${i}`)).split('\n');
    expect(lines).toHaveLength(41);
    expect(lines.at(-1)).toBe('  … and 60 more');
  });
});
