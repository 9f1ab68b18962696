import type { Article } from '../../../core/article';
import { articleFields, garbledCounts } from './fields';
import { useT } from '../i18n';

/** Title, date, 来源, 责任编辑, 记者, 审核, site: what the page states, or "unknown" — never a guess. */
export function Fields({ article }: { article: Article }) {
  const t = useT();
  const garbled = garbledCounts(article);
  return (
    <section aria-labelledby="fields-heading">
      <h2 id="fields-heading" class="visually-hidden">
        {t('fieldsHeading')}
      </h2>
      <dl class="fields">
        {articleFields(article).map((row) => (
          <div class={`field field-${row.key}`} data-field={row.key} key={row.key}>
            <dt>{t(row.label)}</dt>
            {row.value != null ? (
              <dd>{row.value}</dd>
            ) : (
              <dd class="unknown" data-unknown="">
                {t('fieldUnknown')}
              </dd>
            )}
          </div>
        ))}
      </dl>
      {garbled && (
        <p class="warning" role="note" data-warning="garbled">
          {t('warningGarbled', [garbled.found, garbled.repaired])}
        </p>
      )}
    </section>
  );
}
