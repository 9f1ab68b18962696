/**
 * From candidates to ranked finds: one per text, counted and located on the page, nested forms merged, scored for
 * confidence (what the detectors saw, strengthened by repetition), then ordered by weight: that confidence, how often
 * the page says it, and where (the headline and the lead count for more).
 */
import type { SloganKind } from '../article';
import { type Candidate, separatorFree } from './candidate';
import { type Joined, type Source, sourceAt } from './sources';

/** Structural finds scoring below this are too weak to show; lexicon matches always pass. */
const MIN_SCORE = 6;

export interface Located extends Candidate {
  count: number;
  first: { source: number; offset: number; length: number } | null;
  /** Said in the headline; said in the first paragraph. */
  inTitle: boolean;
  inLead: boolean;
}

/** What the headline and the first paragraph add to a find's weight. */
const TITLE_WEIGHT = 4;
const LEAD_WEIGHT = 1.5;

/** Order of the list: confidence, repetition once more (half as much again), and placement. */
function weight(candidate: Located): number {
  return (
    candidate.score +
    0.5 * Math.log2(candidate.count) +
    (candidate.inTitle ? TITLE_WEIGHT : 0) +
    (candidate.inLead ? LEAD_WEIGHT : 0)
  );
}

function locate(candidate: Candidate, sources: Source[], joined: Joined): Located {
  let count = 0;
  let first: Located['first'] = null;
  let inTitle = false;
  let inLead = false;
  for (const match of joined.text.matchAll(candidate.pattern)) {
    count++;
    const index = sourceAt(joined, match.index ?? 0);
    inTitle ||= sources[index]!.paragraph === -1;
    inLead ||= sources[index]!.paragraph === 0;
    // The first occurrence in the body; the title's only when the body has none.
    const better = first === null || (sources[first.source]!.paragraph === -1 && sources[index]!.paragraph !== -1);
    if (better) first = { source: index, offset: (match.index ?? 0) - joined.starts[index]!, length: match[0].length };
  }
  return { ...candidate, count, first, inTitle, inLead };
}

const KIND_RANK: Record<SloganKind, number> = { lexicon: 5, numbered: 4, quoted: 3, parallel: 2, repeated: 1 };

/** One candidate per text (separators aside), found several ways: the lexicon's reading wins, the best score stays. */
function sameText(candidates: Candidate[]): Candidate[] {
  const byKey = new Map<string, Candidate>();
  for (const candidate of candidates) {
    const key = separatorFree(candidate.key);
    const existing = byKey.get(key);
    if (!existing) {
      byKey.set(key, candidate);
      continue;
    }
    if (existing.kind === candidate.kind) {
      existing.score = Math.max(existing.score, candidate.score);
      continue;
    }
    const [keep, other] =
      KIND_RANK[candidate.kind] > KIND_RANK[existing.kind] ? [candidate, existing] : [existing, candidate];
    // Found two ways: both readings agree that this is a formulation.
    const merged: Candidate = { ...keep, score: Math.max(keep.score, other.score) + 1 };
    const gloss = keep.gloss ?? other.gloss;
    if (gloss) merged.gloss = gloss;
    if (keep.lexicon || other.lexicon) merged.lexicon = true;
    byKey.set(key, merged);
  }
  return [...byKey.values()];
}

/**
 * Merge candidates where one formulation sits inside another (打赢疫情防控阻击战 ⊃ 疫情防控阻击战): the longer form
 * stays when it accounts for most occurrences.
 */
function merge(candidates: Located[]): Located[] {
  const list = [...candidates].sort((a, b) => separatorFree(b.key).length - separatorFree(a.key).length);
  const dropped = new Set<Located>();
  for (let i = 0; i < list.length; i++) {
    const longer = list[i]!;
    if (dropped.has(longer)) continue;
    const longKey = separatorFree(longer.key);
    for (let j = i + 1; j < list.length; j++) {
      const shorter = list[j]!;
      if (dropped.has(shorter) || !longKey.includes(separatorFree(shorter.key))) continue;
      // A weak list that holds a formulation as one of its items (中心城区、县城乡镇、乡村振兴) is not that formulation
      // extended: the formulation stays, the list goes.
      if (longer.kind === 'parallel' && longer.score < MIN_SCORE && isItemOf(shorter.key, longer.key)) {
        dropped.add(longer);
        break;
      }
      if (longer.count >= 0.6 * shorter.count) {
        dropped.add(shorter);
        longer.score = Math.max(longer.score, shorter.score) + 0.5;
        // The gloss travels only when the shorter formulation is most of the longer one.
        if (separatorFree(shorter.key).length >= 0.6 * longKey.length) {
          if (!longer.gloss && shorter.gloss) longer.gloss = shorter.gloss;
          if (shorter.lexicon) longer.lexicon = true;
        }
      } else if ((longer.kind === 'repeated' || longer.kind === 'parallel') && longer.count < 2) {
        dropped.add(longer);
        shorter.score = Math.max(shorter.score, longer.score);
        break;
      }
    }
  }
  const kept = list.filter((candidate) => !dropped.has(candidate));
  // A repeated stretch that mostly overlaps a stronger find (坚持人民至上 beside 人民至上、生命至上) is its echo.
  const strong = kept.filter((candidate) => candidate.kind !== 'repeated');
  return kept.filter(
    (candidate) =>
      candidate.kind !== 'repeated' ||
      !strong.some((other) => {
        const overlap = commonSubstringLength(separatorFree(candidate.key), separatorFree(other.key));
        return overlap >= 4 && overlap >= 0.5 * candidate.key.length;
      }),
  );
}

function isItemOf(key: string, chain: string): boolean {
  return chain.split(/[、，,]/).includes(separatorFree(key));
}

function commonSubstringLength(a: string, b: string): number {
  let best = 0;
  for (let i = 0; i < a.length; i++) {
    for (let j = 0; j < b.length; j++) {
      let k = 0;
      while (i + k < a.length && j + k < b.length && a[i + k] === b[j + k]) k++;
      if (k > best) best = k;
    }
  }
  return best;
}

/** Candidates of one kind worth locating; on an ordinary page there are far fewer. */
const MAX_PER_KIND = 80;

export function strongest(candidates: Candidate[]): Candidate[] {
  const byKey = new Map<string, Candidate>();
  for (const candidate of candidates) {
    const seen = byKey.get(candidate.key);
    if (!seen || candidate.score > seen.score) byKey.set(candidate.key, candidate);
  }
  return [...byKey.values()].sort((a, b) => b.score - a.score).slice(0, MAX_PER_KIND);
}

/** The finds worth showing, heaviest first: each counted and located on the page, strengthened by repetition, merged. */
export function rank(
  candidates: Candidate[],
  sources: Source[],
  joined: Joined,
  mayShow: (candidate: Candidate) => boolean = () => true,
): Located[] {
  // A find that would never be shown must not absorb a formulation inside it (推动高质量发展取得新成效 ⊃ 高质量发展).
  const located = sameText(candidates)
    .filter(mayShow)
    .map((candidate) => locate(candidate, sources, joined))
    .filter((c) => c.count > 0 && c.first);
  for (const candidate of located) {
    // Repetition strengthens every kind, with diminishing returns.
    candidate.score += Math.log2(candidate.count);
  }
  return merge(located)
    .filter((candidate) => candidate.lexicon || candidate.gloss || candidate.score >= MIN_SCORE)
    .map((candidate) => ({ candidate, weight: weight(candidate) }))
    .sort(
      (a, b) =>
        b.weight - a.weight ||
        a.candidate.first!.source - b.candidate.first!.source ||
        a.candidate.first!.offset - b.candidate.first!.offset,
    )
    .map(({ candidate }) => candidate);
}
