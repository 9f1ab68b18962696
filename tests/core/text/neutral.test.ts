import { describe, expect, it } from 'vitest';
import { neutral } from '../../../src/core/text/neutral';

describe('neutral', () => {
  it('writes traditional and variant characters simplified and full-width ASCII as ASCII, offset for offset', () => {
    for (const [text, view] of [
      ['責任編輯：張三（記者）', '责任编辑:张三(记者)'],
      ['中央社記者吳欣紜台北18日電', '中央社记者吴欣纭台北18日电'],
      ['來源：聯合新聞網｜編輯：李四', '来源:联合新闻网|编辑:李四'],
      ['為 裡 著 於', '为 里 着 于'],
      ['〔記者李柏澔／台北報導〕', '〔记者李柏澔/台北报导〕'],
      ['２０２０年　１月', '2020年 1月'],
    ]) {
      expect(neutral(text!)).toBe(view);
      expect(neutral(text!)).toHaveLength(text!.length);
    }
  });

  it('leaves simplified text as it is, so the view of a view is the same view', () => {
    for (const text of ['什么、怎么、那么', '这么说', '苎麻']) expect(neutral(text)).toBe(text);
    expect(neutral('甚麼')).toBe('甚么');
    for (let code = 0x3400; code <= 0x9fff; code++) {
      const view = neutral(String.fromCharCode(code));
      expect(neutral(view), view).toBe(view);
    }
  });

  it('returns the very same string when nothing changes', () => {
    const text = '新华社北京9月2日电 plain ascii';
    expect(neutral(text)).toBe(text);
  });
});
