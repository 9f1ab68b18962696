/**
 * Word boundaries from Intl.Segmenter, where the runtime has one: a repeated stretch or a trimmed chain must not
 * start or end inside a word (社|区要继续加强, 政协各参|加). Characters the segmenter does not know come out one
 * by one, so it only vetoes cuts through words it knows. Only a few characters around each edge are segmented:
 * segmenting whole paragraphs costs far more than the rest of the finder.
 */
import type { Source } from './sources';

const EDGE_WINDOW = 6;
let segmenter: Intl.Segmenter | null | undefined;

function onWordEdge(text: string, edge: number): boolean {
  if (edge <= 0 || edge >= text.length) return true;
  segmenter ??=
    typeof Intl !== 'undefined' && typeof Intl.Segmenter === 'function'
      ? new Intl.Segmenter('zh', { granularity: 'word' })
      : null;
  if (!segmenter) return true;
  const start = Math.max(0, edge - EDGE_WINDOW);
  for (const segment of segmenter.segment(text.slice(start, edge + EDGE_WINDOW))) {
    const from = start + segment.index;
    if (from < edge && edge < from + segment.segment.length) return false;
  }
  return true;
}

export function onWordEdges(sources: Source[], at: { source: number; offset: number; length: number }): boolean {
  const text = sources[at.source]!.simplified;
  return onWordEdge(text, at.offset) && onWordEdge(text, at.offset + at.length);
}
