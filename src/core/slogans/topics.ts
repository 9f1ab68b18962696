/**
 * What a page is about, as far as a lexicon gloss needs to know: a gloss that speaks of one field (联防联控 as epidemic
 * control) is shown only on a page of that field (a page on river pollution uses the same words for something else).
 */
import type { Source } from './sources';

export type Topic = 'epidemic' | 'industry';

/** Words a page on the topic cannot avoid, in simplified script. */
const CUES: Record<Topic, RegExp> = {
  epidemic: /疫情|新冠|肺炎|病毒|防疫|抗疫|核酸|确诊|病例|隔离|疫苗|传染|感染者|封控|密接/g,
  industry: /新能源|电动汽车|汽车|锂电池|锂离子|光伏|太阳能电池|出口|外贸|制造业|产能|产业链/g,
};

/** A page is about a topic when its title names it, or its text names it at least this often. */
const MIN_CUES = 3;

export function pageTopics(sources: readonly Source[]): Set<Topic> {
  const topics = new Set<Topic>();
  for (const [topic, cue] of Object.entries(CUES) as [Topic, RegExp][]) {
    let count = 0;
    for (const source of sources) {
      const found = source.simplified.match(cue)?.length ?? 0;
      if (found > 0 && source.paragraph === -1) count = MIN_CUES;
      count += found;
      if (count >= MIN_CUES) break;
    }
    if (count >= MIN_CUES) topics.add(topic);
  }
  return topics;
}
