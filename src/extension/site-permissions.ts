/** Access to one site at a time: asked for by "always clean / convert this site", held as a match pattern. */
import { browser } from 'wxt/browser';

/** Match pattern for one hostname, as optional host permissions and registrations take it. */
export function originPattern(host: string): string {
  return `*://${host}/*`;
}

/** Ask for access to one site, so its rule can run on every visit; true when granted. */
export function requestSiteAccess(host: string): Promise<boolean> {
  return browser.permissions.request({ origins: [originPattern(host)] });
}
