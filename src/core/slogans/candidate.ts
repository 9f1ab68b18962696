/** What a detector proposes, the pattern that counts it on the page, and the checks every proposal passes. */
import type { SloganKind } from '../article';
import { BOILERPLATE, PLAIN_WORD } from './words';

const HAN = /\p{Script=Han}/u;

export interface Candidate {
  /** Simplified text, separators as the page wrote them at the first find. */
  key: string;
  kind: SloganKind;
  score: number;
  /** The lexicon names this formulation (whether or not its gloss fits the page). */
  lexicon?: true;
  gloss?: { zh: string; en: string };
  /** Pattern counting the formulation anywhere, quoted or not. */
  pattern: RegExp;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** 、 ， , are interchangeable (or absent) between the items of a formulation. */
export function flexiblePattern(forms: string[]): RegExp {
  const alternatives = [...new Set(forms)]
    .sort((a, b) => b.length - a.length)
    .map((form) =>
      form
        .split(/[、，,]\s*/)
        .map(escapeRegExp)
        .join('[、，,]?\\s*'),
    );
  return new RegExp(alternatives.join('|'), 'g');
}

export function separatorFree(text: string): string {
  return text.replace(/[、，,\s]/g, '');
}

function hanShare(text: string): number {
  let han = 0;
  for (const char of text) if (HAN.test(char)) han++;
  return han / [...text].length;
}

/** Whether `text` is just everyday words of the page (with at most one character of glue). */
function isPlain(text: string): boolean {
  return [...separatorFree(text).replace(PLAIN_WORD, '')].length <= 1;
}

export function acceptable(key: string): boolean {
  return !BOILERPLATE.test(key) && !isPlain(key) && hanShare(separatorFree(key)) >= 0.8;
}
