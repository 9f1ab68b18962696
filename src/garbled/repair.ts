/**
 * Re-reads a suspicious span as GBK bytes one byte out of step. When a byte was lost on the way, everything after
 * it decodes with lead and trail bytes swapped until the next ASCII byte (or the next lost byte) brings the reader
 * back in step. Writing the span back to GBK, dropping the orphan byte and decoding again gives the text that was
 * there. A reading is accepted only when it is clearly more plausible than the garbled one and the text after it
 * reads clean again.
 */
import { charsWithByte, decodePair, encodeCode, isLead } from './gbk';
import { charCost, isHan, knownPair } from './model';

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
/** Characters on each side of a repair checked for garbling left over. */
const CHECK_AROUND = 24;

/** One piece of a repaired span: recovered text, or a lost character (□, or the character inferred). */
export interface RepairPiece {
  text: string;
  inferred?: boolean;
  /** For a lost character: the one byte of it that survived. */
  kept?: KeptByte;
}

export interface KeptByte {
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

/** A text as GBK bytes, with the byte offset where each character starts and the way back. */
export interface Encoded {
  bytes: Int32Array;
  /** Byte offset of each character, plus the total length. */
  starts: Int32Array;
  /** Byte offset → index of the character starting there, or −1. */
  charAt: Int32Array;
}

export function encodeText(chars: string[]): Encoded {
  const buffer = new Int32Array(chars.length * 2);
  const starts = new Int32Array(chars.length + 1);
  let length = 0;
  for (let i = 0; i < chars.length; i++) {
    const char = chars[i]!;
    starts[i] = length;
    if (char === '\uFFFD') {
      buffer[length++] = UNKNOWN_BYTE;
      continue;
    }
    const code = encodeCode(char.codePointAt(0)!);
    if (code < 0) buffer[length++] = NO_BYTE;
    else if (code < 0x80) buffer[length++] = code;
    else {
      buffer[length++] = code >> 8;
      buffer[length++] = code & 0xff;
    }
  }
  starts[chars.length] = length;
  const charAt = new Int32Array(length + 1).fill(-1);
  for (let i = 0; i <= chars.length; i++) charAt[starts[i]!] = i;
  return { bytes: buffer.subarray(0, length), starts, charAt };
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

/** Adds a character to the text piece at the end (a new piece in its place: readings share pieces), or starts one. */
function addText(pieces: RepairPiece[], char: string): void {
  const last = pieces.at(-1);
  if (last && last.text !== PLACEHOLDER) pieces[pieces.length - 1] = { text: last.text + char };
  else pieces.push({ text: char });
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

/** Every way to read the bytes from `orphan`'s trail byte on, ending where the reader is back in step. */
function readingsFrom(chars: string[], orphan: number, { bytes, starts, charAt }: Encoded, limit: number): Reading[] {
  const lostLead = lostLeadMark(chars, orphan);
  const start = lostLead >= 0 ? lostLead : orphan;
  const readings: Reading[] = [];
  const read = (pieces: RepairPiece[], end: number) => readings.push({ start, end, pieces });
  const orphanByte = starts[orphan]!;
  const pieces: RepairPiece[] = [lost({ position: 'trail', byte: bytes[orphanByte]! })];
  let q = orphanByte + 1;
  let readCost = 0;
  let readChars = 0;
  while (q < Math.min(bytes.length, limit)) {
    const byte = bytes[q]!;
    if (byte === UNKNOWN_BYTE) {
      pieces.push(lost());
      q += 1;
    } else if (isLead(byte) && bytes[q + 1] === UNKNOWN_BYTE) {
      pieces.push(lost({ position: 'lead', byte }));
      q += 2;
    } else {
      if (isLead(byte) && charAt[q + 1]! >= 0 && pieces.length > 1) {
        // The trail byte of this character was lost: the reader is back in step at the next byte. The reading goes
        // on, so this one keeps a copy of the pieces.
        read([...pieces, lost({ position: 'lead', byte })], charAt[q + 1]!);
      }
      const char =
        byte === NO_BYTE
          ? null
          : !isLead(byte)
            ? String.fromCharCode(byte)
            : q + 1 < bytes.length
              ? decodePair(byte, bytes[q + 1]!)
              : null;
      if (char === null) break;
      addText(pieces, char);
      readCost += charCost(char);
      if (++readChars >= GIVE_UP_AFTER && readCost / readChars > GIVE_UP_MEAN_COST) break;
      q += isLead(byte) ? 2 : 1;
    }
    if (charAt[q]! >= 0) {
      read(pieces, charAt[q]!);
      break;
    }
  }
  return readings;
}

/**
 * The best shifted reading of the span [start, end) of `chars`, or null when none is clearly better.
 * `stillGarbled` says whether a candidate text still holds garbling around the repaired range.
 */
export function repairShift(
  chars: string[],
  encoded: Encoded,
  start: number,
  end: number,
  stillGarbled: (chars: string[], from: number, to: number) => boolean,
): SpanRepair | null {
  const { starts } = encoded;
  const limit = starts[Math.min(chars.length, end + LOOK_PAST)]!;
  const candidates: { reading: Reading; gain: number }[] = [];
  for (let orphan = Math.max(0, start - LOOK_BEHIND); orphan <= Math.min(end - 1, start + LOOK_AHEAD); orphan++) {
    if (starts[orphan + 1]! - starts[orphan]! !== 2) continue;
    for (const reading of readingsFrom(chars, orphan, encoded, limit)) {
      if (reading.end < end - 1) continue;
      let recovered = 0;
      let han = 0;
      let recoveredCost = 0;
      for (const piece of reading.pieces) {
        if (piece.text === PLACEHOLDER) continue;
        for (const char of piece.text) {
          recovered++;
          if (isHan(char)) han++;
          recoveredCost += charCost(char);
        }
      }
      if (han < 2 || han * 2 <= recovered || recoveredCost / recovered > MAX_MEAN_COST) continue;
      const left = chars.slice(Math.max(0, reading.start - 1), reading.start);
      const right = chars.slice(reading.end, reading.end + 1);
      const replaced = chars.slice(reading.start, reading.end);
      const read: string[] = [];
      for (const piece of reading.pieces) for (const char of piece.text) read.push(char);
      const gain = sequenceCost([...left, ...replaced, ...right]) - sequenceCost([...left, ...read, ...right]);
      if (gain >= MIN_GAIN) candidates.push({ reading, gain });
    }
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
export function inferLostChar(
  known: KeptByte,
  left: string,
  right: string,
  elsewhere: string,
): string | null {
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
