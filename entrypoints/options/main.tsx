import { render } from 'preact';
import { libraryUsage } from '@/src/extension/library/usage';
import { requestSiteAccess } from '@/src/extension/site-permissions';
import { clearSloganHistory } from '@/src/extension/slogan-history';
import { Options } from '@/src/extension/ui/options/Options';
import './style.css';

document.documentElement.lang = browser.i18n.getUILanguage();
document.title = browser.i18n.getMessage('optionsTitle');
render(
  <Options
    host={{
      t: (key, substitutions) => browser.i18n.getMessage(key as never, substitutions?.map(String)),
      storage: browser.storage.local,
      requestSiteAccess,
      clearSloganHistory: () => clearSloganHistory(browser.storage.local),
      libraryUsage: () => libraryUsage(),
      openLibrary: () => void browser.tabs.create({ url: browser.runtime.getURL('/library.html') }),
    }}
  />,
  document.getElementById('app')!,
);
