// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Article } from '../../src/article';
import type { ArticleReply } from '../../src/messages';
import { article } from '../popup/article';

const calls = vi.hoisted(() => ({
  executed: [] as { func: (...args: never[]) => unknown; args: unknown[] }[],
  sent: [] as unknown[],
  selection: '',
  reply: undefined as unknown,
  settings: {} as Record<string, unknown>,
}));

vi.mock('wxt/browser', () => ({
  browser: {
    scripting: {
      async executeScript({ func, args }: { func: (...args: never[]) => unknown; args: unknown[] }) {
        calls.executed.push({ func, args });
        // The selection reader takes no arguments; the clipboard writer takes the two strings.
        return [{ result: args.length === 0 ? calls.selection : true }];
      },
    },
    tabs: {
      async sendMessage(_tabId: number, message: unknown) {
        calls.sent.push(message);
        return (message as { type: string }).type === 'qingdu:state' ? { clean: 'off', convert: 'off' } : calls.reply;
      },
    },
    storage: { local: { get: async () => ({ settings: calls.settings }), set: async () => {} } },
  },
}));

const { copyCitationFromTab, writeClipboardInPage } = await import('../../src/background/copy');

const TAB = { id: 3, url: 'https://www.example.gov.cn/xinwen/1.html' };
const sample: Article = article({
  title: '依靠群众打赢疫情防控阻击战',
  date: '2020-02-01T07:55+08:00',
  source: '四川日报',
  editor: '雷晓琦',
  paragraphs: [{ text: '第一段说的事。', block: 2 }, { text: '第二段。', block: 3 }],
});

function accessed(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

beforeEach(() => {
  calls.executed.length = 0;
  calls.sent.length = 0;
  calls.selection = '';
  calls.settings = {};
  calls.reply = { ok: true, article: sample, state: { clean: 'off', convert: 'off' } } satisfies ArticleReply;
});

const written = () => calls.executed.filter((c) => c.args.length === 2).map((c) => ({ text: c.args[0] as string, html: c.args[1] as string }));

describe('copyCitationFromTab', () => {
  it('copies the selection followed by the citation, escaping page text in the html flavour', async () => {
    calls.selection = '  选中的<b>一句</b>话\n\n第二行  ';
    expect(await copyCitationFromTab(TAB, 'selection')).toBe(true);
    const citation = `依靠群众打赢疫情防控阻击战[N/OL]. 四川日报, 2020-02-01[${accessed()}]. ${TAB.url}.`;
    expect(written()).toEqual([
      {
        text: `选中的<b>一句</b>话\n\n第二行\n\n${citation}`,
        html:
          '<p>选中的&lt;b&gt;一句&lt;/b&gt;话</p>\n<p>第二行</p>\n' +
          `<p>依靠群众打赢疫情防控阻击战[N/OL]. 四川日报, 2020-02-01[${accessed()}]. <a href="${TAB.url}">${TAB.url}</a>.</p>`,
      },
    ]);
  });

  it('copies nothing from the menu when nothing is selected', async () => {
    expect(await copyCitationFromTab(TAB, 'selection')).toBe(false);
    expect(written()).toEqual([]);
  });

  it('copies the whole article from the shortcut when nothing is selected', async () => {
    expect(await copyCitationFromTab(TAB, 'auto')).toBe(true);
    expect(written()[0]!.text.startsWith('第一段说的事。\n\n第二段。\n\n依靠群众打赢疫情防控阻击战[N/OL]')).toBe(true);
  });

  it('uses the citation style from the settings', async () => {
    calls.settings = { citationStyle: 'apa' };
    await copyCitationFromTab(TAB, 'auto');
    expect(written()[0]!.text).not.toContain('[N/OL]');
    expect(written()[0]!.text).toContain('依靠群众打赢疫情防控阻击战');
  });

  it('copies in the script the page is shown in', async () => {
    calls.reply = { ok: true, article: sample, state: { clean: 'off', convert: 'hant' } } satisfies ArticleReply;
    await copyCitationFromTab(TAB, 'auto');
    const { text } = written()[0]!;
    expect(text).toContain('依靠羣衆打贏疫情防控阻擊戰[N/OL]. 四川日報'); // OpenCC standard traditional
    expect(text.startsWith('第一段說的事。')).toBe(true);
  });

  it('fails loudly, writing nothing, when the page has no article', async () => {
    calls.reply = { ok: false, error: 'no article found' } satisfies ArticleReply;
    await expect(copyCitationFromTab(TAB, 'auto')).rejects.toThrow('no article found');
    expect(written()).toEqual([]);
  });
});

describe('writeClipboardInPage', () => {
  let data: Map<string, string>;
  beforeEach(() => {
    data = new Map();
    // happy-dom has no clipboard behind execCommand: fire the copy event a browser would.
    document.execCommand = ((command: string) => {
      if (command !== 'copy') return false;
      const event = new Event('copy', { bubbles: true, cancelable: true }) as ClipboardEvent;
      Object.defineProperty(event, 'clipboardData', { value: { setData: (type: string, value: string) => data.set(type, value) } });
      document.body.dispatchEvent(event);
      return true;
    }) as typeof document.execCommand;
  });
  afterEach(() => vi.restoreAllMocks());

  it('writes both flavours and keeps the page’s own copy handlers out', async () => {
    const pageHandler = vi.fn((event: ClipboardEvent) => event.clipboardData?.setData('text/plain', '转载请注明出处'));
    document.addEventListener('copy', pageHandler);
    expect(await writeClipboardInPage('正文\n\n引文', '<p>正文</p>')).toBe(true);
    expect(Object.fromEntries(data)).toEqual({ 'text/plain': '正文\n\n引文', 'text/html': '<p>正文</p>' });
    expect(pageHandler).not.toHaveBeenCalled();
    document.removeEventListener('copy', pageHandler);
  });

  it('leaves no listener behind', async () => {
    await writeClipboardInPage('a', '<p>a</p>');
    data.clear();
    document.execCommand('copy');
    expect(data.size).toBe(0);
  });
});
