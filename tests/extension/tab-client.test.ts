import { beforeEach, describe, expect, it, vi } from 'vitest';

const fake = vi.hoisted(() => ({
  /** Whether the tab has a content script to answer. */
  answers: true,
  injected: [] as unknown[],
  sent: [] as unknown[],
}));

vi.mock('wxt/browser', () => ({
  browser: {
    tabs: {
      async sendMessage(_tabId: number, message: { type: string }) {
        fake.sent.push(message);
        if (!fake.answers) throw new Error('Could not establish connection. Receiving end does not exist.');
        return message.type === 'qingdu:state' ? { clean: 'off', convert: 'off' } : { failure: 'no such page' };
      },
    },
    scripting: {
      async executeScript(details: unknown) {
        fake.injected.push(details);
        fake.answers = true;
        return [];
      },
    },
  },
}));

const { readyTabSender, tabSender } = await import('../../src/extension/tab-client');

beforeEach(() => {
  fake.answers = true;
  fake.injected = [];
  fake.sent = [];
});

describe('tabSender', () => {
  it('injects the content script only into a tab that does not answer', async () => {
    await tabSender(7);
    expect(fake.injected).toEqual([]);
    fake.answers = false;
    const send = await tabSender(7);
    expect(fake.injected).toEqual([{ target: { tabId: 7 }, files: ['/content-listener.js'] }]);
    expect(await send({ type: 'qingdu:state' })).toEqual({ clean: 'off', convert: 'off' });
  });

  it('rejects with the page’s message when it could not answer', async () => {
    const send = await tabSender(7);
    await expect(send({ type: 'qingdu:highlight', text: '为人民服务' })).rejects.toThrow('no such page');
  });
});

describe('readyTabSender', () => {
  it('sends without a ping, and injects the content script with the page engine only when the tab does not answer', async () => {
    const send = readyTabSender(7);
    expect(await send({ type: 'qingdu:state' })).toEqual({ clean: 'off', convert: 'off' });
    expect(fake.sent).toEqual([{ type: 'qingdu:state' }]);
    expect(fake.injected).toEqual([]);
    fake.answers = false;
    fake.sent = [];
    expect(await send({ type: 'qingdu:state' })).toEqual({ clean: 'off', convert: 'off' });
    expect(fake.injected).toEqual([{ target: { tabId: 7 }, files: ['/content-listener.js', '/page-engine.js'] }]);
    expect(fake.sent).toEqual([{ type: 'qingdu:state' }, { type: 'qingdu:state' }]);
  });

  it('rejects with the page’s message, without injecting, when the page could not answer', async () => {
    await expect(readyTabSender(7)({ type: 'qingdu:highlight', text: '为人民服务' })).rejects.toThrow('no such page');
    expect(fake.injected).toEqual([]);
  });
});
