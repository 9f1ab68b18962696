import { describe, expect, it } from 'vitest';
import { lexiconCandidates } from '../../../../src/core/slogans/detectors/lexicon';
import { LEXICON } from '../../../../src/core/slogans/lexicon';

describe('lexicon candidates', () => {
  it('proposes each entry the page holds, with any separator or none, glossed, in lexicon order', () => {
    const found = lexiconCandidates('坚持人民至上生命至上，坚持动态清零，共建一带一路。', LEXICON);
    const order = LEXICON.map((entry) => entry.text);
    expect(found.map((c) => c.key).sort((a, b) => order.indexOf(a) - order.indexOf(b))).toEqual(
      found.map((c) => c.key),
    );
    expect(found.map((c) => c.key)).toEqual(expect.arrayContaining(['人民至上、生命至上', '动态清零', '一带一路']));
    for (const candidate of found)
      expect(candidate).toMatchObject({ kind: 'lexicon', score: 10, gloss: expect.any(Object) });
  });

  it('proposes nothing the page does not hold, even when every character of an entry is on it', () => {
    expect(lexiconCandidates('清零动态，路一带一', LEXICON)).toEqual([]);
  });

  it('matches an entry by its aliases too', () => {
    const entry = LEXICON.find((e) => e.aliases?.length)!;
    expect(lexiconCandidates(`坚持${entry.aliases![0]}。`, LEXICON).map((c) => c.key)).toContain(entry.text);
  });

  it('glosses with the year and the source, and leaves off a gloss that belongs to a field the page is not about', () => {
    const [joint] = lexiconCandidates('建立联防联控机制。', LEXICON);
    expect(joint).toMatchObject({ key: '联防联控', kind: 'lexicon', lexicon: true });
    expect(joint!.gloss).toBeUndefined();
    const [epidemic] = lexiconCandidates('建立联防联控机制。', LEXICON, new Set(['epidemic']));
    expect(epidemic!.gloss?.zh).toMatch(/（2020年，.+）。$/);
    expect(epidemic!.gloss?.en).toMatch(/ \(2020\)\.$/);
  });
});
