/** `storage.local` in memory for the tests: values cloned in and out, as the browser stores them. */
import type { SloganHistoryStorage } from '../../src/extension/slogan-history';

export function memoryStorage(initial: Record<string, unknown> = {}): SloganHistoryStorage & {
  data: Record<string, unknown>;
} {
  const data: Record<string, unknown> = structuredClone(initial);
  return {
    data,
    async get(key) {
      return key in data ? { [key]: structuredClone(data[key]) } : {};
    },
    async set(items) {
      Object.assign(data, structuredClone(items));
    },
    async remove(key) {
      delete data[key];
    },
  };
}
