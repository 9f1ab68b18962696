/** Whether a page speaks the party/state register that structural finds are reported on. */
import type { Source } from './sources';

/**
 * Markers of party/state register, commentary on foreign affairs and trade included. Structural finds (quoted,
 * parallel, repeated, numbered) are only reported on pages that speak this register; a blog or a market report gets
 * lexicon matches only.
 */
const REGISTER_MARKERS =
  /党中央|总书记|习近平|党委|党组织|党员干部|中共|政治局|国务院|省委|市委|县委|区委|决策部署|贯彻落实|坚决|防控|新时代|外交部|霸权|冷战思维|单边主义|保护主义|多边主义|合作共赢|互利共赢|高质量发展|新质生产力|高水平对外开放|中国式现代化/g;
/** At least this many markers, and this many per thousand characters: a long essay that names the Party once is not it. */
const REGISTER_MIN_MARKERS = 3;
const REGISTER_MIN_DENSITY = 1.5 / 1000;

export function speaksPartyRegister(sources: Source[]): boolean {
  let markers = 0;
  let length = 0;
  for (const source of sources) {
    markers += source.simplified.match(REGISTER_MARKERS)?.length ?? 0;
    length += source.simplified.length;
  }
  return markers >= REGISTER_MIN_MARKERS && markers >= length * REGISTER_MIN_DENSITY;
}
