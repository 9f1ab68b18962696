// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { hidePage, readUnhidden } from '../../../src/extension/page/page-hiding';

const hidingStyles = () => document.querySelectorAll('style#qingdu-convert-hide').length;

afterEach(() => {
  vi.useRealTimers();
  document.head.replaceChildren();
});

describe('hidePage', () => {
  it('hides the page until revealed, and leaves nothing behind', () => {
    const before = document.documentElement.outerHTML;
    const reveal = hidePage(document, 3000);
    expect(hidingStyles()).toBe(1);
    reveal();
    expect(document.documentElement.outerHTML).toBe(before);
  });

  it('takes over the hiding the content script started, so one reveal shows the page', () => {
    hidePage(document, 3000);
    const reveal = hidePage(document, 3000);
    expect(hidingStyles()).toBe(1);
    reveal();
    expect(hidingStyles()).toBe(0);
  });

  it('never keeps the page hidden past its limit', () => {
    vi.useFakeTimers();
    hidePage(document, 3000);
    vi.advanceTimersByTime(2999);
    expect(hidingStyles()).toBe(1);
    vi.advanceTimersByTime(1);
    expect(hidingStyles()).toBe(0);
  });

  it('lets the page be read as it will show while it stays hidden', () => {
    document.body.innerHTML = '<p id="p">正文</p>'; // test markup
    const paragraph = document.getElementById('p') as HTMLElement & { checkVisibility(o?: object): boolean };
    const reveal = hidePage(document, 3000);
    expect(paragraph.checkVisibility({ visibilityProperty: true })).toBe(false);
    expect(readUnhidden(document, () => paragraph.checkVisibility({ visibilityProperty: true }))).toBe(true);
    expect(hidingStyles()).toBe(1);
    expect(paragraph.checkVisibility({ visibilityProperty: true })).toBe(false);
    reveal();
    expect(hidingStyles()).toBe(0);
    document.body.replaceChildren();
  });
});
