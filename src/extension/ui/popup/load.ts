/** What the popup shows for a tab: an article and the page's state, or why there is none. */
import type { ArticleWithSlogans } from '../../../core/article';
import type { PageState, PopupArticleReply } from '../../protocol';
import type { PopupHost, PopupTab } from './host';
import { untouchableReason, type Untouchable } from './page-kind';
import { inShownScript } from '../../shown-script';

export type PopupModel =
  | { kind: 'untouchable'; reason: Untouchable | 'no-script' | 'no-access' }
  | { kind: 'no-article'; tab: PopupTab; error: string }
  | { kind: 'article'; tab: PopupTab & { url: string }; article: ArticleWithSlogans; state: PageState };

function isArticleReply(value: unknown): value is PopupArticleReply {
  return typeof value === 'object' && value !== null && typeof (value as { ok?: unknown }).ok === 'boolean';
}

/**
 * The tab's URL is hidden from the extension unless it may access the page (activeTab when the popup is opened
 * from the toolbar). Without it the content script is asked anyway, and the article says where it is.
 */
export async function loadPopupModel(host: PopupHost): Promise<PopupModel> {
  const tab = await host.tab();
  if (!tab) return { kind: 'untouchable', reason: 'no-tab' };
  if (tab.url) {
    const reason = untouchableReason(tab.url, await host.fileAccess());
    if (reason) return { kind: 'untouchable', reason };
  }
  let reply: unknown;
  try {
    reply = await host.send(tab.id, { type: 'qingdu:article' });
  } catch {
    return { kind: 'untouchable', reason: tab.url ? 'no-script' : 'no-access' };
  }
  if (!isArticleReply(reply)) return { kind: 'untouchable', reason: tab.url ? 'no-script' : 'no-access' };
  if (!reply.ok) return { kind: 'no-article', tab, error: reply.error };
  const url = tab.url ?? reply.article.url ?? '';
  const article = await inShownScript(reply.article, reply.state.convert);
  return { kind: 'article', tab: { ...tab, url }, article, state: reply.state };
}
