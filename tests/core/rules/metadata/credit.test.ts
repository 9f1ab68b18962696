import { describe, expect, it } from 'vitest';
import type { Block, Page, Role } from '../../../../src/core/article';
import { textToPage } from '../../../../src/adapters/text';
import { extractArticle } from '../../../../src/core/pipeline';
import { creditRule } from '../../../../src/core/rules/metadata/credit';
import { neutral } from '../../../../src/core/text/neutral';

const PROSE = '打赢疫情防控阻击战，必须紧紧依靠人民群众的参与和支持，我们每个人都是其中的一分子。';
const MORE_PROSE = '社区工作者日夜值守，志愿者为居民送菜上门，医护人员坚守在救治一线。';

function authorOf(
  texts: string[],
  roles: Role[] = texts.map(() => 'body'),
  links: number[] = [],
  hints: string[][] = [],
): string | null {
  const blocks: Block[] = texts.map((text, index) => ({
    index,
    text,
    tag: 'p',
    heading: 0,
    linkDensity: links[index] ?? 0,
    hints: hints[index] ?? [],
    group: 0,
  }));
  const page: Page = { blocks, meta: { meta: {}, jsonLd: [] } };
  const fields = { title: null, date: null, source: null, editor: null, author: null, reviewer: null, site: null };
  return creditRule.apply({ page, roles, texts, views: texts.map(neutral), fields }).claims?.[0]?.value ?? null;
}

describe('author-credit', () => {
  it('reads reporter lines without a colon', () => {
    expect(authorOf(['本报记者罗科苏盈发自北京', PROSE])).toBe('罗科苏盈');
    expect(authorOf(['顶端新闻·河南商报记者马俊峰/文受访者供图', PROSE])).toBe('马俊峰');
    expect(authorOf(['新京报记者 彭冲 山东冠县报道', PROSE])).toBe('彭冲');
    expect(authorOf(['新华网黑龙江频道 记者 伊琳 李清芬', PROSE])).toBe('伊琳 李清芬');
  });

  it('takes a name run on to 记者 only when it starts with a family name', () => {
    expect(authorOf(['记者王小明', PROSE])).toBe('王小明');
    expect(authorOf(['来源：记者调查', PROSE])).toBeNull();
  });

  it('ignores a linked column name that contains 记者', () => {
    expect(authorOf(['第A04版：小记者训练营', PROSE], undefined, [1, 0])).toBeNull();
  });

  it('reads a closing bracketed credit, dropping the dateline', () => {
    expect(authorOf([PROSE, `${PROSE}（记者 胡晓蓉）`])).toBe('胡晓蓉');
    expect(authorOf([PROSE, `${PROSE}（姚峰 上海报道）`])).toBe('姚峰');
    expect(authorOf([PROSE, `${PROSE}（新华社）`])).toBeNull();
    expect(authorOf([PROSE, `评论人：金成晓（吉林大学）`])).toBeNull();
  });

  it('reads forum and blog post lines', () => {
    expect(authorOf([PROSE, '〓 网易娱乐 明星话题 发布时间 2005/03/15 22:36:13 by duscha 〓'])).toBe('duscha');
    expect(authorOf([PROSE, 'ggjjzhzz 发表于 2005-9-15 11:46:00'])).toBe('ggjjzhzz');
    expect(authorOf(['本贴由大卫于2005年8月12日16:12:21在〖心灵体操〗发表.', PROSE])).toBe('大卫');
    // A widget's box signed `by …` under a date is nobody's credit.
    expect(
      extractArticle(textToPage(['社会资本与再就业', PROSE, '2024-03-05 10:20 by Taboola'].join('\n'))).author,
    ).toBeNull();
    expect(
      extractArticle(textToPage(['社会资本与再就业', PROSE, '2024-03-05 10:20 by duscha'].join('\n'))).author,
    ).toBe('duscha');
    expect(authorOf([PROSE, '由海姑娘张贴 @ 2005-06-14 03:25:55 (370)'], ['body', 'boilerplate'])).toBe('海姑娘');
  });

  it('reads drafters and bracketed names on a dated line', () => {
    expect(authorOf([PROSE, '执笔人：闵乐夫 赵兰波 刘韬'])).toBe('闵乐夫 赵兰波 刘韬');
    expect(authorOf(['BUSINESS.SOHU.COM 2004年7月16日08:19 [ 黄宇 ] 来源：[ 国际金融报 ]', PROSE])).toBe('黄宇');
  });

  it('takes a lone name beside the headline only when it starts with a family name', () => {
    expect(authorOf(['犬儒病', '胡平', PROSE], ['title', 'body', 'body'])).toBe('胡平');
    expect(authorOf(['犬儒病(上)', '胡平', PROSE])).toBe('胡平');
    expect(authorOf(['犬儒病', '正文', PROSE], ['title', 'body', 'body'])).toBeNull();
    expect(authorOf(['犬儒病', '吉林大学', PROSE], ['title', 'body', 'body'])).toBeNull();
  });

  it('takes a line of names alone under the headline when every one starts with a family name', () => {
    const roles: Role[] = ['title', 'body', 'body'];
    expect(authorOf(['社会资本与再就业', '赵延东、李晓明', PROSE], roles)).toBe('赵延东、李晓明');
    expect(authorOf(['社会资本与再就业', '赵延东，李晓明', PROSE], roles)).toBe('赵延东，李晓明');
    expect(authorOf(['社会资本与再就业', '赵延东、风险提示', PROSE], roles)).toBeNull();
    expect(authorOf(['社会资本与再就业', '张明、吉林大学', PROSE], roles)).toBeNull();
    expect(authorOf(['社会资本与再就业', '王明、新华社', PROSE], roles)).toBeNull();
    // An element that says it holds the editor's credit, not the writer's; TRS sites' article wrapper says nothing.
    expect(authorOf(['社会资本与再就业', '赵延东', PROSE], roles, [], [[], ['editor']])).toBeNull();
    expect(authorOf(['社会资本与再就业', '赵延东', PROSE], roles, [], [[], ['trs_editor']])).toBe('赵延东');
  });

  it('leaves a name under a label alone in its own block to that label', () => {
    const roles: Role[] = ['title', 'body', 'body', 'body'];
    expect(authorOf(['社会资本与再就业', '责任编辑', '王五', PROSE], roles)).toBeNull();
    expect(authorOf(['社会资本与再就业', '責任編輯：', '王五', PROSE], roles)).toBeNull();
    expect(authorOf(['社会资本与再就业', '热点', '王五', PROSE], roles)).toBe('王五');
    const { editor, author } = extractArticle(textToPage(['社会资本与再就业', '责任编辑', '王五', PROSE].join('\n')));
    expect({ editor, author }).toEqual({ editor: '王五', author: null });
  });

  it('shows no column name beside the headline as its writer', () => {
    const shown = (line: string) =>
      extractArticle(textToPage(['社会资本与再就业', line, PROSE, PROSE].join('\n'))).author;
    expect(shown('时政')).toBeNull();
    expect(shown('焦点')).toBeNull();
    expect(shown('胡平')).toBe('胡平');
  });

  it('takes a line of the writer’s names alone out of the article’s text, and only that line', () => {
    const read = (line: string) => {
      const article = extractArticle(textToPage(['社会资本与再就业', line, PROSE, MORE_PROSE].join('\n')));
      return { author: article.author, paragraphs: article.paragraphs.map((p) => p.text) };
    };
    expect(read('赵延东、李晓明')).toEqual({ author: '赵延东、李晓明', paragraphs: [PROSE, MORE_PROSE] });
    expect(read('胡平')).toEqual({ author: '胡平', paragraphs: [PROSE, MORE_PROSE] });
    // A line that is not all names is no credit, and stays text.
    expect(read('赵延东、风险提示').paragraphs).toContain('赵延东、风险提示');
  });

  it('leaves an author the labelled byline found', () => {
    const page: Page = { blocks: [], meta: { meta: {}, jsonLd: [] } };
    const fields = { title: null, date: null, source: null, editor: null, author: '张三', reviewer: null, site: null };
    expect(creditRule.apply({ page, roles: [], texts: [], views: [], fields }).claims).toBeUndefined();
  });

  it('takes a credit in brackets on a line of its own out of the text, whoever the article credits', () => {
    const read = (line: string, { byline = '', amid = false } = {}) => {
      const lines = ['社会资本与再就业', byline, PROSE, amid ? line : '', MORE_PROSE, amid ? '' : line];
      const article = extractArticle(textToPage(lines.filter(Boolean).join('\n')));
      return { author: article.author, paragraphs: article.paragraphs.map((p) => p.text) };
    };
    expect(read('（记者 刘蓉 通讯员 李琪彬）')).toEqual({ author: '刘蓉', paragraphs: [PROSE, MORE_PROSE] });
    expect(read('（记者 刘蓉）', { amid: true })).toEqual({ author: '刘蓉', paragraphs: [PROSE, MORE_PROSE] });
    expect(read('（袁源）')).toEqual({ author: '袁源', paragraphs: [PROSE, MORE_PROSE] });
    expect(read('（记者 雷晓琦）', { byline: '记者 张三' })).toEqual({
      author: '张三',
      paragraphs: [PROSE, MORE_PROSE],
    });
    // Brackets of a line that credit no one by name stay text.
    for (const line of ['（综合报道）', '（新华社）', '（Turbo）', '（完）'])
      expect(read(line, { amid: true }).paragraphs).toContain(line);
    for (const line of ['（综合报道）', '（新华社）', '（Turbo）']) expect(read(line).paragraphs).toContain(line);
    // A name alone in brackets amid the text names whom the text quotes (under a poem, its poet): no credit; it stays.
    expect(read('（王之涣）', { amid: true })).toEqual({ author: null, paragraphs: [PROSE, '（王之涣）', MORE_PROSE] });
  });
});
