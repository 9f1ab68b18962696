/**
 * Re-reads a suspicious span as GBK bytes one byte out of step. When a byte was lost on the way, everything after
 * it decodes with lead and trail bytes swapped until the next ASCII byte (or the next lost byte) brings the reader
 * back in step. Writing the span back to GBK, dropping the orphan byte and decoding again gives the text that was
 * there. A reading is accepted only when it is clearly more plausible than the garbled one and the text after it
 * reads clean again.
 */
import { charsWithByte, decodePairCode, encodeCode, isLead } from './gbk';
import { charCost, codeCost, isHanCode, knownPair } from './model';

/** Shown for a character whose bytes are lost: the philological mark for an illegible character. */
export const PLACEHOLDER = '□';
/** What a placeholder costs when scoring a reading: about a common character's worth, so losing one is no gain. */
const PLACEHOLDER_COST = 12;
/** Bits a known pair of characters in a row saves: it decides between readings that unigrams cannot tell apart. */
const PAIR_BONUS = 6;
/** A reading must save at least this many bits over the garbled text… */
const MIN_GAIN = 16;
/** …and read like ordinary prose (clean news text averages about 10 bits a character). */
const MAX_MEAN_COST = 13.5;
/** Characters beside a lost character that must match elsewhere for it to be inferred. */
export const INFER_CONTEXT = 3;
/** A reading this many characters long that averages this many bits a character is garbage: stop reading. */
const GIVE_UP_AFTER = 4;
const GIVE_UP_MEAN_COST = MAX_MEAN_COST + 3;
/** Characters on each side of a repair that must read clean after it. */
const CONTEXT = 3;
/** How far before the span's first odd character the lost byte may lie: a misread run may open with common ones. */
const LOOK_BEHIND = 10;
/** …or after it: a run may open with a `?` and a flattened pinyin tail before the first misread character. */
const LOOK_AHEAD = 8;
/**
 * A reading must be back in step within this many characters after the span; a long misread run may hold quieter
 * stretches that split it into several spans.
 */
const LOOK_PAST = 200;
/** Characters past the span read before all LOOK_PAST are. */
const FIRST_STRETCH = 32;
/** Characters on each side of a repair checked for garbling left over. */
const CHECK_AROUND = 24;

/** One piece of a repaired span: recovered text, or a lost character (□, or the character inferred). */
export interface RepairPiece {
  text: string;
  inferred?: boolean;
  /** For a lost character: the one byte of it that survived. */
  kept?: KeptByte;
}

interface KeptByte {
  position: 'lead' | 'trail';
  byte: number;
}

export interface SpanRepair {
  /** Code-point range of the original characters replaced. */
  start: number;
  end: number;
  pieces: RepairPiece[];
}

interface Reading {
  start: number;
  end: number;
  pieces: RepairPiece[];
}

/** A byte the text no longer shows: U+FFFD stands for one byte the decoder could not place. */
const UNKNOWN_BYTE = -1;
/** A character GBK cannot write: no reading goes through it. */
const NO_BYTE = -2;

/**
 * Characters [from, to) of a text as GBK bytes, with the byte offset where each character starts and the way back.
 * Byte offsets count from `from`'s first byte; character indexes are the text's own.
 */
export interface Encoded {
  bytes: Int32Array;
  /** Byte offset of each character from `from` to `to` (the total length); what lies before `from` is no entry. */
  starts: Int32Array;
  /** Byte offset → index of the character starting there, or −1. */
  charAt: Int32Array;
}

/**
 * The arrays encodeText writes into, grown as needed and reused by every call: a typed array costs far more to
 * allocate than to fill, and an encoding is needed only while one span is being re-read.
 */
let scratch = { bytes: new Int32Array(0), starts: new Int32Array(0), charAt: new Int32Array(0) };

/** The encoding of characters [from, to) of the text, valid until the next call. */
export function encodeText(chars: string[], from = 0, to = chars.length): Encoded {
  const count = to - from;
  if (scratch.starts.length < to + 1 || scratch.charAt.length < 2 * count + 1) {
    const size = Math.max(to + 1, 2 * scratch.starts.length);
    scratch = { bytes: new Int32Array(2 * size), starts: new Int32Array(size), charAt: new Int32Array(2 * size + 1) };
  }
  const { bytes, starts, charAt } = scratch;
  charAt.fill(-1, 0, 2 * count + 1);
  let length = 0;
  for (let i = from; i < to; i++) {
    starts[i] = length;
    charAt[length] = i;
    const code = chars[i]!.codePointAt(0)!;
    const encoded = encodeCode(code);
    if (code === 0xfffd) bytes[length++] = UNKNOWN_BYTE;
    else if (encoded < 0) bytes[length++] = NO_BYTE;
    else if (encoded < 0x80) bytes[length++] = encoded;
    else {
      bytes[length++] = encoded >> 8;
      bytes[length++] = encoded & 0xff;
    }
  }
  starts[to] = length;
  charAt[length] = to;
  return {
    bytes: bytes.subarray(0, length),
    starts: starts.subarray(0, to + 1),
    charAt: charAt.subarray(0, length + 1),
  };
}

/** Surprise of a run of characters, less a bonus for each pair in a row that the model knows as a word piece. */
function sequenceCost(chars: string[]): number {
  let sum = 0;
  for (let i = 0; i < chars.length; i++) {
    sum += chars[i] === PLACEHOLDER ? PLACEHOLDER_COST : charCost(chars[i]!);
    if (i > 0 && knownPair(chars[i - 1]!, chars[i]!)) sum -= PAIR_BONUS;
  }
  return sum;
}

function lost(kept?: KeptByte): RepairPiece {
  return kept ? { text: PLACEHOLDER, kept } : { text: PLACEHOLDER };
}

/** How far before a misread run a `?` may open its lost-lead mark. */
const LOST_LEAD_REACH = 12;

/** A letter of a flattened pinyin syllable: ASCII or Latin with tone marks. */
function isPinyinLetter(char: string): boolean {
  const code = char.length === 1 ? char.charCodeAt(0) : -1;
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0xc0 && code <= 0x24f);
}

/**
 * `?` plus a flattened pinyin tail (`?shù)`) just before `at`: a lead byte the proxy could not decode, annotated
 * anyway. Where its `?` stands, or −1.
 */
function lostLeadMark(chars: string[], at: number): number {
  const first = Math.max(0, at - LOST_LEAD_REACH);
  let i = at - 1;
  if (i >= first && chars[i] === ')') i--;
  while (i >= first && isPinyinLetter(chars[i]!)) i--;
  return i >= first && chars[i] === '?' ? i : -1;
}

/**
 * A reading's pieces: the lost character whose trail byte is the orphan, the pieces closed so far, the text piece
 * still growing, and, when `lostLead` ≥ 0, a lost character of which only that lead byte is left.
 */
function readingPieces(trailByte: number, closed: RepairPiece[], growing: string, lostLead: number): RepairPiece[] {
  const pieces: RepairPiece[] = [lost({ position: 'trail', byte: trailByte }), ...closed];
  if (growing !== '') pieces.push({ text: growing });
  if (lostLead >= 0) pieces.push(lost({ position: 'lead', byte: lostLead }));
  return pieces;
}

/**
 * Every way to read the bytes from `orphan`'s trail byte on, ending where the reader is back in step, that ends at
 * `minEnd` or later and recovers text plausible enough to score: at least two Han characters, more than half of
 * it, at most MAX_MEAN_COST bits a character (a □ piece of its own, decoded or lost, is not recovered text). The
 * tally is kept while reading, so a reading's pieces are built only when it passes. Readings go to `out`. Says
 * whether the reading may have gone on past `limit`.
 */
function readingsFrom(
  chars: string[],
  orphan: number,
  { bytes, starts, charAt }: Encoded,
  limit: number,
  minEnd: number,
  out: Reading[],
): boolean {
  const orphanByte = starts[orphan]!;
  const closed: RepairPiece[] = [];
  /** The text piece still growing. */
  let growing = '';
  let recovered = 0;
  let han = 0;
  let recoveredCost = 0;
  const passes = (end: number) =>
    end >= minEnd && !(han < 2 || han * 2 <= recovered || recoveredCost / recovered > MAX_MEAN_COST);
  const read = (end: number, lostLead: number) => {
    const lostLeadAt = lostLeadMark(chars, orphan);
    const pieces = readingPieces(bytes[orphanByte]!, closed, growing, lostLead);
    out.push({ start: lostLeadAt >= 0 ? lostLeadAt : orphan, end, pieces });
  };
  const close = () => {
    if (growing !== '') closed.push({ text: growing });
    growing = '';
  };
  let q = orphanByte + 1;
  let readCost = 0;
  let readChars = 0;
  const stop = Math.min(bytes.length, limit);
  while (q < stop) {
    const byte = bytes[q]!;
    const lead = isLead(byte);
    if (byte === UNKNOWN_BYTE) {
      close();
      closed.push(lost());
      q += 1;
    } else if (lead && bytes[q + 1] === UNKNOWN_BYTE) {
      close();
      closed.push(lost({ position: 'lead', byte }));
      q += 2;
    } else {
      if (lead && charAt[q + 1]! >= 0 && (closed.length > 0 || growing !== '') && passes(charAt[q + 1]!)) {
        // The trail byte of this character was lost: the reader is back in step at the next byte. The reading goes on.
        read(charAt[q + 1]!, byte);
      }
      const code =
        byte === NO_BYTE ? -1 : !lead ? byte : q + 1 < bytes.length ? decodePairCode(byte, bytes[q + 1]!) : -1;
      if (code < 0) break;
      const cost = codeCost(code);
      const char = code < 0x10000 ? String.fromCharCode(code) : String.fromCodePoint(code);
      // A decoded □ that opens a text piece stays a piece of its own.
      const opensPiece = growing === '' || growing === PLACEHOLDER;
      if (opensPiece) close();
      growing += char;
      if (growing !== PLACEHOLDER) {
        recovered++;
        if (isHanCode(code)) han++;
        recoveredCost += cost;
      }
      readCost += cost;
      if (++readChars >= GIVE_UP_AFTER && readCost / readChars > GIVE_UP_MEAN_COST) break;
      q += lead ? 2 : 1;
    }
    if (charAt[q]! >= 0) {
      if (passes(charAt[q]!)) read(charAt[q]!, -1);
      break;
    }
  }
  return q >= stop;
}

/**
 * Every reading of the span [start, end) that is back in step by character `to`, read again up to `past` when one
 * may run on. Only the characters a reading can reach are encoded, and one more: a reading looks one byte past its
 * limit.
 */
function readingsUpTo(chars: string[], start: number, end: number, to: number, past: number): Reading[] {
  const encoded = encodeText(chars, Math.max(0, start - LOOK_BEHIND), Math.min(chars.length, to + 1));
  const { starts } = encoded;
  const limit = starts[to]!;
  const readings: Reading[] = [];
  for (let orphan = Math.max(0, start - LOOK_BEHIND); orphan <= Math.min(end - 1, start + LOOK_AHEAD); orphan++) {
    if (starts[orphan + 1]! - starts[orphan]! !== 2) continue;
    const ranOn = readingsFrom(chars, orphan, encoded, limit, end - 1, readings);
    if (ranOn && to < past) return readingsUpTo(chars, start, end, past, past);
  }
  return readings;
}

/**
 * The best shifted reading of the span [start, end) of `chars`, or null when none is clearly better.
 * `stillGarbled` says whether a candidate text still holds garbling around the repaired range.
 */
export function repairShift(
  chars: string[],
  start: number,
  end: number,
  stillGarbled: (chars: string[], from: number, to: number) => boolean,
): SpanRepair | null {
  const past = Math.min(chars.length, end + LOOK_PAST);
  // Most readings end a few characters in: the characters up to a short stretch past the span are read first, and
  // all those a reading can reach only when one of them runs on.
  const readings = readingsUpTo(chars, start, end, Math.min(past, end + FIRST_STRETCH), past);
  const candidates: { reading: Reading; gain: number }[] = [];
  for (const reading of readings) {
    const left = chars.slice(Math.max(0, reading.start - 1), reading.start);
    const right = chars.slice(reading.end, reading.end + 1);
    const replaced = chars.slice(reading.start, reading.end);
    const read: string[] = [];
    for (const piece of reading.pieces) for (const char of piece.text) read.push(char);
    const gain = sequenceCost([...left, ...replaced, ...right]) - sequenceCost([...left, ...read, ...right]);
    if (gain >= MIN_GAIN) candidates.push({ reading, gain });
  }
  candidates.sort((a, b) => b.gain - a.gain);
  for (const { reading } of candidates) {
    const repaired = reading.pieces.flatMap((p) => [...p.text]);
    const before = Math.max(0, reading.start - CONTEXT - CHECK_AROUND);
    const after = chars.slice(reading.end, reading.end + CONTEXT + CHECK_AROUND);
    const window = [...chars.slice(before, reading.start), ...repaired, ...after];
    const at = reading.start - before;
    if (!stillGarbled(window, Math.max(0, at - CONTEXT), at + repaired.length + CONTEXT)) {
      return { start: reading.start, end: reading.end, pieces: reading.pieces };
    }
  }
  return null;
}

/**
 * The one character a lost-byte placeholder can stand for, when the text elsewhere makes it certain: of the
 * characters whose GBK bytes fit the byte that survived, exactly one appears elsewhere with the same three
 * characters beside it (`縣(市、` for `□(市、`, `防控工作` for `防控工□`).
 */
export function inferLostChar(known: KeptByte, left: string, right: string, elsewhere: string): string | null {
  // The characters seen right after the left context and right before the right one, found once for all candidates
  // (one or two UTF-16 units each, as a candidate may be).
  const beside = new Set<string>();
  if ([...left].length === INFER_CONTEXT) {
    for (const at of occurrences(elsewhere, left)) {
      const from = at + left.length;
      beside.add(elsewhere.slice(from, from + 1)).add(elsewhere.slice(from, from + 2));
    }
  }
  if ([...right].length === INFER_CONTEXT) {
    for (const at of occurrences(elsewhere, right)) {
      if (at >= 1) beside.add(elsewhere.slice(at - 1, at));
      if (at >= 2) beside.add(elsewhere.slice(at - 2, at));
    }
  }
  const fits = beside.size === 0 ? [] : charsWithByte(known.position, known.byte).filter((c) => beside.has(c));
  return fits.length === 1 ? fits[0]! : null;
}

/** Every offset where `part` starts in `text`, overlapping ones included. */
function occurrences(text: string, part: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) found.push(at);
  return found;
}
