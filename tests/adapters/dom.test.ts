// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import fc from 'fast-check';
import { collapseWhitespace, domToPage, joinCjkLines } from '../../src/adapters/dom';

const html = `<!doctype html><html lang="zh-CN"><head>
<title>依靠群众打赢疫情防控阻击战_四川省人民政府</title>
<meta name="PubDate" content="2020-02-01 07:55">
<meta property="og:site_name" content="四川省人民政府">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","headline":"标题"}]}</script>
<script type="application/ld+json">{ broken</script>
<style>.x{}</style></head>
<body class="u-has-nav-bar">
<nav id="top"><ul><li><a href="/">首页</a></li><li><a href="/a">要闻</a></li></ul></nav>
<div id="content" class="article main">
  <h1>依靠群众打赢疫情防控阻击战</h1>
  <p>连日来，<a href="/x">习近平总书记</a>对疫情防控作出部署。</p>
  <p><img src="a.jpg" alt="图一"></p>
  <p>在这场没有硝烟的战争中，人民群众是主体。</p>
  直接写在容器里的一段文字。
  <div class="text">第一行<br>第二行<br><br>第三行</div>
  <figure><img src="b.jpg" alt=""><figcaption>图片说明</figcaption></figure>
  <script>document.write('脚本')</script>
  <noscript>请启用脚本</noscript>
  <template><p>模板</p></template>
  <p hidden>隐藏的段落</p>
  <p style="display: none">也是隐藏的</p>
  <p>汉字
  换行不留空格。</p>
</div>
<div class="footer" role="contentinfo"><p>主办单位：四川省人民政府办公厅</p></div>
</body></html>`;

function check(doc: Document) {
  const { page, elements } = domToPage(doc, 'https://www.sc.gov.cn/a.html');
  const texts = page.blocks.map((b) => b.text);
  expect(texts).toEqual([
    '首页',
    '要闻',
    '依靠群众打赢疫情防控阻击战',
    '连日来，习近平总书记对疫情防控作出部署。',
    '在这场没有硝烟的战争中，人民群众是主体。',
    '直接写在容器里的一段文字。',
    '第一行',
    '第二行',
    '第三行',
    '图片说明',
    '汉字换行不留空格。',
    '主办单位：四川省人民政府办公厅',
  ]);
  expect(elements).toHaveLength(page.blocks.length);
  page.blocks.forEach((block, i) => {
    expect(block.index).toBe(i);
  });
  const [nav1, nav2, h1, p1, p2, run, line1, line2, line3, caption, joined, footer] = page.blocks;
  expect(nav1!.linkDensity).toBe(1);
  expect(nav1!.hints).toEqual(expect.arrayContaining(['nav', 'top']));
  expect(nav1!.group).toBe(nav2!.group);
  expect(h1!.heading).toBe(1);
  expect(h1!.tag).toBe('h1');
  expect(p1!.linkDensity).toBeCloseTo(6 / 20, 5);
  expect(p1!.hints).toEqual(expect.arrayContaining(['content', 'article', 'main']));
  // Classes of <body> describe the whole page, not a container.
  expect(page.blocks.some((b) => b.hints.includes('u-has-nav-bar'))).toBe(false);
  // Paragraphs, and text run directly in their container, share one group.
  expect(new Set([h1!.group, p1!.group, p2!.group, run!.group, joined!.group]).size).toBe(1);
  expect(run!.tag).toBe('div');
  expect(elements[run!.index]!.getAttribute('id')).toBe('content');
  // <br> lines: one block each, grouped by their own container.
  expect(line1!.group).toBe(line2!.group);
  expect(line3!.group).toBe(line1!.group);
  expect(line1!.group).not.toBe(p1!.group);
  expect(elements[line1!.index]!.className).toBe('text');
  // An image alone in a paragraph travels with the next block; a figure's image gets its caption.
  expect(p2!.images).toEqual([{ src: 'a.jpg', alt: '图一', hints: ['article', 'main', 'content'] }]);
  expect(caption!.images).toEqual([
    { src: 'b.jpg', alt: '', caption: '图片说明', hints: ['article', 'main', 'content'] },
  ]);
  expect(footer!.hints).toEqual(expect.arrayContaining(['footer', 'contentinfo']));
  expect(footer!.hints).not.toContain('content');
  expect(page.meta.meta.pubdate).toBe('2020-02-01 07:55');
  expect(page.meta.meta['og:site_name']).toBe('四川省人民政府');
  expect(page.meta.documentTitle).toBe('依靠群众打赢疫情防控阻击战_四川省人民政府');
  expect(page.meta.lang).toBe('zh-CN');
  expect(page.meta.url).toBe('https://www.sc.gov.cn/a.html');
  expect(page.meta.jsonLd).toEqual([
    { '@context': 'https://schema.org', '@graph': [{ '@type': 'NewsArticle', headline: '标题' }] },
    { '@type': 'NewsArticle', headline: '标题' },
  ]);
}

describe('domToPage', () => {
  it('makes the same blocks and metadata on happy-dom', () => {
    const doc = new DOMParser().parseFromString(html, 'text/html') as unknown as Document;
    check(doc);
  });

  it('makes the same blocks and metadata on linkedom', () => {
    check(parseHTML(html).document as unknown as Document);
  });

  it('copes with a CleanEval <text id=URL> wrapper and takes the URL from it', () => {
    const wrapped = `<text id="http://example.com/a.html" title="t" encoding="gb2312">
<html><head><title>旧页面</title><meta http-equiv="Content-Type" content="text/html; charset=gb2312"></head>
<body><table><tr><td>正文第一段。</td></tr><tr><td>正文第二段。</td></tr></table></body></html></text>`;
    for (const doc of [
      parseHTML(wrapped).document as unknown as Document,
      new DOMParser().parseFromString(wrapped, 'text/html') as unknown as Document,
    ]) {
      const { page } = domToPage(doc);
      expect(page.blocks.map((b) => b.text)).toEqual(['正文第一段。', '正文第二段。']);
      expect(page.blocks[0]!.tag).toBe('td');
      expect(page.meta.url).toBe('http://example.com/a.html');
      expect(page.meta.documentTitle).toBe('旧页面');
      expect(page.meta.meta['content-type']).toBe('text/html; charset=gb2312');
    }
  });

  it('handles an empty document and deeply nested markup without recursion', () => {
    expect(domToPage(parseHTML('<html><body></body></html>').document as unknown as Document).page.blocks).toEqual([]);
    // Deeper than the call stack goes: unclosed tags nest a saved page's elements as deep as it has them.
    const deep = `${'<div class="level">'.repeat(30000)}深处的文字${'</div>'.repeat(30000)}`;
    const { page } = domToPage(parseHTML(`<html><body>${deep}</body></html>`).document as unknown as Document);
    expect(page.blocks.map((b) => b.text)).toEqual(['深处的文字']);
    expect(page.blocks[0]!.hints).toEqual(['level']);
  });

  it('reads a headline broken over two lines as one headline, its line break a space', () => {
    const doc = parseHTML(
      '<html><body><h1>市委召开常委会议<br>研究部署近期重点工作</h1><p>第一行<br>第二行</p></body></html>',
    ).document as unknown as Document;
    const { page, elements } = domToPage(doc);
    expect(page.blocks.map((b) => b.text)).toEqual(['市委召开常委会议 研究部署近期重点工作', '第一行', '第二行']);
    expect(elements[0]!.localName).toBe('h1');
  });

  it('keeps the element edges of a short credit line, with or without a label mark', () => {
    const doc = parseHTML(
      '<html><body><div><span>记者</span><span>张三</span><span>李四</span></div><p><a>首页</a><a>要闻</a></p></body></html>',
    ).document as unknown as Document;
    const [credit, links] = domToPage(doc).page.blocks;
    expect(credit!.breaks).toEqual([2, 4]);
    expect(links!.breaks).toBeUndefined();
  });

  it('marks a block whose whole text is bold, and records image sizes and the image’s own class and id', () => {
    const page = `<html><body><div class="content">
      <p><strong>一、坚持稳中求进</strong></p>
      <p><b>部分</b>加粗的段落。</p>
      <p><strong>标题</strong><span> </span><b>两段</b></p>
      <p><img src="qr.png" width="90" height="90px" class="Ewm" id="wx-code"><img src="wide.jpg" width="100%"></p>
      <p>下一段。</p>
    </div></body></html>`;
    for (const doc of [
      parseHTML(page).document as unknown as Document,
      new DOMParser().parseFromString(page, 'text/html') as unknown as Document,
    ]) {
      const blocks = domToPage(doc).page.blocks;
      expect(blocks.map((b) => [b.text, b.bold ?? false])).toEqual([
        ['一、坚持稳中求进', true],
        ['部分加粗的段落。', false],
        ['标题 两段', true],
        ['下一段。', false],
      ]);
      expect(blocks[3]!.images).toEqual([
        { src: 'qr.png', alt: '', width: 90, height: 90, hints: ['content', 'ewm', 'wx-code'] },
        { src: 'wide.jpg', alt: '', hints: ['content'] },
      ]);
    }
  });

  it('skips elements a live page hides by CSS when asked to check computed visibility', () => {
    const doc = document.implementation.createHTMLDocument('t');
    const shown = doc.createElement('p');
    shown.textContent = '看得见';
    const hidden = doc.createElement('p');
    hidden.textContent = '看不见';
    Object.defineProperty(hidden, 'checkVisibility', { value: () => false });
    doc.body.append(shown, hidden);
    expect(domToPage(doc, undefined, { computedVisibility: true }).page.blocks.map((b) => b.text)).toEqual(['看得见']);
    expect(domToPage(doc).page.blocks.map((b) => b.text)).toEqual(['看得见', '看不见']);
  });
});

const ARTICLE_TEXT = '这是一篇等待脚本显示的文章，正文足够长。'.repeat(12);

describe('content hidden until a script runs', () => {
  const markup = (style: string, text = ARTICLE_TEXT) =>
    `<html><body><div id="js_content" style="${style}"><p>${text}</p><p>第二段。</p></div><p>页脚</p></body></html>`;
  const texts = (doc: Document, computedVisibility = false) =>
    domToPage(doc, undefined, { computedVisibility }).page.blocks.map((b) => b.text);

  it('reads a container hidden only by visibility when it holds an article, on markup', () => {
    for (const parse of [
      (html: string) => parseHTML(html).document as unknown as Document,
      (html: string) => new DOMParser().parseFromString(html, 'text/html') as unknown as Document,
    ]) {
      expect(texts(parse(markup('visibility: hidden;')))).toEqual([ARTICLE_TEXT, '第二段。', '页脚']);
      expect(texts(parse(markup('opacity: 0')))).toEqual([ARTICLE_TEXT, '第二段。', '页脚']);
      // A short hidden text is a menu or a dialog, and display:none hides whatever it holds.
      expect(texts(parse(markup('visibility:hidden', '请在微信客户端打开链接。')))).toEqual(['页脚']);
      expect(texts(parse(markup('display:none')))).toEqual(['页脚']);
    }
  });

  it('reads it on a rendered page too, where the layout says it is hidden', () => {
    const build = (style: string, text = ARTICLE_TEXT) => {
      const doc = new DOMParser().parseFromString(markup(style, text), 'text/html') as unknown as Document;
      const container = doc.getElementById('js_content')!;
      // What Chromium answers: the container and, by inheritance, its children are invisible.
      const invisible = { value: () => false };
      Object.defineProperty(container, 'checkVisibility', invisible);
      for (const child of Array.from(container.children)) Object.defineProperty(child, 'checkVisibility', invisible);
      return doc;
    };
    expect(texts(build('visibility: hidden'), true)).toEqual([ARTICLE_TEXT, '第二段。', '页脚']);
    expect(texts(build('visibility: hidden', '请在微信客户端打开链接。'), true)).toEqual(['页脚']);
    expect(texts(build('display: none'), true)).toEqual(['页脚']);
  });

  it('takes a lazy image from data-src when src holds a placeholder or nothing', () => {
    const placeholder = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';
    const doc = parseHTML(
      `<html><body><p><img src="${placeholder}" data-src="https://mmbiz.qpic.cn/a.jpg" alt="图">正文</p><p><img data-src="b.jpg">另一段</p><p><img src="${placeholder}">无图</p></body></html>`,
    ).document as unknown as Document;
    expect(domToPage(doc).page.blocks.map((b) => b.images ?? [])).toEqual([
      [{ src: 'https://mmbiz.qpic.cn/a.jpg', alt: '图' }],
      [{ src: 'b.jpg', alt: '' }],
      [],
    ]);
  });
});

describe('readMeta: values inline scripts declare', () => {
  it('keeps the string and number literals rules read, by variable name, first declaration winning, on the sites they read them on', () => {
    const doc = parseHTML(`<html><head>
<script>var nickname = htmlDecode("人民\\u65e5\\u62a5"); var ct = 1710466200; let other = 42; const msg_title = '单引号\\'';</script>
<script type="text/javascript">var nickname = "后来的"; var msg_link = "a\\x26amp;b"; var publish_time = "\\u{110000}";</script>
<script src="/x.js">var msg_title = "外部脚本";</script>
<script type="text/template">var ct = "模板";</script>
<script type="application/ld+json">{"@type":"NewsArticle"}</script>
</head><body></body></html>`).document as unknown as Document;
    const { declared, jsonLd } = domToPage(doc, 'https://mp.weixin.qq.com/s/AbC').page.meta;
    // Other sites' scripts are not read: their values are no rule's business.
    expect(domToPage(doc, 'https://example.cn/a.html').page.meta.declared).toBeUndefined();
    expect(declared).toEqual({
      nickname: '人民日报',
      ct: '1710466200',
      msg_title: "单引号'",
      msg_link: 'a&amp;b',
      publish_time: '\\u{110000}',
    });
    expect(jsonLd).toEqual([{ '@type': 'NewsArticle' }]);
  });

  it('leaves the field out when no script declares anything', () => {
    expect(
      domToPage(parseHTML('<html><body><p>正文</p></body></html>').document as unknown as Document).page.meta.declared,
    ).toBeUndefined();
  });
});

describe('joinCjkLines', () => {
  const CJK = '[\\u2e80-\\u9fff\\uf900-\\ufaff\\uff00-\\uffef\\u3000-\\u303f]';
  const REFERENCE = new RegExp(`(${CJK})[ \\t\\r\\f\\u3000]*\\n\\s*(?=${CJK})`, 'g');

  it('drops a line break between two CJK characters, with the spaces around it', () => {
    expect(joinCjkLines('第一行\n  第二行')).toBe('第一行第二行');
    expect(joinCjkLines('第一行。 \t\r\n\n\u3000\u3000第二段')).toBe('第一行。第二段');
    expect(joinCjkLines('word\n第二行')).toBe('word\n第二行');
    expect(joinCjkLines('第一行\nword')).toBe('第一行\nword');
    expect(joinCjkLines('第一行\n\u3000word')).toBe('第一行\u3000word');
  });

  it('gives what the regular expression it replaces gives, on any mix of CJK, Latin and whitespace', () => {
    const piece = fc.constantFrom(
      '中',
      '文',
      '，',
      'a',
      '1',
      ' ',
      '\t',
      '\r',
      '\f',
      '\v',
      '\n',
      '\u3000',
      '\u00a0',
      '\u2028',
      '\ufeff',
      '\uff01',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const text = pieces.join('');
        expect(joinCjkLines(text)).toBe(text.replace(REFERENCE, '$1'));
      }),
      { numRuns: 20_000 },
    );
  });

  it('collapses what is left to single spaces and trims', () => {
    expect(collapseWhitespace('  第一行\n 第二行 \n\n word  and\u00a0\tmore ')).toBe('第一行第二行 word and more');
    expect(collapseWhitespace('已经 是 单个 空格')).toBe('已经 是 单个 空格');
  });
});
