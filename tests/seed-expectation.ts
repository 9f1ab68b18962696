/** The shape of seeds/NNN_*.expected.json: what a seed page states, written by reading the page. */
import { readFileSync } from 'node:fs';
import type { Article } from '../src/core/article';

export type SeedExpectation = Pick<
  Article,
  'title' | 'date' | 'source' | 'editor' | 'author' | 'reviewer' | 'site' | 'script'
> & {
  paragraphs: string[];
  /** Page furniture that must not survive anywhere in the article. */
  absent: string[];
};

export function readSeedExpectation(path: string): SeedExpectation {
  return JSON.parse(readFileSync(path, 'utf8')) as SeedExpectation;
}
