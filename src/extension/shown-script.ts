/** The popup shows and copies text in the script the page is shown in; the converter loads only when needed. */
import type { Article, Slogan } from '../core/article';
import type { ScriptTarget } from '../convert/targets';

type Convert = (text: string, to: ScriptTarget) => Promise<string>;

const loadConverter = async (): Promise<Convert> => (await import('../convert/index')).convertText;

/** The article's shown text in `target` (fields, paragraphs, slogans if it has them); unchanged when the page is not converted. */
export async function inShownScript<A extends Article & { slogans?: Slogan[] }>(
  article: A,
  target: ScriptTarget | 'off',
  load: () => Promise<Convert> = loadConverter,
): Promise<A> {
  if (target === 'off') return article;
  const convert = await load();
  const field = (value: string | null) => (value == null ? Promise.resolve(null) : convert(value, target));
  const [title, source, editor, author, reviewer, site, paragraphs, slogans] = await Promise.all([
    field(article.title),
    field(article.source),
    field(article.editor),
    field(article.author),
    field(article.reviewer),
    field(article.site),
    Promise.all(article.paragraphs.map(async (p) => ({ ...p, text: await convert(p.text, target) }))),
    article.slogans && Promise.all(article.slogans.map(async (s) => ({ ...s, text: await convert(s.text, target) }))),
  ]);
  return { ...article, title, source, editor, author, reviewer, site, paragraphs, ...(slogans ? { slogans } : {}) };
}
