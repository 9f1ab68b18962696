/**
 * Clipboard work that has to happen inside the page: reading the selection, and writing the copy-with-citation
 * strings (built elsewhere; the html flavour is already escaped) as text/plain and text/html at once. Both functions
 * are self-contained: the background also runs them in a tab through scripting.executeScript.
 */

/** The selection as the reader sees it, line breaks kept. */
export function selectedText(): string {
  return globalThis.getSelection?.()?.toString() ?? '';
}

/**
 * Write both flavours. A capturing `copy` listener on window runs before the page's own handlers (which on some
 * sites append or block text) and stops them; falls back to the async clipboard API. Self-contained.
 */
export function writeClipboard(text: string, html: string): Promise<boolean> {
  let written = false;
  const onCopy = (event: ClipboardEvent) => {
    if (!event.clipboardData) return;
    event.clipboardData.setData('text/plain', text);
    event.clipboardData.setData('text/html', html);
    event.preventDefault();
    event.stopImmediatePropagation();
    written = true;
  };
  window.addEventListener('copy', onCopy, true);
  try {
    document.execCommand('copy');
  } finally {
    window.removeEventListener('copy', onCopy, true);
  }
  if (written) return Promise.resolve(true);
  return navigator.clipboard
    .write([
      new ClipboardItem({
        'text/plain': new Blob([text], { type: 'text/plain' }),
        'text/html': new Blob([html], { type: 'text/html' }),
      }),
    ])
    .then(
      () => true,
      () => false,
    );
}
