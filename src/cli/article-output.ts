/** How the CLI prints an Article as plain text; its JSON (`--json`, JSON Lines) is src/core/article-json.ts. */
import type { Article } from '../core/article';
import { markRepairs, REPAIR_NOTE } from '../core/garbled';

const LABELS: [keyof Article, string][] = [
  ['date', '日期'],
  ['source', '来源'],
  ['author', '记者'],
  ['editor', '编辑'],
  ['reviewer', '审核'],
  ['site', '网站'],
];

export function articleText(article: Article): string {
  const meta = LABELS.filter(([key]) => article[key]).map(([key, label]) => `${label}: ${article[key] as string}`);
  const head = [article.title ?? '(无标题)', article.subtitle ?? '', meta.join(' | ')].filter(Boolean);
  const body = article.paragraphs.map((p) => markRepairs(p)).join('\n\n');
  const note = article.paragraphs.some((p) => p.repairs?.length) ? ['', REPAIR_NOTE] : [];
  return `${[...head, '', body, ...note].join('\n')}\n`;
}
