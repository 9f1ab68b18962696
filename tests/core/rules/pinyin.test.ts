import { describe, expect, it } from 'vitest';
import { pinyinRuby, stripPinyinRuby } from '../../../src/core/rules/pinyin';
import { input, page } from './blocks';

describe('stripPinyinRuby', () => {
  it.each([
    ['責(zé)任', '責任'],
    ['手機(jī)瀏覽', '手機瀏覽'],
    ['堅(jiān)定信心、同舟共濟(jì)', '堅定信心、同舟共濟'],
    ['綠(lǜ)色', '綠色'],
    ['印發(fā)通知', '印發通知'],
    ['女(nǚ)士', '女士'],
  ])('%s → %s', (from, to) => expect(stripPinyinRuby(from)).toBe(to));

  it.each([
    ['公司首席执行官(CEO)表示'],
    ['下载客户端(app)'],
    ['第(1)条'],
    ['(zé)任 at the start of a line follows no character'],
    ['tone-less Latin after Han stays: 中文(de)'],
  ])('leaves %s alone', (text) => expect(stripPinyinRuby(text)).toBe(text));
});

describe('pinyin-ruby rule', () => {
  it('rewrites only the blocks that carry readings, titles and bylines included', () => {
    const p = page(['省委辦公廳印發(fā)通知', '2022年09月02日 來源:四川日報 編輯(jí):曹惠君', '普通段落。']);
    const { texts } = pinyinRuby.apply(input(p));
    expect(texts).toEqual([
      { block: 0, text: '省委辦公廳印發通知' },
      { block: 1, text: '2022年09月02日 來源:四川日報 編輯:曹惠君' },
    ]);
  });
});
