import { describe, expect, it } from 'vitest';
import { charsWithByte, decodePair, decodePairCode, encodeChar } from '../../../src/core/garbled/gbk';

describe('GBK table built from TextDecoder', () => {
  it('writes and reads two-byte characters of both scripts', () => {
    expect(encodeChar('縣')).toEqual([0xbf, 0x68]);
    expect(encodeChar('難')).toEqual([0xeb, 0x79]);
    expect(encodeChar('中')).toEqual([0xd6, 0xd0]);
    expect(decodePair(0xbf, 0x68)).toBe('縣');
    expect(decodePair(0xd6, 0xd0)).toBe('中');
  });

  it('writes ASCII as one byte and private-use characters as the user-area bytes they stand for', () => {
    expect(encodeChar('h')).toEqual([0x68]);
    expect(encodeChar('\uE000')).toEqual([0xaa, 0xa1]);
    expect(decodePair(0xaa, 0xa1)).toBe('\uE000');
  });

  it('knows what GBK cannot write or read', () => {
    expect(encodeChar('😀')).toBeNull();
    expect(decodePair(0x81, 0x7f)).toBeNull();
    expect(decodePair(0x41, 0x42)).toBeNull();
  });

  it('lists the candidates for a lost byte', () => {
    const trail68 = charsWithByte('trail', 0x68);
    expect(trail68).toContain('縣');
    for (const char of trail68) expect(encodeChar(char)![1]).toBe(0x68);
    const leadD7 = charsWithByte('lead', 0xd7);
    expect(leadD7).toContain('作');
    for (const char of leadD7) expect(encodeChar(char)![0]).toBe(0xd7);
  });

  it('reads pairs as code points exactly as it reads them as characters', () => {
    for (let lead = 0x7f; lead <= 0xff; lead++) {
      for (let trail = 0x30; trail <= 0xff; trail++) {
        const char = decodePair(lead, trail);
        expect(decodePairCode(lead, trail)).toBe(char === null ? -1 : char.codePointAt(0));
      }
    }
  });
});
