/**
 * The site's own name: what the page declares (og:site_name, SiteName), else what its footer says —
 * `XXX 版权所有`, `版权所有：XXX`, `主办单位：XXX办公厅`.
 */
import type { Decisions, FieldClaim, Rule, RuleInput } from '../../article';
import { neutral } from '../../text/neutral';

/** The words that name the copyright holder; the holder's name stands just before or just after them. */
const COPYRIGHT = /版权所有(?!者)/u;
/** A holder's name is not preceded by a sentence. */
const SENTENCE_PUNCTUATION = /[,。;!?]/u;
/** `版权所有：四川省人民政府` — the owner after them. */
const OWNER_AFTER = /版权所有(?!者)\s*[:©]?\s*(?:\d{4}\s*)?([^\s|,。©]{2,30})/du;
/** Lead-ins before the holder's name: `所有内容为中国西藏新闻网版权所有`. */
const OWNER_LEAD_IN = /^(?:.*?(?:内容(?:为|均为)|本站|本网))/u;
const HAN = /\p{Script=Han}/u;
/** What follows `版权所有` when no name does: `不得转载`, `未经许可…`, `保留所有权利`. */
const NOT_A_HOLDER = /^(?:不得|未经|保留|禁止|翻印|转载)/u;
const DOMAIN = /^[\w-]+(?:\.[\w-]+)+$/;
/** Footers are short; a sentence that mentions copyright is article text. */
const FOOTER_MAX = 120;
/** `主办单位：四川省人民政府办公厅` — the sponsor; its general office runs the site of the government itself. */
const SPONSOR = /(?:主办单位|主办)\s*:\s*([^\s|,。]{2,30})/du;
const GENERAL_OFFICE = /(?:办公厅|办公室)$/u;
/** Declared names, most specific first. */
const SITE_META = ['og:site_name', 'sitename', 'site_name', 'site', 'application-name'];

/** The holder named just before `版权所有`: the nearest Chinese name, else the nearest domain name. */
function ownerBefore(text: string): string | null {
  const at = COPYRIGHT.exec(text);
  if (!at || SENTENCE_PUNCTUATION.test(text.slice(0, at.index))) return null;
  const tokens = text
    .slice(0, at.index)
    .split(/[\s|©]+/u)
    .map((t) => t.replace(OWNER_LEAD_IN, ''))
    .filter(Boolean)
    .reverse();
  const han = tokens.find((t) => HAN.test(t));
  if (han) return han.replace(/^[^\p{Script=Han}]+/u, '').replace(/[\p{P}]+$/u, '');
  return tokens.find((t) => DOMAIN.test(t)) ?? null;
}

function copyrightHolder(text: string): string | null {
  if (text.length > FOOTER_MAX || !text.includes('版权所有')) return null;
  const before = ownerBefore(text);
  if (before) return before;
  const after = OWNER_AFTER.exec(text);
  return after && HAN.test(after[1]!) && !NOT_A_HOLDER.test(after[1]!)
    ? after[1]!.replace(/^[\p{P}]+|[\p{P}]+$/gu, '')
    : null;
}

function sponsorOf(text: string): string | null {
  const sponsor = text.length > FOOTER_MAX || !text.includes('主办') ? null : SPONSOR.exec(text);
  return sponsor ? sponsor[1]!.replace(GENERAL_OFFICE, '') : null;
}

/** `found`, read from the neutral view of a line, as the line writes it. */
function asWritten(text: string, view: string, found: string): string {
  const at = view.indexOf(found);
  return at < 0 ? found : text.slice(at, at + found.length);
}

/** The site named by a footer line (`view` its neutral view): its copyright holder, else its sponsor. */
export function siteFromFooter(text: string, view: string = neutral(text)): string | null {
  const found = copyrightHolder(view) ?? sponsorOf(view);
  return found && asWritten(text, view, found);
}

export const siteRule: Rule = {
  name: 'site',
  why: 'a citation names the website; pages declare it in meta tags or in their footer',
  motivatedBy: 'seeds 000 (主办单位 footer) and 001 (版权所有 footer)',
  apply({ page, texts, views, fields }: RuleInput): Decisions {
    if (fields.site !== null) return {};
    const claims: FieldClaim[] = [];
    for (const key of SITE_META) {
      const declared = page.meta.meta[key]?.trim();
      if (declared) claims.push({ field: 'site', value: declared, evidence: { from: 'declared', how: key } });
    }
    for (const [read, how] of [
      [copyrightHolder, '版权所有'],
      [sponsorOf, '主办单位'],
    ] as const) {
      const block = views.findIndex((view) => read(view) !== null);
      if (block >= 0) {
        const value = asWritten(texts[block]!, views[block]!, read(views[block]!)!);
        claims.push({ field: 'site', value, evidence: { from: 'text', block, how } });
      }
    }
    return claims.length ? { claims } : {};
  },
};
