/**
 * WeChat official-account articles (mp.weixin.qq.com), the way county and city media publish: the page's script
 * carries the account's name and the publish time (`var nickname = "…"`, `var ct = "1514986500"`), which the page shows
 * only as text its script fills in. The DOM adapter reads these values on WeChat's own pages only
 * (src/core/declared.ts).
 */
import type { Decisions, FieldClaim, Rule, RuleInput } from '../../article';
import { parseDateValue } from '../../text/dates';

export const wechatArticle: Rule = {
  name: 'wechat-article',
  why: 'a WeChat account article names its account and publish time in its script, not in labelled lines',
  motivatedBy: 'corpus-modern WeChat article (account name and publish time set by the page script)',
  apply({ page, fields }: RuleInput): Decisions {
    const declared = page.meta.declared;
    if (!declared) return {};
    const claims: FieldClaim[] = [];
    const claim = (field: FieldClaim['field'], value: string | null | undefined, how: string) => {
      if (value && fields[field] === null) claims.push({ field, value, evidence: { from: 'declared', how } });
    };
    claim('source', declared.nickname, 'WeChat account');
    claim('title', declared.msg_title, 'WeChat title');
    const time = parseDateValue(declared.ct ?? '') ?? parseDateValue(declared.publish_time ?? '');
    if (time && (fields.date === null || (!fields.date.includes('T') && time.startsWith(fields.date)))) {
      claims.push({ field: 'date', value: time, evidence: { from: 'declared', how: 'WeChat publish time' } });
    }
    return { claims };
  },
};
