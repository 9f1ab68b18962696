import { render } from 'preact';
import { browserHost } from '@/src/popup/browser-host';
import { Popup } from '@/src/popup/Popup';
import './style.css';

document.documentElement.lang = browser.i18n.getUILanguage();
document.title = browser.i18n.getMessage('extName');
render(<Popup host={browserHost()} />, document.getElementById('app')!);
