import { beforeEach, describe, expect, it, vi } from 'vitest';

const fake = vi.hoisted(() => ({
  granted: new Set<string>(),
  registered: [] as { id: string; matches: string[]; js: string[]; runAt: string }[],
  injected: [] as { target: { tabId: number; frameIds?: number[] }; files: string[] }[],
  answers: true,
}));

vi.mock('wxt/browser', () => ({
  browser: {
    runtime: { id: 'qingdu' },
    tabs: {
      async sendMessage() {
        if (!fake.answers) throw new Error('Could not establish connection. Receiving end does not exist.');
        return { clean: 'off', convert: 'off' };
      },
    },
    permissions: { contains: async ({ origins }: { origins: string[] }) => origins.every((o) => fake.granted.has(o)) },
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

const { ensureContentScript, loadPageEngine, syncSiteScripts } = await import(
  '../../../src/extension/background/site-access'
);
const { DEFAULT_SETTINGS } = await import('../../../src/extension/settings');

const withSites = (sites: Record<string, { clean?: 'reader'; convert?: 'hans' }>) => ({ ...DEFAULT_SETTINGS, sites });

beforeEach(() => {
  fake.granted.clear();
  fake.registered = [];
  fake.injected = [];
  fake.answers = true;
});

describe('site access', () => {
  it('registers the content script only on sites that have a rule and were granted', async () => {
    fake.granted.add('*://www.news.cn/*');
    const granted = await syncSiteScripts(
      withSites({ 'www.news.cn': { clean: 'reader' }, 'www.people.com.cn': { convert: 'hans' } }),
    );
    expect(granted).toEqual(['*://www.news.cn/*']);
    expect(fake.registered).toHaveLength(1);
    expect(fake.registered[0]).toMatchObject({
      matches: ['*://www.news.cn/*'],
      js: ['content-listener.js'],
      runAt: 'document_start',
    });
  });

  it('unregisters when no granted site has a rule any more', async () => {
    fake.granted.add('*://www.news.cn/*');
    await syncSiteScripts(withSites({ 'www.news.cn': { clean: 'reader' } }));
    await syncSiteScripts(withSites({}));
    expect(fake.registered).toEqual([]);
    fake.granted.clear();
    await syncSiteScripts(withSites({ 'www.news.cn': { clean: 'reader' } }));
    expect(fake.registered).toEqual([]);
  });

  it('injects the content script only into a tab that does not answer', async () => {
    await ensureContentScript(7);
    expect(fake.injected).toEqual([]);
    fake.answers = false;
    await ensureContentScript(7);
    expect(fake.injected).toEqual([{ target: { tabId: 7 }, files: ['/content-listener.js'] }]);
  });

  it('runs the page engine in the asking frame, and only for a tab', async () => {
    expect(await loadPageEngine({ tab: { id: 4 }, frameId: 2 })).toEqual({ ok: true });
    expect(fake.injected).toEqual([{ target: { tabId: 4, frameIds: [2] }, files: ['/page-engine.js'] }]);
    expect(await loadPageEngine({})).toEqual({ ok: false });
    expect(fake.injected).toHaveLength(1);
  });
});
