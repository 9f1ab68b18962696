import { describe, expect, it } from 'vitest';
import { charsWithByte, decodePairCode, encodeCode } from '../../../src/core/garbled/gbk';

const code = (char: string) => char.codePointAt(0)!;

describe('GBK table built from TextDecoder', () => {
  it('writes and reads two-byte characters of both scripts', () => {
    expect(encodeCode(code('縣'))).toBe(0xbf68);
    expect(encodeCode(code('難'))).toBe(0xeb79);
    expect(encodeCode(code('中'))).toBe(0xd6d0);
    expect(decodePairCode(0xbf, 0x68)).toBe(code('縣'));
    expect(decodePairCode(0xd6, 0xd0)).toBe(code('中'));
  });

  it('writes ASCII as one byte and private-use characters as the user-area bytes they stand for', () => {
    expect(encodeCode(code('h'))).toBe(0x68);
    expect(encodeCode(0xe000)).toBe(0xaaa1);
    expect(decodePairCode(0xaa, 0xa1)).toBe(0xe000);
  });

  it('knows what GBK cannot write or read', () => {
    expect(encodeCode(code('😀'))).toBe(-1);
    expect(decodePairCode(0x81, 0x7f)).toBe(-1);
    expect(decodePairCode(0x41, 0x42)).toBe(-1);
  });

  it('lists the candidates for a lost byte', () => {
    const trail68 = charsWithByte('trail', 0x68);
    expect(trail68).toContain('縣');
    for (const char of trail68) expect(encodeCode(code(char)) & 0xff).toBe(0x68);
    const leadD7 = charsWithByte('lead', 0xd7);
    expect(leadD7).toContain('作');
    for (const char of leadD7) expect(encodeCode(code(char)) >> 8).toBe(0xd7);
  });

  it('reads every pair as TextDecoder reads it alone, and writes each character it reads back to a pair of its own', () => {
    const decoder = new TextDecoder('gbk');
    for (let lead = 0x7f; lead <= 0xff; lead++) {
      for (let trail = 0x30; trail <= 0xff; trail++) {
        const text = decoder.decode(new Uint8Array([lead, trail]));
        const one = [...text].length === 1 && text !== '\uFFFD';
        expect(decodePairCode(lead, trail), `${lead.toString(16)} ${trail.toString(16)}`).toBe(one ? code(text) : -1);
        if (one && code(text) < 0x10000)
          expect(decodePairCode(encodeCode(code(text)) >> 8, encodeCode(code(text)) & 0xff)).toBe(code(text));
      }
    }
  });
});
