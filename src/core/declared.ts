/**
 * The script variables per-site rules read (src/core/rules/sites/), and the sites they read them on: the DOM adapter
 * looks into a page's inline scripts only there, and only for these names.
 */
export const DECLARED_VARIABLES = ['nickname', 'ct', 'publish_time', 'msg_title', 'msg_link'] as const;
export type DeclaredVariable = (typeof DECLARED_VARIABLES)[number];

/** WeChat official-account articles. */
export const DECLARING_HOSTS: ReadonlySet<string> = new Set(['mp.weixin.qq.com']);
/** What an address naming one of those hosts holds, written out or percent-encoded. */
const MAY_NAME_HOST = /weixin|%/i;

/** Whether a page at this address keeps values a rule reads in its scripts. */
export function declaresInScripts(url: string | undefined): boolean {
  // Parsing an address costs more than the whole check on most pages: one that cannot name the host is not parsed.
  if (!url || !MAY_NAME_HOST.test(url)) return false;
  try {
    return DECLARING_HOSTS.has(new URL(url, 'http://localhost/').hostname);
  } catch {
    return false;
  }
}
