import { beforeEach, describe, expect, it, vi } from 'vitest';

type Listener = (message: unknown, sender: { id?: string; tab?: { id?: number }; frameId?: number }) => unknown;

const fake = vi.hoisted(() => ({
  listeners: [] as Listener[],
  injected: [] as unknown[],
}));

vi.mock('wxt/browser', () => ({
  browser: {
    runtime: { id: 'qingdu', onMessage: { addListener: (listener: Listener) => void fake.listeners.push(listener) } },
    scripting: {
      async executeScript(details: unknown) {
        fake.injected.push(details);
        return [];
      },
    },
  },
}));

const { registerRequests } = await import('../../../src/extension/background/requests');
registerRequests();

const OWN = { id: 'qingdu', tab: { id: 5 }, frameId: 0 };
const answer = (message: unknown, sender: Parameters<Listener>[1] = OWN) => fake.listeners[0]!(message, sender);

beforeEach(() => {
  fake.injected = [];
});

describe('the background’s listener', () => {
  it('is the only one', () => {
    expect(fake.listeners).toHaveLength(1);
  });

  it('converts blocks for the extension’s own contexts', async () => {
    const request = { type: 'qingdu:convert-blocks', blocks: [['头', '发'], ['软件']], to: 'hant', from: 'hans' };
    expect(await answer(request)).toEqual({ blocks: [['頭', '髮'], ['軟件']] });
    expect(answer(request, { id: 'someone-else' })).toBeUndefined();
  });

  it('runs the page engine in the asking frame', async () => {
    expect(await answer({ type: 'qingdu:load-engine' }, { id: 'qingdu', tab: { id: 5 }, frameId: 3 })).toEqual({
      ok: true,
    });
    expect(fake.injected).toEqual([{ target: { tabId: 5, frameIds: [3] }, files: ['/page-engine.js'] }]);
  });

  it('refuses a malformed request and leaves other messages alone', async () => {
    expect(await answer({ type: 'qingdu:convert-blocks', blocks: 'x', to: 'hant', from: 'hans' })).toEqual({
      failure: 'malformed qingdu:convert-blocks request',
    });
    expect(answer({ type: 'qingdu:state-changed', state: { clean: 'off', convert: 'off' } })).toBeUndefined();
    expect(answer({ type: 'qingdu:copy-citation', tabId: 5, body: 'auto' })).toBeUndefined();
  });
});
