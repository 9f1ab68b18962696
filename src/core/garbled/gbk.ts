/**
 * GBK bytes ⇄ characters, from the platform's own `TextDecoder('gbk')` (the WHATWG gb18030 decoder) the first time a
 * suspicious span needs it. Every two-byte pair GBK defines is decoded once, in the decoder's own pointer order, into
 * one string: the gb18030 index gives each pair exactly one BMP character (private-use ones for the user areas, so
 * they take part in a re-read), so a pair's character is at its pointer, and a character's first pair is where the
 * string first holds it. No table is built: a page that needs a few characters re-read pays for those only.
 */

const FIRST_LEAD = 0x81;
const LAST_LEAD = 0xfe;
const FIRST_TRAIL = 0x40;
const LAST_TRAIL = 0xfe;
/** The one byte in the trail range that is no trail. */
const NOT_TRAIL = 0x7f;
const TRAILS = LAST_TRAIL - FIRST_TRAIL;
const PAIRS = (LAST_LEAD - FIRST_LEAD + 1) * TRAILS;

/** The character of every pair by pointer; empty if the platform's decoder disagrees with the index. */
let pairText: string | null = null;
/** Each BMP character's pair once looked up: NOT_LOOKED_UP, NO_PAIR, or the pair (every pair is above both). */
let encoded: Uint16Array | null = null;
const NOT_LOOKED_UP = 0;
const NO_PAIR = 1;
/** Characters by lead byte and by trail byte (each under its first pair), built when a lost byte is first looked up. */
let byByte: { lead: string[][]; trail: string[][] } | null = null;

function pointer(lead: number, trail: number): number {
  return (lead - FIRST_LEAD) * TRAILS + trail - (trail < NOT_TRAIL ? FIRST_TRAIL : FIRST_TRAIL + 1);
}

function pairOf(pointer: number): number {
  const lead = FIRST_LEAD + Math.floor(pointer / TRAILS);
  const offset = pointer % TRAILS;
  return (lead << 8) | (offset + (offset < NOT_TRAIL - FIRST_TRAIL ? FIRST_TRAIL : FIRST_TRAIL + 1));
}

function pairs(): string {
  if (pairText !== null) return pairText;
  const bytes = new Uint8Array(PAIRS * 2);
  let n = 0;
  for (let lead = FIRST_LEAD; lead <= LAST_LEAD; lead++) {
    for (let trail = FIRST_TRAIL; trail <= LAST_TRAIL; trail++) {
      if (trail === NOT_TRAIL) continue;
      bytes[n++] = lead;
      bytes[n++] = trail;
    }
  }
  const text = new TextDecoder('gbk').decode(bytes);
  return (pairText = text.length === PAIRS ? text : '');
}

export function isLead(byte: number): boolean {
  return byte >= FIRST_LEAD && byte <= LAST_LEAD;
}

/** The code point of the character a lead/trail pair stands for, or −1 when GBK has none there. */
export function decodePairCode(lead: number, trail: number): number {
  if (!isLead(lead) || trail < FIRST_TRAIL || trail > LAST_TRAIL || trail === NOT_TRAIL) return -1;
  const code = pairs().charCodeAt(pointer(lead, trail));
  return Number.isNaN(code) || code === 0xfffd ? -1 : code;
}

/** GBK bytes of a code point, without allocating: the byte for ASCII, lead << 8 | trail for a pair, −1 for none. */
export function encodeCode(code: number): number {
  if (code < 0x80) return code;
  if (code >= 0x10000 || code === 0xfffd) return -1;
  encoded ??= new Uint16Array(0x10000);
  let pair = encoded[code]!;
  if (pair === NOT_LOOKED_UP) {
    const at = pairs().indexOf(String.fromCharCode(code));
    pair = at < 0 ? NO_PAIR : pairOf(at);
    encoded[code] = pair;
  }
  return pair === NO_PAIR ? -1 : pair;
}

/** Every character whose GBK pair has this lead (or this trail): the candidates for a byte that was lost. */
export function charsWithByte(position: 'lead' | 'trail', byte: number): string[] {
  if (!byByte) {
    const text = pairs();
    byByte = { lead: [], trail: [] };
    // Each character under its first pair only.
    const seen = new Set<number>();
    for (let at = 0; at < text.length; at++) {
      const code = text.charCodeAt(at);
      if (seen.has(code)) continue;
      seen.add(code);
      const pair = pairOf(at);
      const char = text[at]!;
      (byByte.lead[pair >> 8] ??= []).push(char);
      (byByte.trail[pair & 0xff] ??= []).push(char);
    }
  }
  return byByte[position][byte] ?? [];
}
