/**
 * Generated news-like pages for the property tests: lines mixing article sentences (both scripts), flattened pinyin,
 * dates, bylines, boilerplate words, slogans, arbitrary Unicode; and random markup nesting around them.
 */
import fc from 'fast-check';

const SENTENCES = [
  '依靠群众打赢疫情防控阻击战，各级党委和政府要坚决贯彻落实党中央决策部署。',
  '國務院總理今天在人民大會堂會見了來訪的代表團，雙方就經貿合作交換了意見。',
  '头发与经济发展的报导，引起了社会各界的广泛关注。',
  '全面建成小康社会，实现中华民族伟大复兴的中国梦。',
  '坚持以人民为中心的发展思想，推动高质量发展。',
  '習近平新時代中國特色社會主義思想',
  '据新华社北京2月1日电',
  '各地区各部门要切实增强“四个意识”，坚定“四个自信”，做到“两个维护”。',
  '会议指出，要统筹推进经济社会发展，稳就业、保民生。',
  '本报讯',
];
const PINYIN = ['責(zé)任', '編(biān)輯', '來(lái)源', '記(jì)者', '疫(yì)情', '防(fáng)控'];
const DATES = [
  '2020年02月01日 07:55',
  '2020-02-01',
  '发布时间：2021-07-01 10:30:00',
  '2019/10/01',
  '时间：2018年3月5日',
];
const BYLINES = [
  '记者 张三',
  '责任编辑：李四',
  '来源：人民网',
  '編輯：王五',
  '（记者 雷晓琦）',
  '作者：赵六 审核：陈渊',
  '来源: 新华网',
];
const BOILERPLATE = [
  '分享到：',
  '扫一扫在手机打开当前页',
  '打印本页',
  '关闭窗口',
  '上一篇',
  '下一篇',
  '首页 > 新闻 > 正文',
  '网站地图',
  '版权所有',
  '【字体：大 中 小】',
  '相关新闻',
  '网友评论',
];
const GARBLED = ['鐢熸椿', '锟斤拷', '�', '\u0000', '\u200b', '\ufeff'];
const SCRIPTS = ['<img src=x onerror=alert(1)>', '<script>window.__pwned=1</script>', 'javascript:alert(1)'];

const fragment: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...SENTENCES) },
  { weight: 2, arbitrary: fc.constantFrom(...PINYIN) },
  { weight: 2, arbitrary: fc.constantFrom(...DATES) },
  { weight: 2, arbitrary: fc.constantFrom(...BYLINES) },
  { weight: 3, arbitrary: fc.constantFrom(...BOILERPLATE) },
  { weight: 1, arbitrary: fc.constantFrom(...GARBLED) },
  { weight: 1, arbitrary: fc.constantFrom(...SCRIPTS) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 30 }) },
  { weight: 1, arbitrary: fc.string({ maxLength: 10 }) },
  { weight: 1, arbitrary: fc.constantFrom(' ', '　', '\t', '，', '。', '：', '|', '>') },
);

export const line: fc.Arbitrary<string> = fc
  .array(fragment, { minLength: 0, maxLength: 5 })
  .map((parts) => parts.join(''));

/** A plain-text page: one block per line. */
export const textDocument: fc.Arbitrary<string> = fc
  .array(line, { minLength: 0, maxLength: 40 })
  .chain((lines) => fc.constantFrom('\n', '\r\n').map((eol) => lines.join(eol)));

const BLOCK_TAGS = [
  'div',
  'p',
  'section',
  'article',
  'h1',
  'h2',
  'ul',
  'li',
  'table',
  'tr',
  'td',
  'span',
  'a',
  'b',
  'font',
  'center',
  'blockquote',
];
const SPECIAL_TAGS = ['script', 'style', 'noscript', 'pre', 'code', 'textarea', 'template'];
const ATTRIBUTES = [
  'class="content"',
  'id="article"',
  'class="share"',
  'class="nav"',
  'style="display:none"',
  'hidden',
  'title="头发"',
  'lang="en"',
  'contenteditable',
];

export interface Node {
  tag: string | null;
  attrs: readonly string[];
  text: string;
  children: readonly Node[];
}

const { node } = fc.letrec<{ node: Node }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.record({ tag: fc.constant(null), attrs: fc.constant([]), text: line, children: fc.constant([]) }),
    fc.record({
      tag: fc.constantFrom(...BLOCK_TAGS),
      attrs: fc.subarray(ATTRIBUTES, { maxLength: 2 }),
      text: fc.constant(''),
      children: fc.array(tie('node'), { maxLength: 5 }),
    }),
    fc.record({ tag: fc.constantFrom(...SPECIAL_TAGS), attrs: fc.constant([]), text: line, children: fc.constant([]) }),
    fc.record({
      tag: fc.constantFrom('br', 'img', 'hr', 'input'),
      attrs: fc.subarray(['alt="图片"', 'value="这个"', 'placeholder="搜索"'], { maxLength: 1 }),
      text: fc.constant(''),
      children: fc.constant([]),
    }),
  ),
}));

const VOID = new Set(['br', 'img', 'hr', 'input']);
const RAW_TEXT = new Set(['script', 'style', 'textarea']);

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function serialize(n: Node): string {
  if (n.tag === null) return escapeText(n.text);
  const open = `<${n.tag}${n.attrs.map((a) => ` ${a}`).join('')}>`;
  if (VOID.has(n.tag)) return open;
  // Raw-text elements take the text as is, minus anything that would close them early.
  const inner = RAW_TEXT.has(n.tag)
    ? n.text.replace(/<\//g, '< /')
    : n.children.length
      ? n.children.map(serialize).join('')
      : escapeText(n.text);
  return `${open}${inner}</${n.tag}>`;
}

/** A body's markup: random nesting of news-like text. */
export const bodyMarkup: fc.Arbitrary<string> = fc
  .array(node, { minLength: 0, maxLength: 8 })
  .map((nodes) => nodes.map(serialize).join(''));

/** A whole HTML document with a title and meta a news page might carry. */
export const htmlDocument: fc.Arbitrary<string> = fc
  .tuple(line, fc.option(fc.constantFrom(...BYLINES, ...DATES)), bodyMarkup)
  .map(
    ([title, meta, body]) =>
      `<!doctype html><html><head><meta charset="utf-8"><title>${escapeText(title)}</title>` +
      (meta ? `<meta name="description" content="${meta.replace(/"/g, '&quot;')}">` : '') +
      `</head><body>${body}</body></html>`,
  );
