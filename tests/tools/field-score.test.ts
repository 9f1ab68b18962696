import { describe, expect, it } from 'vitest';
import { falseRate, fieldStatus, fillRate, nameSet, type PageMetadata } from './field-score';

const page = (fields: Partial<PageMetadata>): PageMetadata => ({
  title: null,
  date: null,
  source: null,
  editor: null,
  author: null,
  reviewer: null,
  kind: 'news',
  ...fields,
});

describe('field scoring', () => {
  it('splits name lists on the separators pages use, keeping names whole', () => {
    expect([...nameSet('王乐文、方敏')]).toEqual(['王乐文', '方敏']);
    expect([...nameSet('方 敏')]).toEqual(['方敏']);
  });

  it('tells right, partial, wrong, missing, invented and absent apart', () => {
    const truth = page({ author: '白瀛、王鹏', source: '新华网', date: '2021-09-02 12:52' });
    expect(fieldStatus('author', '王鹏、白瀛', truth)).toBe('right');
    expect(fieldStatus('author', '白瀛', truth)).toBe('partial');
    expect(fieldStatus('author', '白瀛、新华社', truth)).toBe('wrong');
    expect(fieldStatus('editor', '王佳宁', truth)).toBe('invented');
    expect(fieldStatus('source', null, truth)).toBe('missing');
    expect(fieldStatus('editor', null, truth)).toBe('absent');
    expect(fieldStatus('source', '新华网', truth)).toBe('right');
    expect(fieldStatus('source', '新华网客户端', truth)).toBe('wrong');
  });

  it('reads dates at the precision the page shows', () => {
    const truth = page({ date: '2021-09-02 12:52' });
    expect(fieldStatus('date', '2021-09-02T12:52+08:00', truth)).toBe('right');
    expect(fieldStatus('date', '2021-09-02', truth)).toBe('partial');
    expect(fieldStatus('date', '2021-09-02T12:50+08:00', truth)).toBe('wrong');
    expect(fieldStatus('date', '2021-09-02', page({ date: '2021-09-02' }))).toBe('right');
  });

  it('accepts the alternatives a page allows, and compares titles without quotes or spaces', () => {
    const truth = page({ source: '光明网', title: '“药娘”是个怎样的群体？', alt: { source: ['光明日报'] } });
    expect(fieldStatus('source', '光明日报', truth)).toBe('right');
    expect(fieldStatus('title', '"药娘"是个怎样的群体?', truth)).toBe('right');
  });

  it('rates what is filled and what is false', () => {
    const tally = { right: 8, partial: 1, wrong: 1, missing: 2, invented: 1, absent: 5 };
    expect(fillRate(tally)).toBeCloseTo(8 / 12);
    expect(falseRate(tally)).toBeCloseTo(2 / 11);
  });
});
