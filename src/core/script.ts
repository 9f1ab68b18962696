/** Which script a text is written in, from the characters only one script uses. */
import type { Script } from './article';

// Frequent characters written differently in the two scripts (ambiguous ones such as 干, 划, 群, 里 left out).
const SIMPLIFIED_ONLY =
  '这们国说时过为发来会对经还没样问进现实从长开关机学见东车头门书业区与处应该动话认让给体义员请设觉产电总亲当两难报导华统务边题标层历战权线领运间听陆写传达选热质将专队济组织资党议记负责编辑习农计网络视频闻广图际县乡镇级众环节约创态坚决贯彻';
const TRADITIONAL_ONLY =
  '這們國說時過爲為發來會對經還沒樣問進現實從長開關機學見東車頭門書業區與處應該動話認讓給體義員請設覺產電總親當兩難報導華統務邊題標層歷戰權線領運間聽陸寫傳達選熱質將專隊濟組織資黨議記負責編輯習農計劃網絡視頻聞廣圖際縣鄉鎮級衆眾環節約創態堅決貫徹';

/** Every marker character is a BMP CJK ideograph; a table over that block answers per UTF-16 unit. */
const IDEOGRAPHS_START = 0x4e00;
const IDEOGRAPHS_END = 0xa000;
const SIMPLIFIED = 1;
const TRADITIONAL = 2;
const MARKERS = new Uint8Array(IDEOGRAPHS_END - IDEOGRAPHS_START);
for (const [chars, mark] of [
  [SIMPLIFIED_ONLY, SIMPLIFIED],
  [TRADITIONAL_ONLY, TRADITIONAL],
] as const) {
  for (let i = 0; i < chars.length; i++) MARKERS[chars.charCodeAt(i) - IDEOGRAPHS_START] = mark;
}

/** Which script a text (or several) is mostly written in: counts characters only one script uses; simplified when undecided. */
export function detectScript(text: string | readonly string[]): Script {
  let balance = 0;
  for (const part of typeof text === 'string' ? [text] : text) {
    for (let i = 0; i < part.length; i++) {
      const code = part.charCodeAt(i);
      if (code < IDEOGRAPHS_START || code >= IDEOGRAPHS_END) continue;
      const mark = MARKERS[code - IDEOGRAPHS_START];
      if (mark === SIMPLIFIED) balance--;
      else if (mark === TRADITIONAL) balance++;
    }
  }
  return balance > 0 ? 'hant' : 'hans';
}
