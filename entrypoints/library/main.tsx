import { render } from 'preact';
import { openLibrary } from '@/src/extension/library/store';
import { loadReaderFontSize } from '@/src/extension/page-settings';
import { Library } from '@/src/extension/ui/library/Library';
import './style.css';

const t = (key: string, substitutions?: (string | number)[]) =>
  browser.i18n.getMessage(key as never, substitutions?.map(String));
const app = document.getElementById('app')!;
const language = browser.i18n.getUILanguage();
document.documentElement.lang = language;
document.title = t('libraryTitle');

openLibrary().then(
  (db) =>
    render(
      <Library
        host={{
          t,
          language,
          db,
          estimate: async () => {
            const { usage, quota } = await navigator.storage.estimate();
            return usage !== undefined && quota !== undefined ? { usage, quota } : null;
          },
          readerFontSize: () => loadReaderFontSize(browser.storage.local),
          download(name, data) {
            const link = document.createElement('a');
            link.href = URL.createObjectURL(data);
            link.download = name;
            link.click();
            setTimeout(() => URL.revokeObjectURL(link.href), 60_000);
          },
        }}
      />,
      app,
    ),
  (error) => {
    app.textContent = t('libraryLoadFailed', [String(error?.message ?? error)]);
  },
);
