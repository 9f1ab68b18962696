/**
 * The lost-byte experiment, shared by tests/core/garbled/index.test.ts and scripts/bench-garbled.ts: clean sentences
 * with one GBK lead byte dropped, decoded as a browser would, then repaired.
 */
import { PLACEHOLDER, repairGarbled } from '../../../src/core/garbled';
import { gbkBytes } from './gbk-bytes';

/** The matches of `pattern` (a global regex) in `text` whose every character is two bytes in GBK. */
export function twoByteSentences(text: string, pattern: RegExp): string[] {
  return [...text.matchAll(pattern)].map((m) => m[0]).filter((s) => [...s].every((c) => gbkBytes(c)?.length === 2));
}

/** What a proxy that loses one byte does: drop the lead byte of character `at`, decode the rest as GBK. */
function loseLeadByte(sentence: string, at: number): string {
  const bytes = [...sentence].flatMap((c) => gbkBytes(c)!);
  bytes.splice(at * 2, 1);
  return new TextDecoder('gbk').decode(new Uint8Array(bytes));
}

/**
 * Each sentence loses one lead byte before its last four characters, which follow an ASCII comma that brings the
 * decoder back in step (the byte before it becomes U+FFFD, as in a browser). `exact`: the repair gives the sentence
 * back, each lost character as □ or as itself; `wrong`: it changed the text some other way.
 */
export function lostByteScores(sentences: string[]): { exact: number; wrong: number } {
  let exact = 0;
  let wrong = 0;
  sentences.forEach((sentence, i) => {
    const chars = [...sentence];
    const head = chars.slice(0, -4);
    const tail = chars.slice(-4).join('');
    const at = 2 + (i % (head.length - 4));
    const garbled = `${loseLeadByte(head.join(''), at)},${tail}`;
    const lostOrSame = (c: string) => `[${PLACEHOLDER}${c}]`;
    const expected = new RegExp(
      `^${[...head.slice(0, at), lostOrSame(head[at]!), ...head.slice(at + 1, -1), lostOrSame(head.at(-1)!)].join('')},${tail}$`,
      'u',
    );
    const { text } = repairGarbled(garbled);
    if (expected.test(text)) exact++;
    else if (text !== garbled) wrong++;
  });
  return { exact, wrong };
}
