/** Records and articles the citation tests share: the standard's own examples and the seeds' metadata. */
import { article } from '../article';
import type { CslItem } from '../../../src/core/cite/index';

const day = (y: number, m: number, d: number) => ({ 'date-parts': [[y, m, d]] });

/** GB/T 7714—2015's example of a newspaper article read online. */
export const gbtNewspaperExample: CslItem = {
  id: 'gbt-example-n',
  type: 'article-newspaper',
  title: '我们的科技一直在追赶：访中国工程院院长周济',
  author: [{ literal: '余建斌' }],
  'container-title': '人民日报',
  issued: day(2013, 1, 12),
  page: '2',
  accessed: day(2013, 3, 20),
  URL: 'http://paper.people.com.cn/rmrb/html/2013-01/12/nw.D110000renmrb_20130112_5-02.htm',
  language: 'zh-CN',
};

/** GB/T 7714—2015's example of a dated electronic bulletin read online. */
export const gbtWebExample: CslItem = {
  id: 'gbt-example-eb',
  type: 'webpage',
  title: '出版业信息化迈入快车道',
  author: [{ literal: '萧钰' }],
  issued: day(2001, 12, 19),
  accessed: day(2002, 4, 15),
  URL: 'http://www.creader.com/news/20011219/200112190019.html',
  language: 'zh-CN',
};

/** GB/T 7714—2015's example of an undated page: only the date it was read, in brackets. */
export const gbtUndatedExample: CslItem = {
  id: 'gbt-example-undated',
  type: 'webpage',
  title: 'History of OCLC',
  author: [{ literal: 'Online Computer Library Center, Inc.' }],
  accessed: day(2000, 1, 8),
  URL: 'http://www.oclc.org/about/history/default.htm',
  language: 'en',
};

export { article };

/** Seed 000: an unsigned 四川日报 commentary republished on the provincial government portal. */
export const seed000 = article({
  title: '依靠群众打赢疫情防控阻击战',
  date: '2020-02-01T07:55+08:00',
  source: '四川日报',
  editor: '雷晓琦',
  site: '四川省人民政府',
});

/** Seed 002: a traditional-script page of a 四川日報 report with a named reporter. */
export const seed002 = article({
  title: '省委辦公廳省政府辦公廳印發通知 組織黨員干部下沉基層一線參加疫情防控工作',
  date: '2022-09-02T09:34+08:00',
  source: '四川日報',
  editor: '曹惠君',
  author: '張立東',
  site: '中新社四川分社',
  script: 'hant',
});

/** Seed 004: a document-sharing page with a title but no date, byline, source or site name. */
export const seed004 = article({ title: '坚持人民至上生命至上全力以赴抓好疫情防控' });

export const accessedDay = new Date(2026, 10, 29, 21, 30);
export const seedUrl = 'http://www.sc.gov.cn/10462/10464/10797/2020/2/1/a.shtml';
