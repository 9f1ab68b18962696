/**
 * The site's own name: what the page declares (og:site_name, SiteName), else what its footer says —
 * `XXX 版权所有`, `版权所有：XXX`, `主办单位：XXX办公厅`.
 */
import type { Decisions, Rule, RuleInput } from '../../article';

/** `共产党员网 版权所有` — the owner before the words. */
const OWNER_BEFORE = /(?:^|[\s|｜])(?:Copyright\s*)?(?:©\s*)?(?:\d{4}(?:\s*-\s*\d{4})?\s*)?([^\s|｜©]{2,30}?)\s*(?:版权所有|版權所有)/iu;
/** `版权所有：四川省人民政府` — the owner after them. */
const OWNER_AFTER = /(?:版权所有|版權所有)\s*[:：©]?\s*(?:\d{4}\s*)?([^\s|｜,，。©]{2,30})/u;
/** `主办单位：四川省人民政府办公厅` — the sponsor; its general office runs the site of the government itself. */
const SPONSOR = /(?:主办单位|主辦單位|主办|主辦)\s*[:：]\s*([^\s|｜,，。]{2,30})/u;
const GENERAL_OFFICE = /(?:办公厅|辦公廳|办公室|辦公室)$/u;
/** Declared names, most specific first. */
const SITE_META = ['og:site_name', 'sitename', 'site_name', 'site', 'application-name'];

export function siteFromFooter(text: string): string | null {
  const owner = OWNER_BEFORE.exec(text) ?? OWNER_AFTER.exec(text);
  if (owner) return owner[1]!.replace(/^[\p{P}]+|[\p{P}]+$/gu, '');
  const sponsor = SPONSOR.exec(text);
  if (sponsor) return sponsor[1]!.replace(GENERAL_OFFICE, '');
  return null;
}

export const siteRule: Rule = {
  name: 'site',
  why: 'a citation names the website; pages declare it in meta tags or in their footer',
  motivatedBy: 'seeds 000 (主办单位 footer) and 001 (版权所有 footer)',
  apply({ page, texts, fields }: RuleInput): Decisions {
    if (fields.site !== null) return {};
    for (const key of SITE_META) {
      const declared = page.meta.meta[key]?.trim();
      if (declared) return { fields: { site: declared } };
    }
    const owners = texts.map(siteFromFooter).filter((s): s is string => s !== null);
    const copyright = texts.find((t) => /版权所有|版權所有/u.test(t));
    const preferred = copyright ? siteFromFooter(copyright) : null;
    const site = preferred ?? owners[0];
    return site ? { fields: { site } } : {};
  },
};
