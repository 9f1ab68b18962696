import type { Slogan } from '../../../core/article';
import { useT } from '../i18n';

/**
 * The key slogans with how often they occur; a click highlights one on the page. They arrive after the fields: until
 * then the section holds its place with a note, so nothing moves when they come.
 */
export function Slogans(props: {
  /** null while the page is still finding them. */
  slogans: Slogan[] | null;
  /** The article's title: a slogan it holds weighs more, and says so. */
  title: string | null;
  /** Pages each slogan was seen on (this one included), by slogan index; shown from two pages up. */
  seenOn: (number | undefined)[];
  onHighlight(text: string): void;
}) {
  const t = useT();
  const { slogans } = props;
  return (
    <section
      aria-labelledby="slogans-heading"
      class="slogans-section"
      data-slogans={slogans ? 'ready' : 'pending'}
      aria-busy={slogans ? undefined : 'true'}
    >
      <h2 id="slogans-heading">{t('slogansHeading')}</h2>
      {slogans == null ? (
        <p class="muted">{t('slogansLoading')}</p>
      ) : slogans.length === 0 ? (
        <p class="muted">{t('slogansNone')}</p>
      ) : (
        <ul class="slogans">
          {slogans.map((slogan, index) => {
            const seen = props.seenOn[index];
            const gloss = slogan.gloss?.[t('sloganGlossLanguage') === 'en' ? 'en' : 'zh'];
            const highlight = t('sloganHighlight', [slogan.text]);
            return (
              <li key={slogan.text} data-kind={slogan.kind}>
                <button
                  type="button"
                  class="slogan"
                  title={gloss ? `${gloss}\n${highlight}` : highlight}
                  onClick={() => props.onHighlight(slogan.text)}
                >
                  {slogan.text}
                </button>
                <span class="slogan-meta">
                  <span class="count">{t('sloganCount', [slogan.count])}</span>
                  {props.title?.includes(slogan.text) && <span class="in-title">{t('sloganInTitle')}</span>}
                  {seen != null && seen > 1 && <span class="seen">{t('sloganSeenOn', [seen])}</span>}
                </span>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
