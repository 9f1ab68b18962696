/**
 * The text the finder reads: the title and the paragraphs, each as the page writes it and simplified at the same
 * offsets.
 */

export interface Source {
  original: string;
  simplified: string;
  /** -1 for the title. */
  paragraph: number;
}

/** All sources joined by newlines (no pattern crosses one), with each source's start offset. */
export interface Joined {
  text: string;
  starts: number[];
}

export function joinSources(sources: Source[]): Joined {
  const starts: number[] = [];
  let offset = 0;
  for (const source of sources) {
    starts.push(offset);
    offset += source.simplified.length + 1;
  }
  return { text: sources.map((source) => source.simplified).join('\n'), starts };
}

export function sourceAt(joined: Joined, offset: number): number {
  let low = 0;
  let high = joined.starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (joined.starts[middle]! <= offset) low = middle;
    else high = middle - 1;
  }
  return low;
}
