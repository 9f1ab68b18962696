/** What the library page needs from the browser: the extension wires it to IndexedDB and `browser.*`, tests to fakes. */
import type { LibraryDb } from '../../library/store';
import type { Translate } from '../i18n';

export interface LibraryHost {
  t: Translate;
  /** The interface language (`en`, `zh-CN`, `zh-TW`…), for dates and numbers. */
  language: string;
  db: LibraryDb;
  /** How much the extension's storage holds and may hold, in bytes; null when the browser does not say. */
  estimate(): Promise<{ usage: number; quota: number } | null>;
  /** The reader view's font size from the settings. */
  readerFontSize(): Promise<number>;
  /** Hand a file to the browser's downloads. */
  download(name: string, data: Blob): void;
}
