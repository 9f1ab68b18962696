/** The popup shows and copies text in the script the page is shown in; the converter loads only when needed. */
import type { Article } from '../article';
import type { ScriptTarget } from '../messages';

type Convert = (text: string, to: ScriptTarget) => Promise<string>;

const loadConverter = async (): Promise<Convert> => (await import('../convert/index')).convertText;

/** The article's shown text in `target` (fields, paragraphs, slogans); unchanged when the page is not converted. */
export async function inShownScript(
  article: Article,
  target: ScriptTarget | 'off',
  load: () => Promise<Convert> = loadConverter,
): Promise<Article> {
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
    Promise.all(article.slogans.map(async (s) => ({ ...s, text: await convert(s.text, target) }))),
  ]);
  return { ...article, title, source, editor, author, reviewer, site, paragraphs, slogans };
}
