/** Key formulations (提法) of an article, with the lexicon of well-known ones. */
import type { Slogan } from '../article';
import { findSlogansWith, type SloganInput } from './finder';
import { LEXICON } from './lexicon';

export type { SloganInput } from './finder';
export { sloganKey } from './simplify';

export function findSlogans(input: SloganInput): Slogan[] {
  return findSlogansWith(input, LEXICON);
}
