// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { autoConvert, getConversion, pageSource, setConversion } from '../../../src/extension/page/convert-controller';
import { DEFAULT_SETTINGS } from '../../../src/extension/settings';

const PAGE = '<h1>頭<b>髮</b>與臺灣</h1><p>爲了學習，我們討論問題。</p><p>軟體</p>';

function load(html: string, lang = 'zh-Hant'): void {
  document.documentElement.setAttribute('lang', lang);
  document.body.innerHTML = html; // test markup, not page text
}

afterEach(async () => {
  await setConversion('off');
  document.body.innerHTML = '';
});

describe('convert controller', () => {
  it('switches between scripts from the original text and turns off exactly', async () => {
    load(PAGE);
    expect(getConversion()).toBe('off');
    await setConversion('hans');
    expect(getConversion()).toBe('hans');
    expect(document.body.textContent).toBe('头发与台湾为了学习，我们讨论问题。软体');
    expect(document.documentElement.getAttribute('lang')).toBe('zh-Hans');
    await setConversion('tw');
    expect(document.body.textContent).toBe('頭髮與臺灣為了學習，我們討論問題。軟體');
    await setConversion('off');
    expect(getConversion()).toBe('off');
    expect(document.body.innerHTML).toBe(PAGE);
    expect(document.documentElement.getAttribute('lang')).toBe('zh-Hant');
  });

  it('serialises rapid switching: the last call wins and nothing is left converted', async () => {
    load(PAGE);
    void setConversion('hans');
    void setConversion('hk');
    await setConversion('off');
    expect(document.body.innerHTML).toBe(PAGE);
  });

  it('reads the page’s region and script to pick the source', () => {
    load('<p>軟體與網路</p>', 'zh-TW');
    expect(pageSource(document, 'hans')).toBe('tw');
    load('<p>这是一个简体页面，我们讨论问题。</p>', 'zh-CN');
    expect(pageSource(document, 'hant')).toBe('hans');
    load('<p>這是一個繁體頁面，我們討論問題。</p>', 'zh-HK');
    expect(pageSource(document, 'tw')).toBe('hk');
  });

  it('auto-converts by the site rule only, hiding a loading page until its first view is converted', async () => {
    load(PAGE);
    await autoConvert(undefined, DEFAULT_SETTINGS);
    expect(getConversion()).toBe('off');

    Object.defineProperty(document, 'readyState', { value: 'loading', configurable: true });
    const done = autoConvert({ convert: 'hans' }, DEFAULT_SETTINGS);
    expect(document.getElementById('qingdu-convert-hide')).not.toBeNull();
    delete (document as { readyState?: string }).readyState;
    document.dispatchEvent(new Event('DOMContentLoaded'));
    await done;
    expect(document.getElementById('qingdu-convert-hide')).toBeNull();
    expect(getConversion()).toBe('hans');
    expect(document.body.textContent).toContain('头发与台湾');
  });
});
