// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { highlightText } from '../../../src/extension/page/highlight';

/** The name the highlight is registered under with CSS.highlights. */
const HIGHLIGHT_NAME = 'qingdu-slogan';

function page(html: string): string {
  document.body.innerHTML = html;
  return document.body.innerHTML;
}

afterEach(() => {
  vi.unstubAllGlobals();
  document.getSelection()?.removeAllRanges();
});

describe('highlightText without the Custom Highlight API (selection fallback)', () => {
  it('selects the first occurrence across inline tags and leaves the markup as it was', () => {
    const before = page('<p>要坚持<b>动态</b><a href="#">清零</a>总方针。</p><p>动态清零</p>');
    expect(highlightText(document, '动态清零')).toBe(true);
    const range = document.getSelection()!.getRangeAt(0);
    expect(range.toString()).toBe('动态清零');
    expect(range.startContainer.parentElement!.tagName).toBe('B');
    expect(range.startContainer.parentElement!.closest('p')).toBe(document.querySelector('p'));
    expect(document.body.innerHTML).toBe(before);
  });

  it('finds a simplified slogan on a traditional page, across whitespace and separators', () => {
    page('<p>堅持「外防輸入，\n  內防反彈」總策略</p>');
    expect(highlightText(document, '外防输入、内防反弹')).toBe(true);
    expect(document.getSelection()!.toString()).toBe('外防輸入，\n  內防反彈');
  });

  it('skips script and style text', () => {
    page('<script>var s = "六稳";</script><style>.六稳{}</style><p>做好六稳工作</p>');
    expect(highlightText(document, '六稳')).toBe(true);
    expect(document.getSelection()!.getRangeAt(0).startContainer.parentElement!.tagName).toBe('P');
  });

  it('returns false and selects nothing when the text is absent', () => {
    page('<p>今天天气很好。</p>');
    expect(highlightText(document, '动态清零')).toBe(false);
    expect(highlightText(document, '  ')).toBe(false);
    expect(document.getSelection()!.rangeCount).toBe(0);
  });

  it('works inside a shadow root', () => {
    page('<div id="host"></div>');
    const shadow = document.getElementById('host')!.attachShadow({ mode: 'open' });
    const p = document.createElement('p');
    p.append('坚持', Object.assign(document.createElement('em'), { textContent: '人民至上' }), '、生命至上');
    shadow.append(p);
    expect(highlightText(shadow, '人民至上、生命至上')).toBe(true);
  });
});

describe('highlightText with the Custom Highlight API', () => {
  function stubHighlights() {
    const registry = new Map<string, { ranges: Range[] }>();
    vi.stubGlobal('CSS', { highlights: registry });
    vi.stubGlobal(
      'Highlight',
      class {
        ranges: Range[];
        constructor(...ranges: Range[]) {
          this.ranges = ranges;
        }
      },
    );
    return registry;
  }

  it('registers the range, adds its style, and never selects', () => {
    const registry = stubHighlights();
    const before = page('<p>增强“<span>四个</span>意识”</p>');
    expect(highlightText(document, '四个意识')).toBe(true);
    expect(registry.get(HIGHLIGHT_NAME)!.ranges[0]!.toString()).toBe('四个意识');
    expect(document.getSelection()!.rangeCount).toBe(0);
    expect(document.body.innerHTML).toBe(before);
    const styled = document.adoptedStyleSheets.length > 0 || document.getElementById('qingdu-highlight-style') !== null;
    expect(styled).toBe(true);
  });

  it('moves the highlight when another slogan is chosen', () => {
    const registry = stubHighlights();
    page('<p>六稳和六保</p>');
    highlightText(document, '六稳');
    highlightText(document, '六保');
    expect(registry.get(HIGHLIGHT_NAME)!.ranges[0]!.toString()).toBe('六保');
  });
});
