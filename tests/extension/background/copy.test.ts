// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ArticleWithSlogans } from '../../../src/core/article';
import { localEngine } from '../../../src/convert/local';
import { createPageEngine, type PageEngine } from '../../../src/extension/page/engine';
import type { ArticleReply } from '../../../src/extension/protocol';
import { FIXTURES_DIR } from '../../paths';
import { article } from '../../core/article';
import { translate } from '../page/labels';

const calls = vi.hoisted(() => ({
  written: [] as { text: string; html: string }[],
  sent: [] as unknown[],
  selection: '',
  reply: undefined as unknown,
  settings: {} as Record<string, unknown>,
  /** A real page engine answering for the article, when a test gives one. */
  page: null as PageEngine | null,
  menuClicked: null as ((info: { menuItemId: string; selectionText?: string }, tab: object) => void) | null,
}));

vi.mock('wxt/browser', () => ({
  browser: {
    tabs: {
      // The content script's side of the conversation.
      async sendMessage(_tabId: number, message: { type: string; text?: string; html?: string }) {
        calls.sent.push(message);
        if (calls.page && message.type === 'qingdu:article') return calls.page.handle(message);
        switch (message.type) {
          case 'qingdu:state':
            return { clean: 'off', convert: 'off' };
          case 'qingdu:selection':
            return { text: calls.selection };
          case 'qingdu:write-clipboard':
            calls.written.push({ text: message.text!, html: message.html! });
            return { ok: true };
          default:
            return calls.reply;
        }
      },
    },
    storage: { local: { get: async () => ({ settings: calls.settings }), set: async () => {} } },
    runtime: { onInstalled: { addListener: () => {} } },
    contextMenus: {
      onClicked: { addListener: (listener: typeof calls.menuClicked) => void (calls.menuClicked = listener) },
    },
  },
}));

const { copyCitationCommand, registerCopyMenus } = await import('../../../src/extension/background/copy');
registerCopyMenus();

const TAB = { id: 3, url: 'https://www.example.gov.cn/xinwen/1.html' };
const sample: ArticleWithSlogans = article({
  title: '依靠群众打赢疫情防控阻击战',
  date: '2020-02-01T07:55+08:00',
  source: '四川日报',
  editor: '雷晓琦',
  paragraphs: [
    { text: '第一段说的事。', block: 2 },
    { text: '第二段。', block: 3 },
  ],
});

function accessed(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

beforeEach(() => {
  calls.written.length = 0;
  calls.sent.length = 0;
  calls.selection = '';
  calls.settings = {};
  calls.page = null;
  calls.reply = {
    ok: true,
    article: sample,
    state: { clean: 'off', convert: 'off' },
  } satisfies ArticleReply<ArticleWithSlogans>;
});

const written = () => calls.written;

/** The "copy with citation" menu item clicked on the tab, with the selection text the browser reports. */
async function clickMenu(selectionText?: string): Promise<void> {
  calls.menuClicked!({ menuItemId: 'qingdu-copy-selection', ...(selectionText ? { selectionText } : {}) }, TAB);
  await new Promise((r) => setTimeout(r, 0)); // every fake answers at once: one task later the copy is done
  expect(calls.sent).toContainEqual({ type: 'qingdu:selection' });
}

describe('copy with citation from the menu', () => {
  it('copies the selection followed by the citation, escaping page text in the html flavour', async () => {
    calls.selection = '  选中的<b>一句</b>话\n\n第二行  ';
    await clickMenu();
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
    await clickMenu();
    expect(written()).toEqual([]);
    expect(calls.sent.map((m) => (m as { type: string }).type)).not.toContain('qingdu:article');
  });

  it('falls back to the text the menu reports when the page gives no selection', async () => {
    await clickMenu('菜单给出的文字');
    expect(written()[0]!.text.startsWith('菜单给出的文字\n\n依靠群众')).toBe(true);
  });
});

describe('copy with citation from the shortcut', () => {
  it('copies the whole article when nothing is selected', async () => {
    expect(await copyCitationCommand(TAB)).toBe(true);
    expect(written()[0]!.text.startsWith('第一段说的事。\n\n第二段。\n\n依靠群众打赢疫情防控阻击战[N/OL]')).toBe(true);
  });

  it('uses the citation style from the settings', async () => {
    calls.settings = { citationStyle: 'apa' };
    expect(await copyCitationCommand(TAB)).toBe(true);
    expect(written()[0]!.text).not.toContain('[N/OL]');
    expect(written()[0]!.text).toContain('依靠群众打赢疫情防控阻击战');
  });

  it('copies in the script the page is shown in, as the page answers', async () => {
    const html = readFileSync(join(FIXTURES_DIR, 'live/lazy-article.html'), 'utf8');
    document.documentElement.innerHTML = new DOMParser().parseFromString(html, 'text/html').documentElement.innerHTML;
    const storage = { get: async () => ({}), set: async () => {} };
    const page = createPageEngine(document, {
      storage,
      engine: localEngine,
      announce: () => {},
      t: translate,
      saveToLibrary: async () => {},
    });
    await page.handle({ type: 'qingdu:convert', target: 'hant' });
    calls.page = page;
    expect(await copyCitationCommand(TAB)).toBe(true);
    const { text } = written()[0]!;
    expect(text).toContain('依靠羣衆打贏疫情防控阻擊戰[N/OL]. 四川日報'); // OpenCC standard traditional
    expect(text.startsWith('連日來，全省上下高度重視')).toBe(true);
    await page.handle({ type: 'qingdu:convert', target: 'off' });
  });

  it('fails loudly, writing nothing, when the page has no article', async () => {
    calls.reply = {
      ok: false,
      error: 'no article found',
      state: { clean: 'off', convert: 'off' },
    } satisfies ArticleReply;
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(await copyCitationCommand(TAB)).toBe(false);
    expect(warn).toHaveBeenCalledWith('Qingdu: copy with citation failed', new Error('no article found'));
    warn.mockRestore();
    expect(written()).toEqual([]);
  });
});
