/**
 * Simplified → Taiwan traditional on the committed UD Chinese GSD sentences, against opencc-js on the same ones:
 * the counts measured by tests/tools/eval-conversion.ts are held here.
 */
import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { convertPieces } from '../../src/convert/index';
import { halves, readSentences, score } from '../tools/ud-gsd';

const sentences = readSentences();
const reference = OpenCC.Converter({ from: 'cn', to: 'tw' });

async function qingdu(part: typeof sentences): Promise<string[]> {
  return (
    await convertPieces(
      part.map((s) => [s.simplified]),
      'tw',
      'hans',
    )
  ).map(([text]) => text!);
}

describe('UD Chinese GSD, simplified → Taiwan', () => {
  it('holds 500 aligned sentences', () => {
    expect(sentences).toHaveLength(500);
    for (const s of sentences) expect([...s.simplified].length, s.id).toBe([...s.traditional].length);
  });

  it('makes fewer errors than opencc-js, overall and on the meaning characters', async () => {
    const theirs = score(
      sentences,
      sentences.map((s) => reference(s.simplified)),
    );
    const ours = score(sentences, await qingdu(sentences));
    expect(theirs.han).toBe(16_729);
    expect(theirs.errors).toHaveLength(54);
    expect(theirs.meaningErrors).toBe(19);
    expect(ours.errors.length).toBeLessThanOrEqual(47);
    expect(ours.meaningErrors).toBeLessThanOrEqual(12);
  });

  it('does as well on the half the method was not chosen on', async () => {
    const { check } = halves(sentences);
    const theirs = score(
      check,
      check.map((s) => reference(s.simplified)),
    );
    const ours = score(check, await qingdu(check));
    expect(ours.errors.length).toBeLessThanOrEqual(17);
    expect(ours.meaningErrors).toBeLessThanOrEqual(4);
    expect(ours.meaningErrors).toBeLessThan(theirs.meaningErrors);
  });
});
