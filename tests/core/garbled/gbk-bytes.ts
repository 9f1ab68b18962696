/** GBK bytes of one character, for writing test text as bytes: one for ASCII, two for the rest, null when GBK has none. */
import { encodeCode } from '../../../src/core/garbled/gbk';

export function gbkBytes(char: string): number[] | null {
  const code = encodeCode(char.codePointAt(0)!);
  if (code < 0) return null;
  return code < 0x80 ? [code] : [code >> 8, code & 0xff];
}
