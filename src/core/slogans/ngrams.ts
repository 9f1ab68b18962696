/** Repeated n-grams of Han runs, counted without building a string per position. */

const MIN_GRAM = 4;
const MAX_GRAM = 16;

export function hanRuns(text: string): string[] {
  return text.split(/[^\p{Script=Han}]+/u).filter((run) => run.length >= MIN_GRAM);
}

/** Numbers pairs of 32-bit integers in order of first sight (open addressing, sized once: no string keys). */
class PairNumbers {
  private readonly keys: Int32Array;
  /** Number + 1 per slot; 0 marks an empty slot. */
  private readonly numbers: Int32Array;
  private readonly mask: number;
  size = 0;

  constructor(capacity: number) {
    let slots = 16;
    while (slots < capacity * 2) slots *= 2;
    this.mask = slots - 1;
    this.keys = new Int32Array(slots * 2);
    this.numbers = new Int32Array(slots);
  }

  /** The pair's number, or -1 when it is absent and `add` is false. */
  number(a: number, b: number, add: boolean): number {
    let slot = (Math.imul(a ^ (a >>> 16), 0x45d9f3b) ^ Math.imul(b ^ (b >>> 16), 0x119de1f3)) & this.mask;
    for (;;) {
      const stored = this.numbers[slot]!;
      if (stored === 0) {
        if (!add) return -1;
        this.keys[slot * 2] = a;
        this.keys[slot * 2 + 1] = b;
        this.numbers[slot] = ++this.size;
        return this.size - 1;
      }
      if (this.keys[slot * 2] === a && this.keys[slot * 2 + 1] === b) return stored - 1;
      slot = (slot + 1) & this.mask;
    }
  }
}

/**
 * Each n-gram (MIN_GRAM..MAX_GRAM) of the runs seen at least `minCount` times, or at all when `seed` holds it, with
 * its count, in order of first occurrence per length. Apriori: an n-gram can only repeat if its (n-1)-prefix did, so
 * only the positions still alive are extended. Grams are numbered (the shortest by its four UTF-16 units, a longer one
 * by its prefix's number and its last unit), so a gram is sliced out of its run only when it is kept.
 */
export function countGrams(runs: string[], minCount: number, seed?: Set<string>): Map<string, number> {
  const result = new Map<string, number>();
  const seedShort = new PairNumbers(seed?.size ?? 0);
  for (const gram of seed ?? []) {
    if (gram.length === MIN_GRAM)
      seedShort.number(
        (gram.charCodeAt(0) << 16) | gram.charCodeAt(1),
        (gram.charCodeAt(2) << 16) | gram.charCodeAt(3),
        true,
      );
  }
  let alive = 0;
  for (const run of runs) alive += Math.max(0, run.length - MIN_GRAM + 1);
  const aliveRun = new Int32Array(alive);
  const aliveStart = new Int32Array(alive);
  /** Number of each alive position's gram at the previous length. */
  const aliveId = new Int32Array(alive);
  /** Whether the gram of each number at the previous length is in `seed`: a seed gram's prefix is one too. */
  let inSeed: boolean[] = [];
  alive = 0;
  runs.forEach((run, r) => {
    for (let start = 0; start + MIN_GRAM <= run.length; start++, alive++) {
      aliveRun[alive] = r;
      aliveStart[alive] = start;
    }
  });
  for (let n = MIN_GRAM; n <= MAX_GRAM && alive > 0; n++) {
    const numbers = new PairNumbers(alive);
    const counts: number[] = [];
    const firstRun: number[] = [];
    const firstStart: number[] = [];
    const seeded: boolean[] = [];
    const positionId = new Int32Array(alive).fill(-1);
    for (let i = 0; i < alive; i++) {
      const run = runs[aliveRun[i]!]!;
      const start = aliveStart[i]!;
      if (start + n > run.length) continue;
      const short = n === MIN_GRAM;
      const a = short ? (run.charCodeAt(start) << 16) | run.charCodeAt(start + 1) : aliveId[i]!;
      const b = short ? (run.charCodeAt(start + 2) << 16) | run.charCodeAt(start + 3) : run.charCodeAt(start + n - 1);
      const id = numbers.number(a, b, true);
      if (id === counts.length) {
        counts.push(0);
        firstRun.push(aliveRun[i]!);
        firstStart.push(start);
        seeded.push(
          seed !== undefined &&
            (short ? seedShort.number(a, b, false) !== -1 : inSeed[a]! && seed.has(run.slice(start, start + n))),
        );
      }
      counts[id]!++;
      positionId[i] = id;
    }
    let kept = 0;
    for (let i = 0; i < alive; i++) {
      const id = positionId[i]!;
      if (id === -1 || !(counts[id]! >= minCount || seeded[id])) continue;
      aliveRun[kept] = aliveRun[i]!;
      aliveStart[kept] = aliveStart[i]!;
      aliveId[kept] = id;
      kept++;
    }
    for (let id = 0; id < counts.length; id++) {
      if (counts[id]! >= minCount || seeded[id])
        result.set(runs[firstRun[id]!]!.slice(firstStart[id]!, firstStart[id]! + n), counts[id]!);
    }
    alive = kept;
    inSeed = seeded;
  }
  return result;
}

export function titleGrams(title: string): Set<string> {
  const grams = new Set<string>();
  for (const run of hanRuns(title)) {
    for (let n = MIN_GRAM; n <= Math.min(MAX_GRAM, run.length); n++) {
      for (let start = 0; start + n <= run.length; start++) grams.add(run.slice(start, start + n));
    }
  }
  return grams;
}
