import { describe, expect, it } from 'vitest';
import { duplicateBody } from '../../../src/core/rules/duplicate-body';
import { input, marked, page } from './blocks';

describe('duplicate body', () => {
  it('keeps the first copy of a body printed twice', () => {
    const p = page([
      '标题一二三四五六',
      '第一段正文，内容较长一些。',
      '第二段正文，内容也较长。',
      '标题一二三四五六',
      '第一段正文，内容较长一些。',
      '第二段正文，内容也较长。',
    ]);
    expect(
      marked(duplicateBody.apply(input(p, ['title', 'body', 'body', 'body', 'body', 'body'])), 'duplicate'),
    ).toEqual([3, 4, 5]);
  });

  it('ignores differences in spacing', () => {
    const p = page(['　　打赢疫情防控阻击战，必须紧紧依靠人民群众。', '打赢疫情防控阻击战，必须紧紧依靠人民群众。']);
    expect(marked(duplicateBody.apply(input(p)), 'duplicate')).toEqual([1]);
  });

  it('lets short recurring lines recur', () => {
    const p = page(['（完）', '图片', '（完）', '图片']);
    expect(duplicateBody.apply(input(p)).roles).toEqual([]);
  });

  it('keeps a table’s values that recur row after row', () => {
    const p = page(['01中国音乐史', '田青', '1、英语或俄语或日语', '02中国戏曲史', '王安葵', '1、英语或俄语或日语']);
    expect(duplicateBody.apply(input(p)).roles).toEqual([]);
  });

  it('leaves a repeat that another rule already removed to that rule', () => {
    const p = page(['扫一扫在手机打开当前页', '扫一扫在手机打开当前页']);
    expect(duplicateBody.apply(input(p, ['boilerplate', 'boilerplate'])).roles).toEqual([]);
  });
});
