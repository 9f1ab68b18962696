/**
 * The slice of the extension API the content script touches, typed here so the script itself stays free of the
 * polyfill: `chrome` in Chromium, and in Firefox too (callback style).
 */
export interface ContentScriptApi {
  runtime: {
    sendMessage(message: unknown, callback: (response: unknown) => void): void;
    lastError?: { message?: string };
    onMessage: {
      addListener(
        listener: (message: unknown, sender: unknown, reply: (response: unknown) => void) => boolean | undefined,
      ): void;
    };
  };
  storage: { local: { get(key: string, callback: (items: Record<string, unknown>) => void): void } };
}
