import { describe, expect, it } from 'vitest';
import { siteFromFooter, siteRule } from '../../../src/rules/metadata/site';
import { input, page } from '../blocks';

describe('siteFromFooter', () => {
  it.each([
    ['共產黨員網 版權所有 京ICP備12024993號-1', '共產黨員網'],
    ['版权所有：四川省人民政府 网站标识码5100000062', '四川省人民政府'],
    ['Copyright © 2020 人民网 版权所有', '人民网'],
    ['主办单位:四川省人民政府办公厅', '四川省人民政府'],
    ['主辦單位：某某市人民政府辦公室', '某某市人民政府'],
    ['主办：中共某某市委宣传部', '中共某某市委宣传部'],
  ])('%s → %s', (text, site) => expect(siteFromFooter(text)).toBe(site));

  it('reads nothing from ordinary text', () => expect(siteFromFooter('会议由市委主办。')).toBeNull());
});

describe('site rule', () => {
  it('prefers a declared site name, then the copyright holder, then the sponsor', () => {
    const footer = ['主办单位:某某省人民政府办公厅', '某某在线 版权所有'];
    expect(siteRule.apply(input(page(footer, { meta: { 'og:site_name': '某某网' } }))).fields).toEqual({ site: '某某网' });
    expect(siteRule.apply(input(page(footer))).fields).toEqual({ site: '某某在线' });
    expect(siteRule.apply(input(page([footer[0]!]))).fields).toEqual({ site: '某某省人民政府' });
  });

  it('reads footers even after they were removed from the article', () => {
    const p = page(['正文。', '主办单位:四川省人民政府办公厅']);
    expect(siteRule.apply(input(p, ['body', 'boilerplate'])).fields).toEqual({ site: '四川省人民政府' });
  });

  it('finds nothing on a page without a footer', () => expect(siteRule.apply(input(page(['正文。'])))).toEqual({}));
});
