import { render } from 'preact';
import { browserHost } from '@/src/extension/ui/popup/browser-host';
import { Popup } from '@/src/extension/ui/popup/Popup';
import './style.css';

document.documentElement.lang = browser.i18n.getUILanguage();
document.title = browser.i18n.getMessage('extName');
render(<Popup host={browserHost()} />, document.getElementById('app')!);
