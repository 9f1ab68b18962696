import { useEffect, useRef, useState } from 'preact/hooks';
import type { ScriptTarget } from '../../../convert/targets';
import { citationStyles, isCitationStyle, type CitationStyle } from '../../../core/cite/styles';
import {
  DEFAULT_SETTINGS,
  loadSettings,
  updateSettings,
  withSiteRule,
  type Settings,
  type SiteRule,
  type SettingsStorage,
} from '../../settings';
import { I18n, useT, type Translate } from '../i18n';
import { ConversionOptions } from './ConversionOptions';
import { AddSiteForm } from './AddSiteForm';
import { LibraryOptions, type LibraryOptionsHost } from './LibraryOptions';

export interface OptionsHost extends LibraryOptionsHost {
  t: Translate;
  storage: SettingsStorage;
  requestSiteAccess(host: string): Promise<boolean>;
  clearSloganHistory(): Promise<void>;
}

/** The locale message naming each citation style. */
const STYLE_LABELS: Record<CitationStyle, string> = {
  gbt7714: 'styleGbt7714',
  apa: 'styleApa',
  mla: 'styleMla',
  chicago: 'styleChicago',
  'csl-json': 'styleCslJson',
  bibtex: 'styleBibtex',
  ris: 'styleRis',
};

const TARGETS: { value: ScriptTarget; label: string }[] = [
  { value: 'hans', label: 'targetHans' },
  { value: 'hant', label: 'targetHant' },
  { value: 'tw', label: 'targetTw' },
  { value: 'twp', label: 'targetTwp' },
  { value: 'hk', label: 'targetHk' },
];

export function Options({ host }: { host: OptionsHost }) {
  return (
    <I18n.Provider value={host.t}>
      <OptionsForm host={host} />
    </I18n.Provider>
  );
}

function OptionsForm({ host }: { host: OptionsHost }) {
  const t = useT();
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [status, setStatus] = useState('');

  useEffect(() => void loadSettings(host.storage).then(setSettings), []);

  // Changes are saved one after another: two in flight at once would each write over the other.
  const saving = useRef(Promise.resolve());
  const save = (change: (current: Settings) => Settings) => {
    const next = saving.current.then(async () => {
      setSettings(await updateSettings(host.storage, change));
      setStatus(t('optionsSaved'));
    });
    saving.current = next.catch(() => undefined);
    return next;
  };
  const setRule = (site: string, rule: SiteRule) => save((current) => withSiteRule(current, site, rule));

  const sites = Object.keys(settings.sites).sort();
  return (
    <main class="options">
      <h1>{t('optionsTitle')}</h1>
      <section>
        <label class="row">
          <span>{t('optionsCitationStyle')}</span>
          <select
            data-setting="citationStyle"
            value={settings.citationStyle}
            onChange={(e) => {
              const citationStyle = e.currentTarget.value;
              if (isCitationStyle(citationStyle)) void save((s) => ({ ...s, citationStyle }));
            }}
          >
            {citationStyles.map((style) => (
              <option key={style} value={style}>
                {t(STYLE_LABELS[style])}
              </option>
            ))}
          </select>
        </label>
        <label class="row">
          <span>{t('optionsDefaultTarget')}</span>
          <select
            data-setting="defaultTarget"
            value={settings.defaultTarget}
            onChange={(e) => {
              const defaultTarget = e.currentTarget.value as ScriptTarget;
              void save((s) => ({ ...s, defaultTarget }));
            }}
          >
            {TARGETS.map((target) => (
              <option key={target.value} value={target.value}>
                {t(target.label)}
              </option>
            ))}
          </select>
        </label>
      </section>

      <section aria-labelledby="sites-heading">
        <h2 id="sites-heading">{t('optionsSites')}</h2>
        {sites.length === 0 ? (
          <p class="muted">{t('optionsSitesEmpty')}</p>
        ) : (
          <table class="sites">
            <thead>
              <tr>
                <th scope="col">{t('optionsSiteHost')}</th>
                <th scope="col">{t('optionsSiteClean')}</th>
                <th scope="col">{t('optionsSiteConvert')}</th>
                <th scope="col">
                  <span class="visually-hidden">{t('optionsDeleteShort')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {sites.map((site) => {
                const rule = settings.sites[site]!;
                return (
                  <tr key={site} data-site={site}>
                    <th scope="row">{site}</th>
                    <td>
                      <select
                        aria-label={`${t('optionsSiteClean')}: ${site}`}
                        value={rule.clean ?? ''}
                        onChange={(e) =>
                          void setRule(site, {
                            ...rule,
                            clean: (e.currentTarget.value || undefined) as SiteRule['clean'],
                          })
                        }
                      >
                        <option value="">{t('cleanNone')}</option>
                        <option value="reader">{t('cleanReader')}</option>
                        <option value="inplace">{t('cleanInplace')}</option>
                      </select>
                    </td>
                    <td>
                      <select
                        aria-label={`${t('optionsSiteConvert')}: ${site}`}
                        value={rule.convert ?? ''}
                        onChange={(e) =>
                          void setRule(site, {
                            ...rule,
                            convert: (e.currentTarget.value || undefined) as ScriptTarget | undefined,
                          })
                        }
                      >
                        <option value="">{t('convertNone')}</option>
                        {TARGETS.map((target) => (
                          <option key={target.value} value={target.value}>
                            {t(target.label)}
                          </option>
                        ))}
                      </select>
                    </td>
                    <td>
                      <button
                        type="button"
                        data-delete={site}
                        aria-label={t('optionsDelete', [site])}
                        onClick={() => void setRule(site, {})}
                      >
                        {t('optionsDeleteShort')}
                      </button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
        <AddSiteForm
          label={t('optionsAddHostLabel')}
          marker="data-new-site"
          requestSiteAccess={(site) => host.requestSiteAccess(site)}
          setStatus={setStatus}
          onSite={(site) =>
            save((current) => withSiteRule(current, site, { clean: 'inplace', ...current.sites[site] }))
          }
        />
      </section>

      <ConversionOptions
        conversion={settings.conversion}
        save={(change) => save((current) => ({ ...current, conversion: change(current.conversion) }))}
        setStatus={setStatus}
      />

      <LibraryOptions host={host} settings={settings} setRule={setRule} setStatus={setStatus} />

      <section aria-labelledby="history-heading">
        <h2 id="history-heading">{t('optionsHistory')}</h2>
        <p class="muted">{t('optionsHistoryNote')}</p>
        <button
          type="button"
          data-action="clear-history"
          onClick={() =>
            void host.clearSloganHistory().then(
              () => setStatus(t('optionsHistoryCleared')),
              (error) => setStatus(String(error)),
            )
          }
        >
          {t('optionsClearHistory')}
        </button>
      </section>
      <p class="status" role="status" aria-live="polite">
        {status}
      </p>
    </main>
  );
}
