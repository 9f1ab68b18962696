/**
 * The reader view's own words, in the reader's interface language and, for a Chinese interface, in the script of the
 * article shown: a traditional article gets 來源 and 編輯, a simplified one 来源 and 编辑. Every locale has each message
 * twice, the plain key for simplified articles and `…Hant` for traditional ones (an English interface says the same
 * in both).
 */
import type { Script } from '../../core/article';
import type { Translate } from '../ui/i18n';

export interface ReaderLabels {
  date: string;
  source: string;
  editor: string;
  author: string;
  reviewer: string;
  /** Between a label and its value: `：`, `: `. */
  colon: string;
  close: string;
  smaller: string;
  larger: string;
  /** The notice above an article whose garbled text was repaired (`repaired` of `found` runs). */
  repairNotice(found: number, repaired: number): string;
  /** What a repaired stretch says when pointed at. */
  repairedMark: string;
}

export function readerLabels(t: Translate, script: Script): ReaderLabels {
  const say = (key: string, substitutions?: (string | number)[]) =>
    t(script === 'hant' ? `${key}Hant` : key, substitutions);
  return {
    date: say('readerDate'),
    source: say('readerSource'),
    editor: say('readerEditor'),
    author: say('readerAuthor'),
    reviewer: say('readerReviewer'),
    colon: say('readerColon'),
    close: say('readerClose'),
    smaller: say('readerSmaller'),
    larger: say('readerLarger'),
    repairNotice: (found, repaired) =>
      repaired === 0
        ? say('readerGarbled', [found])
        : repaired === found
          ? say('readerRepaired', [repaired])
          : say('readerRepairedPartly', [found, repaired]),
    repairedMark: say('readerRepairedMark'),
  };
}
