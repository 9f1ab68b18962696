import { describe, expect, it } from 'vitest';
import { siteFromFooter, siteRule } from '../../../../src/core/rules/metadata/site';
import { claimed, input, page } from '../blocks';

describe('siteFromFooter', () => {
  it.each([
    ['共產黨員網 版權所有 京ICP備12024993號-1', '共產黨員網'],
    ['版权所有：四川省人民政府 网站标识码5100000062', '四川省人民政府'],
    ['Copyright © 2020 人民网 版权所有', '人民网'],
    ['主办单位:四川省人民政府办公厅', '四川省人民政府'],
    ['主辦單位：某某市人民政府辦公室', '某某市人民政府'],
    ['主办：中共某某市委宣传部', '中共某某市委宣传部'],
    ['Copyright © 2005 Sohu.com Inc. All rights reserved.搜狐公司 版权所有', '搜狐公司'],
    ['松花江网 shjnet.cn 版权所有', '松花江网'],
    ['Yahoo.com.cn © 2006 版权所有 不得转载 京ICP证000022号', 'Yahoo.com.cn'],
    ['制作单位：某某新闻网|所有内容为某某新闻网版权所有，未经授权不得复制转载', '某某新闻网'],
  ])('%s → %s', (text, site) => expect(siteFromFooter(text)).toBe(site));

  it('reads nothing from ordinary text', () => expect(siteFromFooter('会议由市委主办。')).toBeNull());

  it('takes no year, no English company suffix and no “do not reprint” for a name', () => {
    expect(siteFromFooter('Copyright © 2003 Example Holdings Limited. 版权所有 不得转载')).toBeNull();
    expect(siteFromFooter('© 2006 版权所有')).toBeNull();
  });

  it('ignores an article sentence that talks about copyright', () => {
    const sentence =
      '与现场直播的广播节目和网络音乐有所不同，播客节目的下载和传播往往没有得到原作者或制作人的许可，也没有说明版权所有者是谁，这使得本来已经很麻烦的互联网版权问题更加复杂。';
    expect(siteFromFooter(sentence)).toBeNull();
  });
});

describe('site rule', () => {
  it('prefers a declared site name, then the copyright holder, then the sponsor', () => {
    const footer = ['主办单位:某某省人民政府办公厅', '某某在线 版权所有'];
    expect(claimed(siteRule.apply(input(page(footer, { meta: { 'og:site_name': '某某网' } }))))).toEqual({
      site: '某某网',
    });
    expect(claimed(siteRule.apply(input(page(footer))))).toEqual({ site: '某某在线' });
    expect(claimed(siteRule.apply(input(page([footer[0]!]))))).toEqual({ site: '某某省人民政府' });
  });

  it('reads footers even after they were removed from the article', () => {
    const p = page(['正文。', '主办单位:四川省人民政府办公厅']);
    expect(claimed(siteRule.apply(input(p, ['body', 'boilerplate'])))).toEqual({ site: '四川省人民政府' });
  });

  it('finds nothing on a page without a footer', () => expect(siteRule.apply(input(page(['正文。'])))).toEqual({}));
});
