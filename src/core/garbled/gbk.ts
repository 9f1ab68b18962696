/**
 * GBK bytes ⇄ characters, built from the platform's own `TextDecoder('gbk')` (the WHATWG gb18030 decoder) the
 * first time a suspicious span needs it: every two-byte sequence is decoded once, which gives both directions.
 * Private-use characters come back as the user-area bytes they stand for, so they take part in a re-read.
 */

const FIRST_LEAD = 0x81;
const LAST_LEAD = 0xfe;
const FIRST_TRAIL = 0x40;
const LAST_TRAIL = 0xfe;
const TRAILS = LAST_TRAIL - FIRST_TRAIL + 1;

interface Table {
  /** lead/trail → the code point of the character, −1 where the pair decodes to nothing. */
  decode: Int32Array;
  /** BMP code point → lead << 8 | trail of the first pair that decodes to it, 0 where GBK has none. */
  encodeCode: Uint16Array;
  /** Characters by lead byte and by trail byte (each under its first pair), built when a lost byte is first looked up. */
  byByte?: { lead: string[][]; trail: string[][] };
}

let table: Table | null = null;

/** One character: a single UTF-16 unit other than U+FFFD, or a surrogate pair. */
function isOneChar(piece: string): boolean {
  if (piece.length === 1) return piece !== '\uFFFD';
  if (piece.length !== 2) return false;
  const high = piece.charCodeAt(0);
  const low = piece.charCodeAt(1);
  return high >= 0xd800 && high <= 0xdbff && low >= 0xdc00 && low <= 0xdfff;
}

function build(): Table {
  const pairs = (LAST_LEAD - FIRST_LEAD + 1) * TRAILS;
  // Each pair is followed by a newline, so an invalid pair cannot pull its neighbours out of step.
  const bytes = new Uint8Array(pairs * 3);
  let i = 0;
  for (let lead = FIRST_LEAD; lead <= LAST_LEAD; lead++) {
    for (let trail = FIRST_TRAIL; trail <= LAST_TRAIL; trail++) {
      bytes[i++] = lead;
      bytes[i++] = trail;
      bytes[i++] = 0x0a;
    }
  }
  const pieces = new TextDecoder('gbk').decode(bytes).split('\n');
  const decode = new Int32Array(pairs).fill(-1);
  const encodeCode = new Uint16Array(0x10000);
  let n = 0;
  for (let lead = FIRST_LEAD; lead <= LAST_LEAD; lead++) {
    for (let trail = FIRST_TRAIL; trail <= LAST_TRAIL; trail++, n++) {
      const piece = pieces[n]!;
      if (!isOneChar(piece)) continue;
      const code = piece.codePointAt(0)!;
      decode[n] = code;
      if (code < 0x10000 && encodeCode[code] === 0) encodeCode[code] = (lead << 8) | trail;
    }
  }
  return { decode, encodeCode };
}

function gbk(): Table {
  return (table ??= build());
}

export function isLead(byte: number): boolean {
  return byte >= FIRST_LEAD && byte <= LAST_LEAD;
}

/** The code point of the character a lead/trail pair stands for, or −1 when GBK has none there. */
export function decodePairCode(lead: number, trail: number): number {
  if (!isLead(lead) || trail < FIRST_TRAIL || trail > LAST_TRAIL || trail === 0x7f) return -1;
  return gbk().decode[(lead - FIRST_LEAD) * TRAILS + (trail - FIRST_TRAIL)]!;
}

/** GBK bytes of a code point, without allocating: the byte for ASCII, lead << 8 | trail for a pair, −1 for none. */
export function encodeCode(code: number): number {
  if (code < 0x80) return code;
  if (code >= 0x10000) return -1;
  return gbk().encodeCode[code] || -1;
}

/** Every character whose GBK pair has this lead (or this trail): the candidates for a byte that was lost. */
export function charsWithByte(position: 'lead' | 'trail', byte: number): string[] {
  const table = gbk();
  if (!table.byByte) {
    const byByte = { lead: [] as string[][], trail: [] as string[][] };
    // Each character under its first pair only: encodeCode names that pair for BMP characters.
    const seen = new Set<string>();
    let n = 0;
    for (let lead = FIRST_LEAD; lead <= LAST_LEAD; lead++) {
      for (let trail = FIRST_TRAIL; trail <= LAST_TRAIL; trail++, n++) {
        const code = table.decode[n]!;
        if (code < 0) continue;
        const char = String.fromCodePoint(code);
        if (code < 0x10000 ? table.encodeCode[code] !== ((lead << 8) | trail) : seen.has(char)) continue;
        if (code >= 0x10000) seen.add(char);
        (byByte.lead[lead] ??= []).push(char);
        (byByte.trail[trail] ??= []).push(char);
      }
    }
    table.byByte = byByte;
  }
  return table.byByte[position][byte] ?? [];
}
