/** Finder sources from plain strings: an optional title, then paragraphs, all simplified already. */
import type { Source } from '../../../src/core/slogans/sources';

export function sourcesOf(paragraphs: string[], title?: string): Source[] {
  const body = paragraphs.map((text, paragraph) => ({ original: text, simplified: text, paragraph }));
  return title === undefined ? body : [{ original: title, simplified: title, paragraph: -1 }, ...body];
}
