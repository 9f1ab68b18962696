/**
 * Scoring simplified → traditional conversion on UD Chinese GSD (tests/peer/ud-gsd/dev.tsv): authentic Taiwan
 * sentences aligned character by character with their simplified twins. An error is a Han character of the
 * conversion that differs from the sentence as written (台 and 臺 are both standard in Taiwan).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const UD_GSD = join(import.meta.dirname, '../peer/ud-gsd/dev.tsv');

/** One-to-many characters whose wrong form changes the meaning (发 發/髮, 干 幹/乾/干, 后 後/后…). */
export const MEANING_CHARACTERS = new Set([
  ...'发干后出制里面松复征谷范余准冲系历表斗只采借签卷尽划汇家伙钟蒙云丑游脏弥舍荡郁辟几折致秋苏胡须',
]);

export interface Sentence {
  id: string;
  simplified: string;
  traditional: string;
}

export interface ConversionError {
  id: string;
  offset: number;
  simplified: string;
  converted: string;
  expected: string;
}

export interface Score {
  han: number;
  errors: ConversionError[];
  meaningErrors: number;
}

export function readSentences(path = UD_GSD): Sentence[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .slice(1)
    .filter(Boolean)
    .map((line) => {
      const [id, simplified, traditional] = line.split('\t') as [string, string, string];
      return { id, simplified, traditional };
    });
}

/** The half the method was chosen on (the first 250 sentences), and the half it is checked on (the rest). */
export function halves(sentences: readonly Sentence[]): { choose: Sentence[]; check: Sentence[] } {
  const middle = Math.ceil(sentences.length / 2);
  return { choose: sentences.slice(0, middle), check: sentences.slice(middle) };
}

const HAN = /\p{sc=Han}/u;
const TAI = new Set(['台', '臺']);

export function score(sentences: readonly Sentence[], converted: readonly string[]): Score {
  let han = 0;
  let meaningErrors = 0;
  const errors: ConversionError[] = [];
  sentences.forEach((sentence, s) => {
    const input = [...sentence.simplified];
    const output = [...(converted[s] ?? '')];
    const expected = [...sentence.traditional];
    if (output.length !== expected.length) throw new Error(`${sentence.id}: the conversion changed the length`);
    expected.forEach((char, i) => {
      if (!HAN.test(char)) return;
      han++;
      const got = output[i]!;
      if (got === char || (TAI.has(got) && TAI.has(char))) return;
      errors.push({ id: sentence.id, offset: i, simplified: input[i]!, converted: got, expected: char });
      if (MEANING_CHARACTERS.has(input[i]!)) meaningErrors++;
    });
  });
  return { han, errors, meaningErrors };
}
