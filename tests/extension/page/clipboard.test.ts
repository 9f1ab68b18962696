// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { selectedText, writeClipboard } from '../../../src/extension/page/clipboard';

describe('writeClipboard', () => {
  let data: Map<string, string>;
  beforeEach(() => {
    data = new Map();
    // happy-dom has no clipboard behind execCommand: fire the copy event a browser would.
    document.execCommand = ((command: string) => {
      if (command !== 'copy') return false;
      const event = new Event('copy', { bubbles: true, cancelable: true }) as ClipboardEvent;
      Object.defineProperty(event, 'clipboardData', {
        value: { setData: (type: string, value: string) => data.set(type, value) },
      });
      document.body.dispatchEvent(event);
      return true;
    }) as typeof document.execCommand;
  });
  afterEach(() => vi.restoreAllMocks());

  it('writes both flavours and keeps the page’s own copy handlers out', async () => {
    const pageHandler = vi.fn((event: ClipboardEvent) => event.clipboardData?.setData('text/plain', '转载请注明出处'));
    document.addEventListener('copy', pageHandler);
    expect(await writeClipboard('正文\n\n引文', '<p>正文</p>')).toBe(true);
    expect(Object.fromEntries(data)).toEqual({ 'text/plain': '正文\n\n引文', 'text/html': '<p>正文</p>' });
    expect(pageHandler).not.toHaveBeenCalled();
    document.removeEventListener('copy', pageHandler);
  });

  it('leaves no listener behind', async () => {
    await writeClipboard('a', '<p>a</p>');
    data.clear();
    document.execCommand('copy');
    expect(data.size).toBe(0);
  });
});

describe('selectedText', () => {
  it('reads the current selection', () => {
    document.body.innerHTML = '';
    const p = document.createElement('p');
    p.textContent = '疫情面前，人人有责。';
    document.body.append(p);
    const range = document.createRange();
    range.setStart(p.firstChild!, 0);
    range.setEnd(p.firstChild!, 4);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
    expect(selectedText()).toBe('疫情面前');
  });
});
