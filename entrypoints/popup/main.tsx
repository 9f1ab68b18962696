import { render } from 'preact';
import { browserHost } from '@/src/extension/ui/popup/browser-host';
import { loadPopupModel } from '@/src/extension/ui/popup/load';
import { Popup } from '@/src/extension/ui/popup/Popup';
import './style.css';

document.documentElement.lang = browser.i18n.getUILanguage();
document.title = browser.i18n.getMessage('extName');
const host = browserHost();
// The page is asked at once; the popup renders meanwhile.
const model = loadPopupModel(host);
render(<Popup host={host} model={model} />, document.getElementById('app')!);
