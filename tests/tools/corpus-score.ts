/**
 * How extraction is scored against the corpus truth (tests/corpus/README.md): text NFKC-normalised with whitespace
 * removed; body F1 as a bag of Han characters, and as a bag of character bigrams; dates compared at the precision
 * the truth gives; authors by a normalised contains-match.
 */

export function normalise(text: string): string {
  return text.normalize('NFKC').replace(/\s+/gu, '');
}

const HAN = /\p{Script=Han}/u;

function bag(items: Iterable<string>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(item, (counts.get(item) ?? 0) + 1);
  return counts;
}

function bagF1(predicted: Map<string, number>, truth: Map<string, number>): number {
  let predictedTotal = 0;
  let truthTotal = 0;
  let overlap = 0;
  for (const count of predicted.values()) predictedTotal += count;
  for (const [item, count] of truth) {
    truthTotal += count;
    overlap += Math.min(count, predicted.get(item) ?? 0);
  }
  if (predictedTotal === 0 && truthTotal === 0) return 1;
  if (overlap === 0) return 0;
  const precision = overlap / predictedTotal;
  const recall = overlap / truthTotal;
  return (2 * precision * recall) / (precision + recall);
}

/** F1 over the multiset of Han characters. */
export function hanF1(predicted: string, truth: string): number {
  const han = (text: string) => Array.from(normalise(text)).filter((char) => HAN.test(char));
  return bagF1(bag(han(predicted)), bag(han(truth)));
}

/** F1 over the multiset of adjacent character pairs (all characters, whitespace removed). */
export function bigramF1(predicted: string, truth: string): number {
  const bigrams = (text: string) => {
    const chars = Array.from(normalise(text));
    const out: string[] = [];
    for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i]! + chars[i + 1]!);
    return out;
  };
  return bagF1(bag(bigrams(predicted)), bag(bigrams(truth)));
}

/** Year, month, day, hour, minute as far as the text gives them; null when it holds no date. */
export function dateParts(text: string): number[] | null {
  const match =
    /(\d{4})(?:\s*[-/.年]\s*(\d{1,2})(?:\s*[-/.月]\s*(\d{1,2})(?:\s*日?\s*T?\s*(\d{1,2})\s*[:时]\s*(\d{1,2}))?)?)?/.exec(
      text.normalize('NFKC'),
    );
  if (!match) return null;
  const parts: number[] = [];
  for (const group of match.slice(1)) {
    if (group === undefined) break;
    parts.push(Number(group));
  }
  return parts;
}

/** The predicted date agrees with the truth at the truth's precision (seconds ignored). */
export function dateMatches(predicted: string | null, truth: string): boolean {
  const want = dateParts(truth);
  if (!want) return false;
  const got = predicted ? dateParts(predicted) : null;
  if (!got || got.length < want.length) return false;
  return want.every((value, i) => got[i] === value);
}

/** Names compared without whitespace, punctuation or case. */
export function normaliseName(text: string): string {
  return normalise(text)
    .toLowerCase()
    .replace(/[\p{P}\p{S}]/gu, '');
}

/** A predicted name matches when either contains the other (after normalising); a one-letter guess never does. */
export function authorMatches(predicted: (string | null)[], truth: string): boolean {
  const want = normaliseName(truth);
  if (!want) return false;
  return predicted.some((candidate) => {
    const got = candidate ? normaliseName(candidate) : '';
    return got.length >= 2 && (got.includes(want) || want.includes(got));
  });
}

export function mean(values: number[]): number {
  return values.length ? values.reduce((a, b) => a + b, 0) / values.length : 0;
}
