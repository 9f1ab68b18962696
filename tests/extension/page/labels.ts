/** The reader view's words as the extension gives them: from the locale files, for a simplified article. */
import { readerLabels } from '../../../src/extension/page/reader-labels';
import { translator } from '../ui/locale';

export const translate = translator('zh_CN');
export const zhLabels = readerLabels(translate, 'hans');
export const labels = () => zhLabels;
