import { render } from 'preact';
import { originPattern } from '@/src/background/site-access';
import { clearSloganHistory } from '@/src/slogans/history';
import { Options } from '@/src/popup/Options';
import './style.css';

document.documentElement.lang = browser.i18n.getUILanguage();
document.title = browser.i18n.getMessage('optionsTitle');
render(
  <Options
    host={{
      t: (key, substitutions) => browser.i18n.getMessage(key as never, substitutions?.map(String)),
      storage: browser.storage.local,
      requestSiteAccess: (host) => browser.permissions.request({ origins: [originPattern(host)] }),
      clearSloganHistory: () => clearSloganHistory(browser.storage.local),
    }}
  />,
  document.getElementById('app')!,
);
