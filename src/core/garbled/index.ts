/**
 * Garbled text: find it, repair what the bytes allow, mark what was lost. A character whose bytes are lost shows
 * as □ (PLACEHOLDER), unless the text elsewhere makes it certain, and then it is marked as inferred.
 */
import type { Paragraph } from '../article';
import { findSuspectSpans, lostLeadChar, mayBeGarbled } from './detect';
import { INFER_CONTEXT, inferLostChar, PLACEHOLDER, repairShift, type RepairPiece, type SpanRepair } from './repair';

export { plausibility } from './model';
export { PLACEHOLDER } from './repair';

type Repair = NonNullable<Paragraph['repairs']>[number];

interface GarbledSpan {
  /** The garbled text as it came. */
  original: string;
  /** The text now standing in its place (the original when not repaired). */
  text: string;
  repaired: boolean;
  /** Some of `text` was made certain by the text elsewhere rather than read from the bytes. */
  inferred: boolean;
}

interface RepairResult {
  text: string;
  /** One entry per repaired span; offsets are UTF-16 (as String#slice takes them) into `text`. */
  repairs: Repair[];
  spans: GarbledSpan[];
}

function stillGarbled(chars: string[], from: number, to: number): boolean {
  return findSuspectSpans(chars).some((span) => span.garbled && span.start < to && span.end > from);
}

/** `?h`: the lead byte lost, the trail byte left as an ASCII letter. */
function lostLeadRepair(chars: string[], at: number): SpanRepair {
  return {
    start: at,
    end: at + 2,
    pieces: [{ text: PLACEHOLDER, kept: { position: 'trail', byte: chars[at + 1]!.charCodeAt(0) } }],
  };
}

/** Fill each lost character that the rest of the article makes certain. */
function infer(chars: string[], repair: SpanRepair, article: () => string): RepairPiece[] {
  const texts = repair.pieces.map((p) => p.text);
  return repair.pieces.map((piece, k) => {
    if (piece.text !== PLACEHOLDER || !piece.kept) return piece;
    const before = chars.slice(Math.max(0, repair.start - INFER_CONTEXT), repair.start).join('');
    const after = chars.slice(repair.end, repair.end + INFER_CONTEXT).join('');
    const left = [...(before + texts.slice(0, k).join(''))].slice(-INFER_CONTEXT).join('');
    const right = [...(texts.slice(k + 1).join('') + after)].slice(0, INFER_CONTEXT).join('');
    const usable = (context: string) => (context.includes(PLACEHOLDER) || context.includes('?') ? '' : context);
    const char = inferLostChar(piece.kept, usable(left), usable(right), article());
    return char ? { ...piece, text: char, inferred: true } : piece;
  });
}

/**
 * Repairs the garbled spans of one paragraph. `elsewhere` is the rest of the article's text, which may make a lost
 * character certain (or a function giving it, called only when a repair has lost a character). Clean text comes back
 * unchanged (same string, no repairs, no spans).
 */
export function repairGarbled(text: string, elsewhere: string | (() => string) = ''): RepairResult {
  if (!mayBeGarbled(text)) return { text, repairs: [], spans: [] };
  const chars = [...text];
  const suspects = findSuspectSpans(chars);
  if (suspects.length === 0) return { text, repairs: [], spans: [] };

  const fixes: { repair: SpanRepair | null; start: number; end: number }[] = [];
  let cursor = 0;
  let article: string | undefined;
  const wholeArticle = () => (article ??= `${typeof elsewhere === 'string' ? elsewhere : elsewhere()}\n${text}`);
  for (const span of suspects) {
    if (span.start < cursor) continue;
    let lostLead = -1;
    for (let i = span.start; i < span.end && lostLead < 0; i++) if (lostLeadChar(chars, i)) lostLead = i;
    let repair =
      lostLead >= 0 ? lostLeadRepair(chars, lostLead) : repairShift(chars, span.start, span.end, stillGarbled);
    if (repair && repair.start < cursor) repair = null;
    if (repair) {
      repair = { ...repair, pieces: infer(chars, repair, wholeArticle) };
      fixes.push({ repair, start: repair.start, end: repair.end });
      cursor = repair.end;
    } else if (span.garbled) {
      fixes.push({ repair: null, start: span.start, end: span.end });
      cursor = span.end;
    }
  }

  if (fixes.length === 0) return { text, repairs: [], spans: [] };
  // Characters [from, to) of the text; code-point offsets are UTF-16 ones when no character takes two units.
  const slice =
    chars.length === text.length
      ? (from: number, to?: number) => text.slice(from, to)
      : (from: number, to?: number) => chars.slice(from, to).join('');
  let out = '';
  let at = 0;
  const repairs: Repair[] = [];
  const spans: GarbledSpan[] = [];
  for (const fix of fixes) {
    out += slice(at, fix.start);
    const original = slice(fix.start, fix.end);
    if (!fix.repair) {
      out += original;
      spans.push({ original, text: original, repaired: false, inferred: false });
    } else {
      const begin = out.length;
      const inferredAt: number[] = [];
      for (const piece of fix.repair.pieces) {
        if (piece.inferred) inferredAt.push(out.length);
        out += piece.text;
      }
      const inferred = inferredAt.length ? { inferred: true, inferredAt } : {};
      repairs.push({ start: begin, end: out.length, original, ...inferred });
      spans.push({ original, text: out.slice(begin), repaired: true, inferred: inferredAt.length > 0 });
    }
    at = fix.end;
  }
  out += slice(at);
  return { text: out, repairs, spans };
}

/** The legend for text marked by markRepairs: 〔…〕 repaired from garbled bytes, [字] inferred, □ lost. */
export const REPAIR_NOTE = `注：〔…〕内为据乱码字节修复的文字，[ ]内为据上下文推定的字，${PLACEHOLDER}为字节已失的字。`;

/**
 * The paragraph's text for plain-text output: each repaired span in 〔〕, each inferred character in [ ], lost
 * characters as □.
 */
export function markRepairs(paragraph: Pick<Paragraph, 'text' | 'repairs'>): string {
  let out = '';
  let at = 0;
  for (const { start, end, inferredAt = [] } of [...(paragraph.repairs ?? [])].sort((a, b) => a.start - b.start)) {
    out += `${paragraph.text.slice(at, start)}〔`;
    for (let i = start; i < end; i++) out += inferredAt.includes(i) ? `[${paragraph.text[i]}]` : paragraph.text[i];
    out += '〕';
    at = end;
  }
  return out + paragraph.text.slice(at);
}
