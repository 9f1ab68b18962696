import { describe, expect, it } from 'vitest';
import { diffArticles, hasChanges, textChanges } from '../../../src/core/library/diff';
import { savedArticleOf } from '../../../src/core/library/saved';
import { article } from '../article';

const saved = (title: string, paragraphs: string[], date = '2024-03-01') =>
  savedArticleOf(article({ title, date, paragraphs: paragraphs.map((text, block) => ({ text, block })) }));

describe('diffArticles', () => {
  it('finds nothing between two savings of the same text', () => {
    const a = saved('标题', ['第一段。', '第二段。']);
    const diff = diffArticles(a, saved('标题', ['第一段。', '第二段。']));
    expect(hasChanges(diff)).toBe(false);
    expect(diff.paragraphs.map((p) => p.kind)).toEqual(['same', 'same']);
  });

  it('names changed fields, and tells added, removed and edited paragraphs apart', () => {
    const before = saved(
      '全面推进乡村振兴',
      ['会议强调，要坚持农业农村优先发展。', '各地要压实责任。', '这一段后来被删去了，整段不见。'],
      '2024-03-01',
    );
    const after = saved(
      '全面推进乡村振兴工作会议召开',
      ['会议强调，要坚定不移坚持农业农村优先发展。', '各地要压实责任。', '新增一段：加强组织领导。'],
      '2024-03-02',
    );
    const diff = diffArticles(before, after);
    expect(diff.fields).toEqual([
      { field: 'title', before: '全面推进乡村振兴', after: '全面推进乡村振兴工作会议召开' },
      { field: 'date', before: '2024-03-01', after: '2024-03-02' },
    ]);
    expect(diff.paragraphs.map((p) => p.kind)).toEqual(['edited', 'same', 'added', 'removed']);
    expect({ added: diff.added, removed: diff.removed, edited: diff.edited }).toEqual({
      added: 1,
      removed: 1,
      edited: 1,
    });
    const edited = diff.paragraphs[0]!;
    expect(edited.kind === 'edited' && edited.parts).toEqual([
      { kind: 'same', text: '会议强调，要坚' },
      { kind: 'added', text: '定不移坚' },
      { kind: 'same', text: '持农业农村优先发展。' },
    ]);
  });

  it('keeps the order of the newer text when paragraphs are inserted before others', () => {
    const diff = diffArticles(saved('t', ['甲段内容', '乙段内容']), saved('t', ['开头新段落', '甲段内容', '乙段内容']));
    expect(diff.paragraphs.map((p) => p.kind)).toEqual(['added', 'same', 'same']);
  });
});

describe('textChanges', () => {
  it('gives runs that rebuild both texts', () => {
    const parts = textChanges('坚持和发展中国特色社会主义', '坚持和完善中国特色社会主义制度');
    expect(
      parts
        .filter((p) => p.kind !== 'added')
        .map((p) => p.text)
        .join(''),
    ).toBe('坚持和发展中国特色社会主义');
    expect(
      parts
        .filter((p) => p.kind !== 'removed')
        .map((p) => p.text)
        .join(''),
    ).toBe('坚持和完善中国特色社会主义制度');
  });
});
