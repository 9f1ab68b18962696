/**
 * Everything the popup needs from the browser, in one interface: the extension wires it to `browser.*`,
 * tests to fakes. Components never touch extension APIs directly.
 */
import type { Slogan } from '../../../core/article';
import type { LibrarySaveReply, PageProtocol, PageReply, PageRequest, PageState } from '../../protocol';
import type { SettingsStorage } from '../../settings';
import type { ClipboardPayload } from '../../copy-payload';
import type { Translate } from '../i18n';

export interface PopupTab {
  id: number;
  /** Hidden by the browser unless the extension may access the page. */
  url?: string;
}

export interface PopupHost {
  t: Translate;
  /** The tab the popup is about: `?tab=<id>` when given, else the active tab of the current window. */
  tab(): Promise<PopupTab | null>;
  /** Whether the reader allowed the extension on file: URLs. */
  fileAccess(): Promise<boolean>;
  /** Send a request to the tab's content script (injecting it first when needed); rejects when nothing answers. */
  send<K extends keyof PageProtocol & string>(tabId: number, request: PageRequest<K>): Promise<PageReply<K>>;
  /** Follow the tab's state as the page changes it (the reader closes the reader view…); returns how to stop. */
  watchState(tabId: number, onState: (state: PageState) => void): () => void;
  /** Keyboard shortcuts by command name (`reader-view`, `toggle-script`, `copy-citation`), empty when unset. */
  shortcuts(): Promise<Record<string, string>>;
  storage: SettingsStorage;
  /** Ask for access to a site so its rule can run on every visit; true when granted. */
  requestSiteAccess(host: string): Promise<boolean>;
  /** Record the page's slogans in the reader's history and return, per slogan text, the pages it was seen on. */
  sloganHistory(url: string, slogans: Slogan[]): Promise<Record<string, number>>;
  /** Put text on the clipboard, and its HTML flavour when there is one. */
  writeClipboard(payload: ClipboardPayload | { text: string }): Promise<void>;
  openOptions(): void;
  /** Save the tab's article to the library (through the background, which keeps it). */
  saveToLibrary(tabId: number): Promise<LibrarySaveReply>;
  openLibrary(): void;
  /** Now, for the citation's accessed date. */
  now(): Date;
}
