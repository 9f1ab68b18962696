// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ArticleWithSlogans } from '../../../../src/core/article';
import { articleMarkdown } from '../../../../src/core/markdown';
import { dispatcher, sender } from '../../../../src/extension/messaging';
import {
  type ArticleReply,
  type LibrarySaveReply,
  PAGE_CHECKS,
  type PageProtocol,
  type PageState,
} from '../../../../src/extension/protocol';
import type { PopupHost, PopupTab } from '../../../../src/extension/ui/popup/host';
import { Popup } from '../../../../src/extension/ui/popup/Popup';
import { article } from '../../../core/article';
import { LOCALES, readMessages, translator } from '../locale';
import { memoryStorage } from '../../memory-storage';

interface FakeOptions {
  tab?: PopupTab | null;
  /** What the page answers when asked for its article; an Error when nothing answers. */
  reply?: ArticleReply<ArticleWithSlogans> | Error;
  fileAccess?: boolean;
  state?: PageState;
  locale?: (typeof LOCALES)[number];
  grant?: boolean | Error;
  /** Why the page refuses to clean, when it does. */
  refuseCleaning?: string;
  /** Holds the slogans back until the test lets them go. */
  slogansLater?: boolean;
  /** What the background answers when the popup saves to the library. */
  save?: LibrarySaveReply;
}

function fakeHost(options: FakeOptions = {}) {
  const sent: object[] = [];
  const clipboard: { text: string; html?: string }[] = [];
  let releaseSlogans = () => {};
  const slogansReleased = new Promise<void>((resolve) => {
    releaseSlogans = resolve;
  });
  if (!options.slogansLater) releaseSlogans();
  let state: PageState = options.state ?? { clean: 'off', convert: 'off' };
  const storage = memoryStorage();
  const watchers = new Set<(state: PageState) => void>();
  /** The article as the page shows it: the sample, or its traditional copy when the page is converted. */
  const shown = () => (state.convert === 'off' || state.convert === 'hans' ? sample : traditional);
  const page = dispatcher<PageProtocol, undefined>(PAGE_CHECKS, {
    'qingdu:article': () => {
      if (options.reply instanceof Error) throw options.reply;
      return options.reply ?? { ok: true, article: shown(), state };
    },
    'qingdu:read': () => {
      if (options.reply instanceof Error) throw options.reply;
      return options.reply ?? { ok: true, article: { ...shown(), slogans: undefined }, state };
    },
    'qingdu:slogans': async () => {
      // The slogans of the article as shown when asked, answered when the test lets them go.
      const asked = { slogans: shown().slogans, state };
      await slogansReleased;
      return { ok: true, ...asked };
    },
    'qingdu:markdown': (request) => {
      const article = shown();
      const outline = article.paragraphs.map((p) => ({ kind: 'paragraph' as const, text: p.text, block: p.block }));
      const text = articleMarkdown({ article, outline, slogans: article.slogans, ...request });
      return { ok: true, text };
    },
    'qingdu:clean': (request) => {
      if (options.refuseCleaning) return { ok: false, error: options.refuseCleaning, state };
      state = { ...state, clean: request.mode };
      return { ok: true, article: shown(), state };
    },
    'qingdu:convert': (request) => {
      state = { ...state, convert: request.target };
      return { ok: true, article: shown(), state };
    },
    'qingdu:highlight': () => ({ ok: true }),
    'qingdu:state': () => state,
    'qingdu:selection': () => ({ text: '' }),
    'qingdu:write-clipboard': () => ({ ok: true }),
    'qingdu:library-article': () => ({ ok: true, article: sample, url: 'https://www.example.gov.cn/a/1.html' }),
  });
  const send = sender<PageProtocol>(async (message) => page(message, undefined));
  const host: PopupHost = {
    t: translator(options.locale ?? 'en'),
    tab: async () => (options.tab === undefined ? { id: 7, url: 'https://www.example.gov.cn/a/1.html' } : options.tab),
    fileAccess: async () => options.fileAccess ?? false,
    send(_tabId, request) {
      sent.push(request);
      return send(request);
    },
    watchState(_tabId, onState) {
      watchers.add(onState);
      return () => watchers.delete(onState);
    },
    shortcuts: async () => ({ 'reader-view': 'Alt+Shift+R', 'copy-citation': 'Alt+Shift+C' }),
    storage,
    async requestSiteAccess() {
      if (options.grant instanceof Error) throw options.grant;
      return options.grant ?? true;
    },
    sloganHistory: async () => ({ 为人民服务: 4, 新发展理念: 1 }),
    writeClipboard: async (payload) => void clipboard.push(payload),
    openOptions: vi.fn(),
    saveToLibrary: vi.fn(async () => options.save ?? { status: 'saved' as const, url: sample.url! }),
    openLibrary: vi.fn(),
    now: () => new Date('2024-05-06T10:00:00Z'),
  };
  /** The page changes its state by itself (the reader pressed Esc there, a shortcut…) and says so. */
  const pageChanges = (next: Partial<PageState>) => {
    state = { ...state, ...next };
    for (const watcher of watchers) watcher(state);
  };
  return { host, sent, clipboard, storage, pageChanges, releaseSlogans };
}

const sample: ArticleWithSlogans = article({
  title: '依靠群众打赢疫情防控阻击战',
  date: '2020-02-01T07:55+08:00',
  source: '四川日报',
  editor: '雷晓琦',
  url: 'https://www.example.gov.cn/a/1.html',
  paragraphs: [
    { text: '第一段。', block: 3 },
    { text: '第二段。', block: 4 },
  ],
  slogans: [
    {
      text: '为人民服务',
      key: '为人民服务',
      count: 2,
      kind: 'lexicon',
      gloss: { zh: '中共的根本宗旨。', en: 'The CPC’s stated fundamental purpose.' },
    },
    { text: '新发展理念', key: '新发展理念', count: 1, kind: 'quoted' },
  ],
});

/** The sample as the page shows it converted to traditional: the page converts it, the popup shows it. */
const traditional: ArticleWithSlogans = {
  ...sample,
  script: 'hant',
  title: '依靠羣衆打贏疫情防控阻擊戰',
  source: '四川日報',
  editor: '雷曉琦',
  paragraphs: [
    { text: '第一段。', block: 3 },
    { text: '第二段。', block: 4 },
  ],
  slogans: [
    { ...sample.slogans[0]!, text: '爲人民服務' },
    { ...sample.slogans[1]!, text: '新發展理念' },
  ],
};

let container: HTMLElement;
afterEach(() => {
  if (!container) return;
  render(null, container);
  container.remove();
});

async function show(host: PopupHost) {
  container = document.createElement('div');
  document.body.append(container);
  await act(async () => {
    render(<Popup host={host} />, container);
  });
  // let the model load and the article view's effects settle
  for (let i = 0; i < 5; i++) await act(async () => new Promise((r) => setTimeout(r, 0)));
}

const field = (key: string) => container.querySelector(`[data-field="${key}"] dd`);

describe('Popup', () => {
  it('shows known fields as stated and the rest as unknown', async () => {
    await show(fakeHost().host);
    expect(field('title')?.textContent).toBe('依靠群众打赢疫情防控阻击战');
    expect(field('date')?.textContent).toBe('2020-02-01 07:55');
    expect(field('source')?.textContent).toBe('四川日报');
    expect(field('editor')?.textContent).toBe('雷晓琦');
    for (const key of ['reporter', 'reviewer', 'site']) {
      expect(field(key)?.textContent).toBe('unknown');
      expect(field(key)?.hasAttribute('data-unknown')).toBe(true);
    }
  });

  it('lists slogans with counts and history, and highlights one on click', async () => {
    const { host, sent } = fakeHost();
    await show(host);
    const item = container.querySelector('.slogans li')!;
    expect(item.querySelector('.count')?.textContent).toBe('×2');
    expect(item.querySelector('.seen')?.textContent).toBe('seen on 4 pages you read');
    expect(item.querySelector('button')?.getAttribute('title')).toBe(
      'The CPC’s stated fundamental purpose.\nHighlight on the page: 为人民服务',
    );
    // Seen on this page only: nothing worth saying.
    expect(container.querySelectorAll('.slogans li')[1]!.querySelector('.seen')).toBeNull();
    await act(async () => (item.querySelector('button') as HTMLButtonElement).click());
    expect(sent).toContainEqual({ type: 'qingdu:highlight', text: '为人民服务' });
  });

  it('shows the fields before the slogans, which take their place below without moving anything', async () => {
    const { host, sent, releaseSlogans } = fakeHost({ slogansLater: true });
    await show(host);
    expect(sent.slice(0, 2)).toEqual([{ type: 'qingdu:read' }, { type: 'qingdu:slogans' }]);
    expect(field('title')?.textContent).toBe('依靠群众打赢疫情防控阻击战');
    const section = container.querySelector('[aria-labelledby="slogans-heading"]')!;
    expect(section.getAttribute('data-slogans')).toBe('pending');
    expect(section.textContent).toContain('Finding the slogans…');
    // Nothing comes after the slogans: when they arrive, what is shown above them stays where it is.
    expect(section.nextElementSibling).toBeNull();
    await act(async () => releaseSlogans());
    for (let i = 0; i < 3; i++) await act(async () => new Promise((r) => setTimeout(r, 0)));
    expect(section.getAttribute('data-slogans')).toBe('ready');
    expect(container.querySelector('.slogans button')?.textContent).toBe('为人民服务');
  });

  it('keeps the slogans of a conversion answered before the first slogans came', async () => {
    const { host, releaseSlogans } = fakeHost({ slogansLater: true });
    await show(host);
    await act(async () => (container.querySelector('[data-script="hant"]') as HTMLButtonElement).click());
    for (let i = 0; i < 3; i++) await act(async () => new Promise((r) => setTimeout(r, 0)));
    expect(container.querySelector('.slogans button')?.textContent).toBe('爲人民服務');
    await act(async () => releaseSlogans());
    for (let i = 0; i < 3; i++) await act(async () => new Promise((r) => setTimeout(r, 0)));
    expect(container.querySelector('.slogans button')?.textContent).toBe('爲人民服務');
  });

  it('copies the article as Markdown with front matter, as plain text', async () => {
    const { host, clipboard, sent } = fakeHost();
    await show(host);
    await act(async () => (container.querySelector('[data-action="copy-markdown"]') as HTMLButtonElement).click());
    for (let i = 0; i < 3; i++) await act(async () => new Promise((r) => setTimeout(r, 0)));
    expect(sent).toContainEqual({
      type: 'qingdu:markdown',
      url: 'https://www.example.gov.cn/a/1.html',
      accessed: '2024-05-06',
    });
    expect(clipboard).toHaveLength(1);
    expect(clipboard[0]!.html).toBeUndefined();
    expect(clipboard[0]!.text).toBe(
      [
        '---',
        'title: "依靠群众打赢疫情防控阻击战"',
        'date: 2020-02-01T07:55+08:00',
        'source: "四川日报"',
        'editor: "雷晓琦"',
        'url: "https://www.example.gov.cn/a/1.html"',
        'accessed: 2024-05-06',
        'slogans:',
        '  - "为人民服务"',
        '  - "新发展理念"',
        '---',
        '',
        '# 依靠群众打赢疫情防控阻击战',
        '',
        '第一段。',
        '',
        '第二段。',
        '',
      ].join('\n'),
    );
    expect(container.querySelector('.status')?.textContent).toBe(
      'Copied the article as Markdown, with its front matter.',
    );
  });

  it('says which slogans the headline holds', async () => {
    const titled = { ...sample, title: '坚持为人民服务' };
    await show(fakeHost({ reply: { ok: true, article: titled, state: { clean: 'off', convert: 'off' } } }).host);
    const [first, second] = container.querySelectorAll('.slogans li');
    expect(first!.querySelector('.in-title')?.textContent).toBe('in the headline');
    expect(second!.querySelector('.in-title')).toBeNull();
  });

  it('shows the shortcuts the browser reports', async () => {
    await show(fakeHost().host);
    const reader = container.querySelector('[data-action="reader"]')!;
    expect(reader.getAttribute('aria-keyshortcuts')).toBe('Alt+Shift+R');
    expect(container.textContent).toContain('Alt+Shift+C');
  });

  it('toggles reader view and reflects the page state', async () => {
    const { host, sent } = fakeHost();
    await show(host);
    const reader = () => container.querySelector('[data-action="reader"]')!;
    expect(reader().getAttribute('aria-pressed')).toBe('false');
    await act(async () => (reader() as HTMLButtonElement).click());
    for (let i = 0; i < 3; i++) await act(async () => new Promise((r) => setTimeout(r, 0)));
    expect(sent).toContainEqual({ type: 'qingdu:clean', mode: 'reader' });
    expect(reader().getAttribute('aria-pressed')).toBe('true');
  });

  it('shows the article the page answers a conversion with, in one request', async () => {
    const { host, sent } = fakeHost();
    await show(host);
    sent.length = 0;
    await act(async () => (container.querySelector('[data-script="hant"]') as HTMLButtonElement).click());
    for (let i = 0; i < 3; i++) await act(async () => new Promise((r) => setTimeout(r, 0)));
    expect(sent).toEqual([{ type: 'qingdu:convert', target: 'hant' }]);
    expect(container.querySelector('[data-script="hant"]')?.getAttribute('aria-pressed')).toBe('true');
    expect(field('title')?.textContent).toBe('依靠羣衆打贏疫情防控阻擊戰');
    expect(field('source')?.textContent).toBe('四川日報');
    expect(container.querySelector('.slogans button')?.textContent).toBe('爲人民服務');
    expect(container.querySelector('.slogans .seen')?.textContent).toBe('seen on 4 pages you read');
  });

  it('follows the page when it changes by itself: Esc closed the reader view, a shortcut converted it', async () => {
    const { host, sent, pageChanges } = fakeHost();
    await show(host);
    const reader = () => container.querySelector('[data-action="reader"]')!;
    await act(async () => (reader() as HTMLButtonElement).click());
    for (let i = 0; i < 3; i++) await act(async () => new Promise((r) => setTimeout(r, 0)));
    expect(reader().getAttribute('aria-pressed')).toBe('true');
    sent.length = 0;
    await act(async () => pageChanges({ clean: 'off' }));
    expect(reader().getAttribute('aria-pressed')).toBe('false');
    expect(sent).toEqual([]);

    await act(async () => pageChanges({ convert: 'tw' }));
    for (let i = 0; i < 3; i++) await act(async () => new Promise((r) => setTimeout(r, 0)));
    expect(sent).toEqual([{ type: 'qingdu:article' }]);
    expect(container.querySelector('[data-script="tw"]')?.getAttribute('aria-pressed')).toBe('true');
    expect(field('source')?.textContent).toBe('四川日報');
  });

  it('says why when the page refuses to clean', async () => {
    const { host } = fakeHost({ refuseCleaning: 'No article was found' });
    await show(host);
    await act(async () => (container.querySelector('[data-action="clean"]') as HTMLButtonElement).click());
    for (let i = 0; i < 3; i++) await act(async () => new Promise((r) => setTimeout(r, 0)));
    expect(container.querySelector('.status')?.textContent).toBe('No article was found');
    expect(container.querySelector('[data-action="clean"]')?.getAttribute('aria-pressed')).toBe('false');
  });

  it('sends the Taiwan-with-phrases target for 臺 when the options ask for it', async () => {
    const { host, sent, storage } = fakeHost();
    await storage.set({ settings: { defaultTarget: 'twp' } });
    await show(host);
    await act(async () => (container.querySelector('[data-script="tw"]') as HTMLButtonElement).click());
    expect(sent).toContainEqual({ type: 'qingdu:convert', target: 'twp' });
  });

  it('copies the article followed by its GB/T 7714 citation, in both flavours', async () => {
    const { host, clipboard } = fakeHost();
    await show(host);
    await act(async () => (container.querySelector('[data-action="copy"]') as HTMLButtonElement).click());
    expect(clipboard).toHaveLength(1);
    const [first] = clipboard;
    expect(first!.text.startsWith('第一段。\n\n第二段。\n\n')).toBe(true);
    expect(first!.text).toContain(
      '依靠群众打赢疫情防控阻击战[N/OL]. 四川日报, 2020-02-01[2024-05-06]. https://www.example.gov.cn/a/1.html.',
    );
    expect(first!.html).toContain('<p>第一段。</p>');
    expect(container.querySelector('.status')?.textContent).toBe('Copied the article and its citation.');
  });

  it('saves the page to the library and says what changed since the last saving', async () => {
    const { host } = fakeHost({
      save: { status: 'updated', url: 'u', versions: 2, fields: ['title', 'date'], added: 1, removed: 0, edited: 3 },
    });
    await show(host);
    expect(container.querySelector('[data-action="open-library"]')).toBeNull();
    await act(async () => (container.querySelector('[data-action="save"]') as HTMLButtonElement).click());
    expect(host.saveToLibrary).toHaveBeenCalledWith(7);
    expect(container.querySelector('.status')?.textContent).toBe(
      'Saved as version 2: 1 added, 0 removed, 3 edited paragraphs; changed: Title, Date.',
    );
    await act(async () => (container.querySelector('[data-action="open-library"]') as HTMLButtonElement).click());
    expect(host.openLibrary).toHaveBeenCalled();
  });

  it('says plainly when the browser refuses to store more, and that nothing saved is lost', async () => {
    const { host } = fakeHost({ save: { status: 'refused', reason: 'quota', message: 'quota' }, locale: 'zh_CN' });
    await show(host);
    await act(async () => (container.querySelector('[data-action="save"]') as HTMLButtonElement).click());
    expect(container.querySelector('.status')?.textContent).toContain('未保存：浏览器拒绝存入更多内容');
    expect(container.querySelector('.status')?.textContent).toContain('之前保存的内容都在');
    expect(container.querySelector('[data-action="open-library"]')).toBeNull();
  });

  it('stores a per-site rule when the reader grants access, and not otherwise', async () => {
    const granted = fakeHost();
    await show(granted.host);
    await act(async () => (container.querySelector('[data-site="clean"]') as HTMLInputElement).click());
    for (let i = 0; i < 3; i++) await act(async () => new Promise((r) => setTimeout(r, 0)));
    expect((granted.storage.data.settings as { sites: unknown }).sites).toEqual({
      'www.example.gov.cn': { clean: 'inplace' },
    });
    render(null, container);
    container.remove();

    const refused = fakeHost({ grant: false });
    await show(refused.host);
    await act(async () => (container.querySelector('[data-site="convert"]') as HTMLInputElement).click());
    for (let i = 0; i < 3; i++) await act(async () => new Promise((r) => setTimeout(r, 0)));
    expect(refused.storage.data.settings).toBeUndefined();
    expect((container.querySelector('[data-site="convert"]') as HTMLInputElement).checked).toBe(false);
    expect(container.querySelector('.status')?.textContent).toBe(
      'Access to this site was not granted; nothing was changed.',
    );
  });

  it('says so when the browser refuses the site access request', async () => {
    const { host, storage } = fakeHost({
      grant: new Error('Only permissions specified in the manifest may be requested.'),
    });
    await show(host);
    await act(async () => (container.querySelector('[data-site="clean"]') as HTMLInputElement).click());
    for (let i = 0; i < 3; i++) await act(async () => new Promise((r) => setTimeout(r, 0)));
    expect(storage.data.settings).toBeUndefined();
    expect(container.querySelector('.status')?.textContent).toBe(
      'Could not get access to this site: Only permissions specified in the manifest may be requested.',
    );
  });

  it('says plainly when the page cannot be touched', async () => {
    await show(fakeHost({ tab: { id: 1, url: 'chrome://settings/' } }).host);
    expect(container.querySelector('[data-untouchable]')?.getAttribute('data-untouchable')).toBe('browser');
    render(null, container);
    container.remove();
    await show(fakeHost({ reply: new Error('Could not establish connection') }).host);
    expect(container.querySelector('[data-untouchable]')?.getAttribute('data-untouchable')).toBe('no-script');
    expect(container.textContent).toContain('not answering');
  });

  it('says it cannot reach a tab whose URL is hidden and which does not answer', async () => {
    await show(fakeHost({ tab: { id: 2 }, reply: new Error('Cannot access contents of the page') }).host);
    expect(container.querySelector('[data-untouchable]')?.getAttribute('data-untouchable')).toBe('no-access');
  });

  it('takes the URL from the article when the tab’s is hidden', async () => {
    const { host, clipboard } = fakeHost({ tab: { id: 2 } });
    await show(host);
    await act(async () => (container.querySelector('[data-action="copy"]') as HTMLButtonElement).click());
    expect(clipboard[0]!.text.endsWith('. https://www.example.gov.cn/a/1.html.')).toBe(true);
  });

  it('warns about garbled text with the counts, and only when there is some', async () => {
    await show(fakeHost().host);
    expect(container.querySelector('[data-warning="garbled"]')).toBeNull();
    render(null, container);
    container.remove();
    const garbled = article({
      ...sample,
      warnings: [
        { kind: 'garbled', message: 'repaired', block: 3 },
        { kind: 'garbled', message: 'not repaired', block: 4 },
      ],
      paragraphs: [{ text: '当地做好疫情防控工作', block: 3, repairs: [{ start: 0, end: 2, original: '?shù)' }] }],
    });
    await show(fakeHost({ reply: { ok: true, article: garbled, state: { clean: 'off', convert: 'off' } } }).host);
    expect(container.querySelector('[data-warning="garbled"]')?.textContent).toBe('2 garbled spans, 1 repaired');
  });

  it('says when the page has no article', async () => {
    await show(fakeHost({ reply: { ok: false, error: 'no article', state: { clean: 'off', convert: 'off' } } }).host);
    expect(container.querySelector('[data-no-article]')).not.toBeNull();
  });

  it('uses the Chinese interface strings', async () => {
    await show(fakeHost({ locale: 'zh_CN' }).host);
    expect(container.querySelector('[data-field="source"] dt')?.textContent).toBe('来源');
    expect(field('site')?.textContent).toBe('未知');
  });

  it('uses only buttons and labelled controls, in document order', async () => {
    await show(fakeHost().host);
    for (const button of container.querySelectorAll('button')) {
      expect(button.getAttribute('type')).toBe('button');
      expect(button.textContent!.trim().length).toBeGreaterThan(0);
    }
    expect(container.querySelector('[tabindex]')).toBeNull();
  });
});

describe('locales', () => {
  it('has every key in all three languages', () => {
    const keys = LOCALES.map((locale) => Object.keys(readMessages(locale)).sort());
    expect(keys[1]).toEqual(keys[0]);
    expect(keys[2]).toEqual(keys[0]);
  });
});
