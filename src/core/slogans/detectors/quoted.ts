/** Quoted set phrases (“外防输入、内防反弹”), and quoted numbered formulations (“四个意识”). */
import type { SloganKind } from '../../article';
import { acceptable, type Candidate, flexiblePattern, separatorFree } from '../candidate';
import type { Source } from '../sources';
import { HEAD_NUMERAL, NUMERAL, NUMERAL_IDIOMS, PLACE_TALLY, SPEECH_PARTICLE } from '../words';

/** Heads that turn a quoted phrase into a named formulation: “…”总方针, “…”的要求. */
const FORMULATION_HEAD =
  /^的?(?:总方针|总策略|总要求|方针|策略|重要要求|要求|原则|精神|理念|战略|思想|政策|责任|意识|作风|目标|机制|格局|布局|行动|工程|举措|工作)/;

const QUOTED = /“([^“”\n]{2,30})”|「([^「」\n]{2,30})」|『([^『』\n]{2,30})』|‘([^‘’\n]{2,30})’|"([^"\n]{2,30})"/g;
const ADJACENT_QUOTES = /^(?:“[^“”]{1,30}”|「[^「」]{1,30}」|『[^『』]{1,30}』|"[^"]{1,30}")+/;
/** One numeral (or 十 plus one), an optional measure word, then the head: 六稳, 四个意识, 十个指头弹钢琴. */
const NUMBERED_START = new RegExp(
  `^(?:[${HEAD_NUMERAL}]|十[一二三四五六七八九])[个项条大种位方]?[^${NUMERAL}\\P{Script=Han}]`,
  'u',
);
const NUMBER_PAIR = new RegExp(`^[${NUMERAL}][^${NUMERAL}]{1,2}[${NUMERAL}][^${NUMERAL}]{1,2}$`);

/** Items of about one length (the longest at most half again the shortest), none holding 的 or a speech particle. */
function inRhythm(items: string[]): boolean {
  const lengths = items.map((item) => item.length);
  if (Math.max(...lengths) > 1.5 * Math.min(...lengths)) return false;
  return items.every((item) => !item.includes('的') && !SPEECH_PARTICLE.test(item));
}

export function quotedCandidates(sources: Source[]): Candidate[] {
  const found: Candidate[] = [];
  for (const source of sources) {
    for (const match of source.simplified.matchAll(QUOTED)) {
      const inner = (match[1] ?? match[2] ?? match[3] ?? match[4] ?? match[5])!.trim();
      // A quoted sentence of speech is not a formulation: it ends a sentence or runs long.
      if (/[。！？!?：:；;…]/.test(inner) || /[，,、]$/.test(inner)) continue;
      const plainLength = separatorFree(inner).length;
      if (plainLength < 2 || plainLength > 20 || !acceptable(inner)) continue;
      const items = inner.split(/[、，,]/).filter(Boolean);
      // The head may follow a run of quoted items: “六稳”“六保”工作.
      const after = source.simplified
        .slice((match.index ?? 0) + match[0].length, (match.index ?? 0) + match[0].length + 40)
        .replace(ADJACENT_QUOTES, '');
      let kind: SloganKind = 'quoted';
      let score: number;
      // A quoted idiom (“三足鼎立”) or tally of places (“三省一市”) is no formulation; the lexicon names those that are.
      if (NUMERAL_IDIOMS.has(inner) || PLACE_TALLY.test(inner)) continue;
      if (NUMBERED_START.test(inner) || NUMBER_PAIR.test(inner)) {
        kind = 'numbered';
        score = 8;
      } else if (items.length >= 2 && items.every((item) => item.length >= 2)) {
        // A set phrase keeps its items in rhythm and free of particles; a quoted sentence does not.
        if (!inRhythm(items)) continue;
        score = 7 + Math.min(items.length, 4) * 0.5;
      } else if (plainLength <= 2) {
        continue;
      } else {
        // A short quoted word (“隔离墙”) is often a metaphor the writer marks, weaker than a set phrase.
        score = plainLength === 3 ? 3 : 4;
      }
      if (FORMULATION_HEAD.test(after)) score += 3;
      found.push({ key: inner, kind, score, pattern: flexiblePattern([inner]) });
    }
  }
  return found;
}
