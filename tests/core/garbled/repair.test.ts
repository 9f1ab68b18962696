import { describe, expect, it } from 'vitest';
import { gbkBytes } from './gbk-bytes';
import { encodeText } from '../../../src/core/garbled/repair';

/** The encoding written out plainly: bytes, where each character starts, and which character starts at each byte. */
function plainEncoding(chars: string[]): { bytes: number[]; starts: number[]; charAt: number[] } {
  const bytes: number[] = [];
  const starts: number[] = [];
  for (const char of chars) {
    starts.push(bytes.length);
    bytes.push(...(char === '\uFFFD' ? [-1] : (gbkBytes(char) ?? [-2])));
  }
  starts.push(bytes.length);
  const charAt = new Array<number>(bytes.length + 1).fill(-1);
  starts.forEach((start, i) => {
    charAt[start] = i;
  });
  return { bytes, starts, charAt };
}

describe('encodeText', () => {
  it('writes each character as GBK bytes, U+FFFD and unwritable characters as one marker byte', () => {
    const chars = [...'中a\uFFFD😀縣'];
    const { bytes, starts, charAt } = encodeText(chars);
    expect({ bytes: [...bytes], starts: [...starts], charAt: [...charAt] }).toEqual(plainEncoding(chars));
  });

  it('gives a short text its own encoding after a longer one, with nothing left over past its end', () => {
    encodeText([...'經濟社會發展取得新成效，人民生活水平不斷提高。'.repeat(20)]);
    const chars = [...'防控a工作'];
    const { bytes, starts, charAt } = encodeText(chars);
    expect({ bytes: [...bytes], starts: [...starts], charAt: [...charAt] }).toEqual(plainEncoding(chars));
    expect(charAt[bytes.length + 1]).toBeUndefined();
  });

  it('encodes a stretch of the text counting bytes from its start, characters by their place in the text', () => {
    const chars = [...'前文ab經濟社會發展c後文'];
    const whole = plainEncoding(chars);
    const { bytes, starts, charAt } = encodeText(chars, 2, 9);
    const offset = whole.starts[2]!;
    expect([...bytes]).toEqual(whole.bytes.slice(offset, whole.starts[9]));
    expect([...starts.subarray(2)]).toEqual(whole.starts.slice(2, 10).map((start) => start - offset));
    expect(starts.length).toBe(10);
    expect([...charAt]).toEqual(whole.charAt.slice(offset, whole.starts[9]! + 1));
  });
});
