import { describe, expect, it } from 'vitest';
import { mayConvert } from '../../src/convert/convertible';
import { loadConverter } from '../../src/convert/opencc';

describe('mayConvert', () => {
  it('is false only for text no conversion can change', async () => {
    expect(mayConvert('Hello, world 2024 — “quoted”')).toBe(false);
    expect(mayConvert('   \n')).toBe(false);
    expect(mayConvert('头发')).toBe(true);
    expect(mayConvert('⿰氵青')).toBe(true);
    const toTraditional = await loadConverter('hans', 'hant');
    const toSimplified = await loadConverter('hant', 'hans');
    for (const text of ['Hello, world 2024 — “quoted”', 'naïve café ½ ©']) {
      expect(mayConvert(text)).toBe(false);
      expect(toTraditional([text])).toEqual([text]);
      expect(toSimplified([text])).toEqual([text]);
    }
  });
});
