/**
 * Answers about lines, remembered for one extraction: its rules ask the same question of the same line again and
 * again (is it a byline, which date does it hold). Every extraction starts with nothing remembered (`forgetLines`),
 * so what one page costs is what it costs.
 */

/** More lines than a page has: past this many, the answers are dropped rather than kept growing. */
const MOST_LINES = 4096;
const remembered: Map<string, unknown>[] = [];

/** `answer`, remembering what it gave for each line until `forgetLines`. */
export function perLine<T>(answer: (line: string) => T): (line: string) => T {
  const known = new Map<string, T>();
  remembered.push(known);
  return (line) => {
    const found = known.get(line);
    if (found !== undefined || known.has(line)) return found as T;
    if (known.size >= MOST_LINES) known.clear();
    const value = answer(line);
    known.set(line, value);
    return value;
  };
}

export function forgetLines(): void {
  for (const known of remembered) known.clear();
}
