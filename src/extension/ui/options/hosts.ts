/** Host names as the options take them. */
import type { Translate } from '../i18n';

/** A host name as typed, or a URL pasted in its place, reduced to the lower-case host; null when not one. */
function normaliseHost(input: string): string | null {
  const trimmed = input.trim().toLowerCase();
  if (!trimmed) return null;
  let host = trimmed;
  if (/^[a-z][a-z0-9+.-]*:\/\//.test(trimmed)) {
    try {
      host = new URL(trimmed).hostname;
    } catch {
      return null;
    }
  }
  return /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$/.test(host)
    ? host
    : null;
}

/**
 * The site typed in a form's `host` field, once the reader has granted access to it; null (and `say` told why) when
 * it is not a host name or access was refused.
 */
export async function grantedSite(
  form: HTMLFormElement,
  requestSiteAccess: (host: string) => Promise<boolean>,
  t: Translate,
  say: (status: string) => void,
): Promise<string | null> {
  const typed = String(new FormData(form).get('host') ?? '');
  const site = normaliseHost(typed);
  if (!site) {
    say(t('optionsBadHost', [typed.trim()]));
    return null;
  }
  try {
    if (await requestSiteAccess(site)) return site;
    say(t('siteAccessDenied'));
  } catch (error) {
    say(t('siteAccessFailed', [String((error as Error)?.message ?? error)]));
  }
  return null;
}
