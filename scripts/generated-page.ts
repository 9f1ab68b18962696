/** The long news-like page the conversion benchmarks convert: paragraphs with inline links and emphasis, lists, tables. */

/** Simplified text with the one-to-many characters conversion has to choose (发, 后, 面), and a line of English. */
export const NEWS_SENTENCES = [
  '为了加强党的建设，我们讨论了经济发展、环境保护与乡村振兴等问题。',
  '代表们认为，应该坚持创新、协调、绿色、开放、共享的发展理念，头发和软件也在其中。',
  '记者从会议上获悉，全市将进一步优化营商环境，推动高质量发展。',
  'The delegates said it’s “important” to keep the ‘momentum’ going.',
];

/** A page of `paragraphs` paragraphs cycling through `sentences`; over 10,000 DOM nodes at 1,500 paragraphs. */
export function generatedNewsPage(
  paragraphs: number,
  { sentences = NEWS_SENTENCES, bodyLang = false }: { sentences?: readonly string[]; bodyLang?: boolean } = {},
): string {
  const parts: string[] = [];
  for (let i = 0; i < paragraphs; i++) {
    const text = sentences[i % sentences.length]!;
    const cut = 6 + (i % 7);
    parts.push(
      `<p>${text.slice(0, cut)}<a href="#${i}">${text.slice(cut, cut + 4)}</a>${text.slice(cut + 4)}<b>头</b>发 ${i}</p>`,
      i % 10 === 0 ? `<ul><li>第${i}条 信息</li><li>网络 视频</li></ul>` : '',
      i % 50 === 0 ? `<table><tr><td>单位</td><td>数据 ${i}</td></tr></table>` : '',
    );
  }
  const body = bodyLang ? '<body lang="zh-CN">' : '<body>';
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>性能测试页面</title></head>${body}<h1>新闻标题</h1>${parts.join('\n')}</body></html>`;
}
