import { beforeEach, describe, expect, it, vi } from 'vitest';

type Listener = (...args: unknown[]) => void;

const fake = vi.hoisted(() => ({
  granted: new Set<string>(),
  registered: [] as { id: string; matches: string[]; js: string[]; runAt: string }[],
  injected: [] as { target: { tabId: number; frameIds?: number[] }; files: string[] }[],
  settings: {} as Record<string, unknown>,
  listeners: new Map<string, Listener>(),
}));

const event = (name: string) => ({ addListener: (listener: Listener) => void fake.listeners.set(name, listener) });

vi.mock('wxt/browser', () => ({
  browser: {
    runtime: { id: 'qingdu', onInstalled: event('installed'), onStartup: event('startup') },
    permissions: {
      contains: async ({ origins }: { origins: string[] }) => origins.every((o) => fake.granted.has(o)),
      onAdded: event('permissionAdded'),
      onRemoved: event('permissionRemoved'),
    },
    storage: { local: { get: async () => ({ settings: fake.settings }) }, onChanged: event('storageChanged') },
    scripting: {
      async executeScript(details: (typeof fake.injected)[number]) {
        fake.injected.push(details);
        return [];
      },
      getRegisteredContentScripts: async ({ ids }: { ids: string[] }) =>
        fake.registered.filter((s) => ids.includes(s.id)),
      async unregisterContentScripts({ ids }: { ids: string[] }) {
        fake.registered = fake.registered.filter((s) => !ids.includes(s.id));
      },
      async registerContentScripts(scripts: (typeof fake.registered)[number][]) {
        fake.registered.push(...scripts);
      },
    },
  },
}));

const { loadPageEngine, registerSiteAccess } = await import('../../../src/extension/background/site-access');
registerSiteAccess();

/** Let the listener's work finish: every fake answers at once, so one task later it has. */
const settle = () => new Promise((r) => setTimeout(r, 0));

/** The reader changes the site rules; registrations follow. */
async function setSites(sites: Record<string, { clean?: 'reader'; convert?: 'hans' }>): Promise<void> {
  fake.settings = { sites };
  fake.listeners.get('storageChanged')!({ settings: {} }, 'local');
  await settle();
}

beforeEach(() => {
  fake.granted.clear();
  fake.registered = [];
  fake.injected = [];
});

describe('site access', () => {
  it('registers the content script only on sites that have a rule and were granted', async () => {
    fake.granted.add('*://www.news.cn/*');
    await setSites({ 'www.news.cn': { clean: 'reader' }, 'www.people.com.cn': { convert: 'hans' } });
    expect(fake.registered).toHaveLength(1);
    expect(fake.registered[0]).toMatchObject({
      matches: ['*://www.news.cn/*'],
      js: ['content-listener.js'],
      runAt: 'document_start',
    });
  });

  it('unregisters when no granted site has a rule any more', async () => {
    fake.granted.add('*://www.news.cn/*');
    await setSites({ 'www.news.cn': { clean: 'reader' } });
    expect(fake.registered).toHaveLength(1);
    await setSites({});
    expect(fake.registered).toEqual([]);
    fake.granted.clear();
    await setSites({ 'www.news.cn': { clean: 'reader' } });
    expect(fake.registered).toEqual([]);
  });

  it('follows the permissions the reader grants and revokes', async () => {
    await setSites({ 'www.news.cn': { clean: 'reader' } });
    expect(fake.registered).toEqual([]);
    fake.granted.add('*://www.news.cn/*');
    fake.listeners.get('permissionAdded')!({ origins: ['*://www.news.cn/*'] });
    await settle();
    expect(fake.registered).toHaveLength(1);
  });

  it('runs the page engine in the asking frame, and only for a tab', async () => {
    expect(await loadPageEngine({ tab: { id: 4 }, frameId: 2 })).toEqual({ ok: true });
    expect(fake.injected).toEqual([{ target: { tabId: 4, frameIds: [2] }, files: ['/page-engine.js'] }]);
    expect(await loadPageEngine({})).toEqual({ ok: false });
    expect(fake.injected).toHaveLength(1);
  });
});
