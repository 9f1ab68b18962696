import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countGrams, hanRuns, titleGrams } from '../../../src/core/slogans/ngrams';

/** Gram lengths the counter covers (countGrams's MIN_GRAM..MAX_GRAM). */
const SHORTEST = 4;
const LONGEST = 16;

/** Every gram, counted at every position, kept when seen `minCount` times or held by `seed`. */
function countNaively(runs: string[], minCount: number, seed: Set<string>): [string, number][] {
  const kept: [string, number][] = [];
  for (let n = SHORTEST; n <= LONGEST; n++) {
    const counts = new Map<string, number>();
    for (const run of runs) {
      for (let start = 0; start + n <= run.length; start++) {
        const gram = run.slice(start, start + n);
        counts.set(gram, (counts.get(gram) ?? 0) + 1);
      }
    }
    for (const [gram, count] of counts) if (count >= minCount || seed.has(gram)) kept.push([gram, count]);
  }
  return kept;
}

describe('countGrams', () => {
  it('counts exactly what counting every position counts, in the same order', () => {
    // Three characters make repeats common; one outside the BMP and one above U+7FFF exercise the packing of units.
    const run = fc.string({ unit: fc.constantFrom('防', '控', '战', '𠀀', '\uFFFD'), maxLength: 40 });
    fc.assert(
      fc.property(fc.array(run, { maxLength: 6 }), run, fc.integer({ min: 1, max: 4 }), (runs, title, minCount) => {
        const seed = titleGrams(title);
        expect([...countGrams(runs, minCount, seed)]).toEqual(countNaively(runs, minCount, seed));
        expect([...countGrams(runs, minCount)]).toEqual(countNaively(runs, minCount, new Set()));
      }),
      { numRuns: 500, seed: 20260101 },
    );
  });

  it('keeps a title gram seen once, and a body gram only when it repeats', () => {
    const counts = countGrams(['打赢疫情防控阻击战', '疫情防控要抓好'], 2, titleGrams('打赢阻击战'));
    expect(counts.get('疫情防控')).toBe(2);
    expect(counts.has('打赢疫情')).toBe(false);
    expect(countGrams(['打赢阻击战好'], 2, titleGrams('打赢阻击战')).get('打赢阻击战')).toBe(1);
  });
});

describe('hanRuns', () => {
  it('splits at anything not Han and drops runs too short to hold a gram', () => {
    expect(hanRuns('打赢疫情防控阻击战，必须 2020 依靠人民群众')).toEqual(['打赢疫情防控阻击战', '依靠人民群众']);
  });
});

describe('titleGrams', () => {
  it('holds every stretch of four to sixteen Han characters of the title', () => {
    const grams = titleGrams('依靠群众 打赢');
    expect([...grams]).toEqual(['依靠群众']);
    expect(titleGrams('一二三四五六七八九十一二三四五六七').has('一二三四五六七八九十一二三四五六')).toBe(true);
    expect(titleGrams('一二三四五六七八九十一二三四五六七').has('一二三四五六七八九十一二三四五六七')).toBe(false);
  });
});
