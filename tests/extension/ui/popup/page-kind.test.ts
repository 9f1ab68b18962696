import { describe, expect, it } from 'vitest';
import { siteHost, untouchableReason } from '../../../../src/extension/ui/popup/page-kind';

describe('untouchableReason', () => {
  it('lets ordinary web pages through', () => {
    expect(untouchableReason('https://www.gov.cn/xinwen/2020-02/01/content_1.htm', false)).toBeNull();
    expect(untouchableReason('http://127.0.0.1:8080/fixtures/seeds/000.html', false)).toBeNull();
  });

  it('names the browser’s own pages', () => {
    for (const url of [
      'chrome://extensions/',
      'about:blank',
      'edge://settings',
      'chrome-extension://abc/popup.html',
      'moz-extension://x/options.html',
      'view-source:https://example.com/',
      'data:text/html,hi',
      'devtools://devtools/x',
    ]) {
      expect(untouchableReason(url, true), url).toBe('browser');
    }
  });

  it('names extension stores', () => {
    expect(untouchableReason('https://chromewebstore.google.com/detail/abc', false)).toBe('store');
    expect(untouchableReason('https://chrome.google.com/webstore/detail/abc', false)).toBe('store');
    expect(untouchableReason('https://addons.mozilla.org/zh-CN/firefox/', false)).toBe('store');
    expect(untouchableReason('https://chrome.google.com/search?q=x', false)).toBeNull();
  });

  it('names PDFs, on the web and on disk', () => {
    expect(untouchableReason('https://www.gov.cn/zhengce/files/notice.PDF', false)).toBe('pdf');
    expect(untouchableReason('file:///home/me/report.pdf', true)).toBe('pdf');
    expect(untouchableReason('https://example.cn/pdf/viewer.html', false)).toBeNull();
  });

  it('allows local files only with file access', () => {
    expect(untouchableReason('file:///home/me/page.html', false)).toBe('file');
    expect(untouchableReason('file:///home/me/page.html', true)).toBeNull();
  });

  it('treats a missing or broken URL as nothing to work on', () => {
    expect(untouchableReason(undefined, true)).toBe('no-tab');
    expect(untouchableReason('not a url', true)).toBe('browser');
  });
});

describe('siteHost', () => {
  it('gives the lower-case host of web pages only', () => {
    expect(siteHost('https://WWW.Gov.cn/a.htm')).toBe('www.gov.cn');
    expect(siteHost('file:///tmp/a.html')).toBeNull();
    expect(siteHost(undefined)).toBeNull();
  });
});
