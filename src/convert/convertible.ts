/** Every OpenCC dictionary key holds a character at or above the CJK radicals block; text without one never changes. */
const MAYBE_CONVERTIBLE = /[\u2e80-\uffff]/;

/** Whether converting `text` could change it, in any direction. */
export function mayConvert(text: string): boolean {
  return MAYBE_CONVERTIBLE.test(text);
}
