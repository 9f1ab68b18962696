import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { PageState } from '../../../src/extension/protocol';

const fake = vi.hoisted(() => ({
  onCommand: null as ((command: string, tab?: { id?: number }) => void) | null,
  state: { clean: 'off', convert: 'off' } as PageState,
  settings: {} as Record<string, unknown>,
  sent: [] as { type: string }[],
}));

vi.mock('wxt/browser', () => ({
  browser: {
    commands: {
      onCommand: { addListener: (listener: typeof fake.onCommand) => void (fake.onCommand = listener) },
    },
    tabs: {
      query: async () => [{ id: 9 }],
      // The content script's side: it answers with its state, and with what a toggle asked for.
      async sendMessage(_tabId: number, message: { type: string }) {
        if (message.type !== 'qingdu:state') fake.sent.push(message);
        return fake.state;
      },
    },
    storage: { local: { get: async () => ({ settings: fake.settings }) } },
    action: { setBadgeText: async () => {}, setTitle: async () => {} },
  },
}));

const { registerCommands } = await import('../../../src/extension/background/commands');
registerCommands();

/** Press a shortcut with the page in `state`; resolves with what was sent to the page after reading its state. */
async function press(command: string, state: PageState): Promise<unknown[]> {
  fake.state = state;
  fake.sent = [];
  fake.onCommand!(command, { id: 9 });
  await vi.waitFor(() => expect(fake.sent).not.toEqual([]));
  return fake.sent;
}

beforeEach(() => {
  fake.settings = {};
});

describe('toggle shortcuts', () => {
  it('turns the reader view on, and off when it is on', async () => {
    expect(await press('reader-view', { clean: 'off', convert: 'off' })).toEqual([
      { type: 'qingdu:clean', mode: 'reader' },
    ]);
    expect(await press('reader-view', { clean: 'inplace', convert: 'off' })).toEqual([
      { type: 'qingdu:clean', mode: 'reader' },
    ]);
    expect(await press('reader-view', { clean: 'reader', convert: 'tw' })).toEqual([
      { type: 'qingdu:clean', mode: 'off' },
    ]);
  });

  it('converts to the default target, and back when converted', async () => {
    fake.settings = { defaultTarget: 'tw' };
    expect(await press('toggle-script', { clean: 'off', convert: 'off' })).toEqual([
      { type: 'qingdu:convert', target: 'tw' },
    ]);
    expect(await press('toggle-script', { clean: 'reader', convert: 'hk' })).toEqual([
      { type: 'qingdu:convert', target: 'off' },
    ]);
  });
});

describe('save shortcut', () => {
  it('asks the tab for its article as published, for the library', async () => {
    expect(await press('save-to-library', { clean: 'off', convert: 'tw' })).toEqual([
      { type: 'qingdu:library-article' },
    ]);
  });
});
