/** What the popup shows for a tab: an article and the page's state, or why there is none. */
import type { Article } from '../../../core/article';
import type { PageReply, PageState } from '../../protocol';
import type { PopupHost, PopupTab } from './host';
import { type Untouchable, untouchableReason } from './page-kind';

export type PopupModel =
  | { kind: 'untouchable'; reason: Untouchable | 'no-script' | 'no-access' }
  | { kind: 'no-article'; tab: PopupTab; error: string }
  | { kind: 'article'; tab: PopupTab & { url: string }; article: Article; state: PageState };

/**
 * One request: the content script answers with the article as the page shows it and the page's state; the slogans
 * are asked for once the fields show. The tab's URL is hidden from the extension unless it may access the page
 * (activeTab when the popup is opened from the toolbar); without it the content script is asked anyway, and the
 * article says where it is.
 */
export async function loadPopupModel(host: PopupHost): Promise<PopupModel> {
  const tab = await host.tab();
  if (!tab) return { kind: 'untouchable', reason: 'no-tab' };
  if (tab.url) {
    // Whether local files are allowed matters only for a local file.
    const reason = untouchableReason(tab.url, tab.url.startsWith('file:') && (await host.fileAccess()));
    if (reason) return { kind: 'untouchable', reason };
  }
  let reply: PageReply<'qingdu:read'>;
  try {
    reply = await host.send(tab.id, { type: 'qingdu:read' });
  } catch {
    return { kind: 'untouchable', reason: tab.url ? 'no-script' : 'no-access' };
  }
  if (!reply.ok) return { kind: 'no-article', tab, error: reply.error };
  const url = tab.url ?? reply.article.url ?? '';
  return { kind: 'article', tab: { ...tab, url }, article: reply.article, state: reply.state };
}
