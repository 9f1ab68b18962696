/**
 * Quotation marks as Taiwan and Hong Kong print them: “ ” ‘ ’ around Chinese text become 「 」 『 』 in traditional
 * text, and 「 」 『 』 become “ ” ‘ ’ in simplified text. Quotes around Latin text (“Hello”, It’s) are never touched:
 * a pair is converted only when what it quotes holds a Han character.
 */

const HAN = /\p{sc=Han}/u;
const LATIN_OR_DIGIT = /[\p{sc=Latin}0-9]/u;

const TO_CORNER: Record<string, string> = { '“': '「', '”': '」', '‘': '『', '’': '』' };
const FROM_CORNER: Record<string, string> = { '「': '“', '」': '”', '『': '‘', '』': '’' };

/** Convert the quotation marks of `text` outside locked segments (a reader's own phrases). */
export function convertQuotes(
  text: string,
  segments: readonly { end: number; locked: boolean }[],
  to: 'traditional' | 'simplified',
): string {
  const locked = new Uint8Array(text.length);
  let start = 0;
  for (const segment of segments) {
    if (segment.locked) locked.fill(1, start, segment.end);
    start = segment.end;
  }
  const chars = text.split('');
  if (to === 'simplified') {
    chars.forEach((char, i) => {
      if (FROM_CORNER[char] && !locked[i]) chars[i] = FROM_CORNER[char]!;
    });
    return chars.join('');
  }
  for (const [open, close] of [
    ['“', '”'],
    ['‘', '’'],
  ] as const) {
    const opened: number[] = [];
    const convert = (i: number) => {
      if (!locked[i]) chars[i] = TO_CORNER[text[i]!]!;
    };
    for (let i = 0; i < text.length; i++) {
      const char = text[i];
      if (char === open && !LATIN_OR_DIGIT.test(text[i - 1] ?? '')) opened.push(i);
      else if (char === close && !(LATIN_OR_DIGIT.test(text[i - 1] ?? '') && LATIN_OR_DIGIT.test(text[i + 1] ?? ''))) {
        const from = opened.pop();
        if (from === undefined) {
          // Closes a quotation opened in an earlier paragraph.
          if (HAN.test(text[i - 1] ?? '') || /[。！？，；…]/.test(text[i - 1] ?? '')) convert(i);
        } else if (HAN.test(text.slice(from + 1, i))) {
          convert(from);
          convert(i);
        }
      }
    }
    // Quotations that go on in the next paragraph open here without closing.
    for (const from of opened) if (HAN.test(text[from + 1] ?? '')) convert(from);
  }
  return chars.join('');
}
