/** A form that takes a site's host name, asks the browser for access to that one site, and hands the site on. */
import { useState } from 'preact/hooks';
import { useT } from '../i18n';
import { grantedSite } from './hosts';

export function AddSiteForm(props: {
  label: string;
  /** The data attribute the input carries, for tests and styles (`data-new-site`). */
  marker: string;
  requestSiteAccess: (host: string) => Promise<boolean>;
  setStatus: (status: string) => void;
  onSite: (site: string) => Promise<void>;
}) {
  const t = useT();
  const [typed, setTyped] = useState('');
  const add = async (event: Event) => {
    event.preventDefault();
    const site = await grantedSite(event.currentTarget as HTMLFormElement, props.requestSiteAccess, t, props.setStatus);
    if (!site) return;
    await props.onSite(site);
    setTyped('');
  };
  return (
    <form class="row add-site" onSubmit={add}>
      <label>
        <span>{props.label}</span>
        <input
          type="text"
          name="host"
          {...{ [props.marker]: '' }}
          value={typed}
          onInput={(e) => setTyped(e.currentTarget.value)}
        />
      </label>
      <button type="submit">{t('optionsAddSite')}</button>
    </form>
  );
}
