/**
 * The article as Markdown for a notes app (Obsidian, Logseq): YAML front matter with what a citation needs and the
 * key slogans, then the title, subheads, paragraphs and pictures with their captions. Page text is escaped so it stays
 * text: no character of it starts a heading, list, link, tag, highlight or HTML.
 */
import type { Article, Slogan } from '../article';
import type { OutlineItem } from '../outline';
import { frontMatter } from './yaml';

export interface MarkdownInput {
  article: Article;
  outline: readonly OutlineItem[];
  slogans: readonly Pick<Slogan, 'text'>[];
  /** The page's address; relative picture addresses are resolved against it. */
  url: string;
  /** The day the page was read, YYYY-MM-DD. */
  accessed: string;
}

export function articleMarkdown({ article, outline, slogans, url, accessed }: MarkdownInput): string {
  const head = frontMatter([
    ['title', article.title],
    ['date', article.date ? { date: article.date } : null],
    ['source', article.source],
    ['editor', article.editor],
    ['author', article.author],
    ['url', url],
    ['accessed', { date: accessed }],
    ['slogans', slogans.map((slogan) => slogan.text)],
  ]);
  const body: string[] = [];
  if (article.title) body.push(`# ${escapeText(article.title)}`);
  if (article.title && article.subtitle) body.push(`*${escapeText(article.subtitle)}*`);
  for (const item of outline) {
    if (item.kind === 'heading') body.push(`## ${escapeText(item.text)}`);
    else if (item.kind === 'paragraph') body.push(escapeText(item.text));
    else if (item.kind === 'caption') body.push(`*${escapeText(item.text)}*`);
    else {
      const address = pictureAddress(item.image.src, url);
      if (!address) continue;
      const picture = `![${escapeText(item.image.alt || item.image.caption || '')}](<${address}>)`;
      body.push(item.image.caption ? `${picture}\n*${escapeText(item.image.caption)}*` : picture);
    }
  }
  return `${head}\n${body.join('\n\n')}\n`;
}

/** ASCII characters with a meaning in CommonMark or in notes apps (`#tag`, `==highlight==`, `%%comment%%`, `$math$`). */
const MARKUP = /[\\`*_[\]<>#|~$=%^{}]/g;
/** What starts a block at the beginning of a line: a list item, a numbered item, a quote, a heading, a rule. */
const LINE_START = /^(\s*)([-+]|\d+[.)])(?=\s|$)/;

/** Page text as Markdown that shows exactly that text. */
export function escapeText(text: string): string {
  return text
    .replace(/\s*\n\s*/g, ' ')
    .replace(MARKUP, '\\$&')
    .replace(LINE_START, (_, space: string, marker: string) => `${space}${marker.replace(/[-+.)]$/, '\\$&')}`);
}

/** An absolute http(s) address for a picture, or null for what a note cannot show (data: addresses, nonsense). */
function pictureAddress(src: string, base: string): string | null {
  try {
    const address = new URL(src, base || undefined);
    return address.protocol === 'http:' || address.protocol === 'https:' ? address.href : null;
  } catch {
    return null;
  }
}
