import { describe, expect, it } from 'vitest';
import type { PageEngine } from '@/src/extension/page/engine';
import { type EngineScope, engineLoader } from '@/src/extension/page/engine-loader';

const ENGINE = { handle: async () => 'answered' } as unknown as PageEngine;

/** A background that answers `outcomes` in turn: 'runs' puts the engine in the frame, else the error it reports. */
function backgroundThat(scope: EngineScope, outcomes: string[]) {
  const asked: string[] = [];
  const runtime = {
    lastError: undefined as { message?: string } | undefined,
    sendMessage(message: unknown, callback: (response: unknown) => void) {
      asked.push((message as { type: string }).type);
      const outcome = outcomes.shift() ?? 'Receiving end does not exist.';
      setTimeout(() => {
        if (outcome === 'runs') scope.qingduPageEngine = ENGINE;
        runtime.lastError = outcome === 'runs' ? undefined : { message: outcome };
        callback(outcome === 'runs' ? { ok: true } : undefined);
        runtime.lastError = undefined;
      }, 0);
    },
    onMessage: { addListener() {} },
  };
  return { runtime, asked };
}

describe('engineLoader', () => {
  it('uses an engine already in the frame without asking the background', async () => {
    const scope: EngineScope = { qingduPageEngine: ENGINE };
    const { runtime, asked } = backgroundThat(scope, []);
    expect(await engineLoader(scope, { runtime }).load()).toBe(ENGINE);
    expect(asked).toEqual([]);
  });

  it('asks the background once and keeps the engine for every later request', async () => {
    const scope: EngineScope = {};
    const { runtime, asked } = backgroundThat(scope, ['runs']);
    const engine = engineLoader(scope, { runtime });
    expect(engine.asked()).toBe(false);
    expect(await Promise.all([engine.load(), engine.load()])).toEqual([ENGINE, ENGINE]);
    expect(await engine.load()).toBe(ENGINE);
    expect(asked).toEqual(['qingdu:load-engine']);
    expect(engine.asked()).toBe(true);
  });

  it('asks again when a background being unloaded leaves the first request unanswered', async () => {
    const scope: EngineScope = {};
    const { runtime, asked } = backgroundThat(scope, ['Receiving end does not exist.', 'runs']);
    expect(await engineLoader(scope, { runtime }).load()).toBe(ENGINE);
    expect(asked).toHaveLength(2);
  });

  it('reports the error after its attempts, and the next request tries afresh', async () => {
    const scope: EngineScope = {};
    const { runtime, asked } = backgroundThat(scope, ['gone', 'still gone', 'runs']);
    const engine = engineLoader(scope, { runtime });
    await expect(engine.load()).rejects.toThrow('still gone');
    expect(await engine.load()).toBe(ENGINE);
    expect(asked).toHaveLength(3);
  });

  it('says the engine did not load when the background answers without running it', async () => {
    const scope: EngineScope = {};
    const runtime = {
      sendMessage: (_message: unknown, callback: (response: unknown) => void) => callback({ ok: false }),
      onMessage: { addListener() {} },
    };
    await expect(engineLoader(scope, { runtime }).load()).rejects.toThrow('the page engine did not load');
  });
});
