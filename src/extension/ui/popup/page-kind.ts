/**
 * Which tabs the extension can work on. Browsers keep extensions off their own pages, the extension stores
 * and (without the reader's consent) local files; a PDF is shown by a viewer, not as a web page.
 */
export type Untouchable = 'no-tab' | 'browser' | 'store' | 'pdf' | 'file';

/** URL schemes that belong to the browser itself. */
const BROWSER_SCHEMES = new Set([
  'about:',
  'chrome:',
  'chrome-extension:',
  'chrome-search:',
  'chrome-untrusted:',
  'devtools:',
  'edge:',
  'brave:',
  'opera:',
  'vivaldi:',
  'moz-extension:',
  'resource:',
  'view-source:',
  'data:',
  'javascript:',
  'blob:',
]);

/** Extension stores, where browsers refuse to run extension scripts. */
const STORE_PAGES: { host: string; path?: string }[] = [
  { host: 'chromewebstore.google.com' },
  { host: 'chrome.google.com', path: '/webstore' },
  { host: 'addons.mozilla.org' },
  { host: 'microsoftedge.microsoft.com', path: '/addons' },
];

/**
 * Why the extension cannot touch this URL, or null when it can try (the content script may still not answer).
 * `fileAccess`: whether the reader allowed the extension on file URLs.
 */
export function untouchableReason(url: string | undefined, fileAccess: boolean): Untouchable | null {
  if (!url) return 'no-tab';
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'browser';
  }
  if (BROWSER_SCHEMES.has(parsed.protocol)) return 'browser';
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:' && parsed.protocol !== 'file:') return 'browser';
  const host = parsed.hostname.toLowerCase();
  if (STORE_PAGES.some((store) => store.host === host && (!store.path || parsed.pathname.startsWith(store.path)))) {
    return 'store';
  }
  if (/\.pdf$/i.test(parsed.pathname)) return 'pdf';
  if (parsed.protocol === 'file:' && !fileAccess) return 'file';
  return null;
}

/** The host a per-site rule is stored under, or null for pages without one (file:). */
export function siteHost(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.hostname.toLowerCase() : null;
  } catch {
    return null;
  }
}
