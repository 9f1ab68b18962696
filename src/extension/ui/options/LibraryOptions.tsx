/** The library's part of the options: the storage it takes, and the sites whose pages are saved automatically. */
import { useEffect, useState } from 'preact/hooks';
import type { LibraryUsage } from '../../library/usage';
import type { Settings, SiteRule } from '../../settings';
import { useT } from '../i18n';
import { AddSiteForm } from './AddSiteForm';

export interface LibraryOptionsHost {
  requestSiteAccess(host: string): Promise<boolean>;
  /** How many articles the library holds and the storage it takes; null when it cannot be read. */
  libraryUsage(): Promise<LibraryUsage | null>;
  openLibrary(): void;
}

const megabytes = (bytes: number) => (Math.round(bytes / 1e5) / 10).toString();

export function LibraryOptions(props: {
  host: LibraryOptionsHost;
  settings: Settings;
  setRule: (site: string, rule: SiteRule) => Promise<void>;
  setStatus: (status: string) => void;
}) {
  const { host, settings, setRule, setStatus } = props;
  const t = useT();
  const [usage, setUsage] = useState<LibraryUsage | null>(null);
  useEffect(() => void host.libraryUsage().then(setUsage, () => setUsage(null)), []);

  const saved = Object.keys(settings.sites)
    .filter((site) => settings.sites[site]!.save)
    .sort();

  return (
    <section aria-labelledby="library-heading">
      <h2 id="library-heading">{t('optionsLibraryHeading')}</h2>
      <p class="row">
        <span data-library-usage="">
          {usage
            ? t('optionsLibrarySize', [usage.articles, megabytes(usage.usage), megabytes(usage.quota)])
            : t('loading')}
        </span>
        <button type="button" class="link" data-action="open-library" onClick={() => host.openLibrary()}>
          {t('openLibrary')}
        </button>
      </p>
      <h3>{t('optionsLibrarySites')}</h3>
      {saved.length === 0 ? (
        <p class="muted">{t('optionsLibraryNoSites')}</p>
      ) : (
        <ul class="saved-sites">
          {saved.map((site) => (
            <li key={site} data-saved-site={site}>
              {site}{' '}
              <button
                type="button"
                aria-label={t('optionsLibraryStopSaving', [site])}
                onClick={() => void setRule(site, { ...settings.sites[site], save: undefined })}
              >
                {t('optionsDeleteShort')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <AddSiteForm
        label={t('siteAlwaysSave')}
        marker="data-new-saved-site"
        requestSiteAccess={(site) => host.requestSiteAccess(site)}
        setStatus={setStatus}
        onSite={(site) => setRule(site, { ...settings.sites[site], save: true })}
      />
    </section>
  );
}
