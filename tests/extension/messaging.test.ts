import { describe, expect, it, vi } from 'vitest';
import { accept, dispatcher, sender } from '../../src/extension/messaging';
import { BACKGROUND_CHECKS, NOTICE_CHECKS, PAGE_CHECKS, type PageProtocol } from '../../src/extension/protocol';

const state = { clean: 'off', convert: 'off' } as const;

/** A page that answers two requests; the rest of the protocol is not needed here. */
function page(highlight = vi.fn(() => ({ ok: true }))) {
  return dispatcher<PageProtocol, string>(PAGE_CHECKS, {
    'qingdu:article': () => ({ ok: false, error: 'no article', state }),
    'qingdu:read': () => ({ ok: false, error: 'no article', state }),
    'qingdu:slogans': () => ({ ok: false, error: 'no article', state }),
    'qingdu:markdown': () => ({ ok: false, error: 'no article' }),
    'qingdu:clean': () => Promise.reject(new Error('the page went away')),
    'qingdu:convert': () => ({ ok: false, error: 'no article', state }),
    'qingdu:highlight': highlight,
    'qingdu:state': () => state,
    'qingdu:selection': () => ({ text: '' }),
    'qingdu:write-clipboard': () => ({ ok: true }),
    'qingdu:library-article': () => ({ ok: false, error: 'no article' }),
  });
}

describe('dispatcher', () => {
  it('answers its protocol’s requests by type, with the context', async () => {
    const highlight = vi.fn(() => ({ ok: true }));
    const dispatch = page(highlight);
    expect(await dispatch({ type: 'qingdu:state' }, 'tab 3')).toEqual(state);
    expect(await dispatch({ type: 'qingdu:highlight', text: '新发展理念' }, 'tab 3')).toEqual({ ok: true });
    expect(highlight).toHaveBeenCalledWith({ type: 'qingdu:highlight', text: '新发展理念' }, 'tab 3');
  });

  it('leaves other messages to other listeners', () => {
    const dispatch = page();
    for (const message of [undefined, null, 'qingdu:state', {}, { type: 7 }, { type: 'qingdu:convert-blocks' }]) {
      expect(dispatch(message, '')).toBeUndefined();
    }
    expect(dispatch({ type: 'toString' }, '')).toBeUndefined();
  });

  it('refuses a malformed request without running its handler', async () => {
    const highlight = vi.fn(() => ({ ok: true }));
    const dispatch = page(highlight);
    expect(await dispatch({ type: 'qingdu:highlight', text: 3 }, '')).toEqual({
      failure: 'malformed qingdu:highlight request',
    });
    expect(await dispatch({ type: 'qingdu:clean', mode: 'explode' }, '')).toEqual({
      failure: 'malformed qingdu:clean request',
    });
    expect(highlight).not.toHaveBeenCalled();
    for (const bad of [{}, { url: 'https://a.cn/', accessed: '6 May 2024' }, { url: 3, accessed: '2024-05-06' }]) {
      expect(await dispatch({ type: 'qingdu:markdown', ...bad }, '')).toEqual({
        failure: 'malformed qingdu:markdown request',
      });
    }
  });

  it('answers a handler’s failure with its message', async () => {
    expect(await page()({ type: 'qingdu:clean', mode: 'reader' }, '')).toEqual({ failure: 'the page went away' });
  });
});

describe('sender', () => {
  it('resolves with the typed reply, and rejects on a failure or no answer', async () => {
    const dispatch = page();
    const send = sender<PageProtocol>(async (message) => dispatch(message, 'x'));
    expect(await send({ type: 'qingdu:article' })).toEqual({ ok: false, error: 'no article', state });
    await expect(send({ type: 'qingdu:clean', mode: 'reader' })).rejects.toThrow('the page went away');
    const silent = sender<PageProtocol>(async () => undefined);
    await expect(silent({ type: 'qingdu:state' })).rejects.toThrow('nothing answered qingdu:state');
  });
});

describe('request checks', () => {
  it('take only well-formed conversion requests', () => {
    const ok = { type: 'qingdu:convert-blocks', blocks: [['头发'], ['和', '软件']], to: 'hant', from: 'hans' };
    expect(accept(BACKGROUND_CHECKS, ok)).toBe(ok);
    for (const bad of [
      { ...ok, to: 'klingon' },
      { ...ok, from: undefined },
      { ...ok, blocks: 'text' },
      { ...ok, blocks: [['ok'], [1]] },
      { ...ok, blocks: ['not a block'] },
    ]) {
      expect(accept(BACKGROUND_CHECKS, bad)).toEqual({ failure: 'malformed qingdu:convert-blocks request' });
    }
  });

  it('take a state notice only with a real state', () => {
    expect(accept(NOTICE_CHECKS, { type: 'qingdu:state-changed', state })).not.toHaveProperty('failure');
    expect(accept(NOTICE_CHECKS, { type: 'qingdu:state-changed', state: { clean: 'maybe' } })).toHaveProperty(
      'failure',
    );
    expect(accept(NOTICE_CHECKS, { type: 'qingdu:state' })).toBeNull();
  });
});
