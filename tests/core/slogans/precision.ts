/** The slogans the finder shows on saved pages, and how they fare against the hand judgements in precision.json. */
import { readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { loadFile } from '../../../src/cli/load';
import { extractArticle } from '../../../src/core/pipeline';
import { findSlogans } from '../../../src/core/slogans';

export interface Shown {
  /** The page's id: its folder (corpus) or file name (seeds). */
  page: string;
  text: string;
  kind: string;
  count: number;
}

/**
 * Page id → slogan key → whether it is a formulation a reader should be shown, and why not when not. The key is the
 * text as the page writes it without separators and quotes: judgements do not depend on the code they judge.
 */
export type Judgements = Record<string, Record<string, { right: boolean; why?: string }>>;

export function judgements(): Judgements {
  const file = join(import.meta.dirname, 'precision.json');
  return (JSON.parse(readFileSync(file, 'utf8')) as { pages: Judgements }).pages;
}

function pageId(file: string): string {
  return basename(file) === 'page.html' ? basename(dirname(file)) : basename(file).replace(/_.*$/, '');
}

export async function shownSlogans(files: string[]): Promise<Shown[]> {
  const shown: Shown[] = [];
  for (const file of files) {
    const { page } = await loadFile(file);
    for (const { text, kind, count } of findSlogans(extractArticle(page)))
      shown.push({ page: pageId(file), text, kind, count });
  }
  return shown;
}

export function judgementKey(text: string): string {
  return text.replace(/[、，,\s“”「」『』"]/g, '');
}

export function score(shown: Shown[], judged: Judgements): { right: number; wrong: number; unjudged: Shown[] } {
  let right = 0;
  let wrong = 0;
  const unjudged: Shown[] = [];
  for (const item of shown) {
    const judgement = judged[item.page]?.[judgementKey(item.text)];
    if (!judgement) unjudged.push(item);
    else if (judgement.right) right++;
    else wrong++;
  }
  return { right, wrong, unjudged };
}
