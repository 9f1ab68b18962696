/** Character tests by code: whitespace as `\s` reads it, and how a text ends (without a regex run over all of it). */

/** Whether a UTF-16 code unit is whitespace as the regex `\s` reads it. */
export function isSpaceCode(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** The last UTF-16 unit of `text` that is not whitespace (what `text.trimEnd().at(-1)` gives), '' for blank text. */
export function lastVisibleUnit(text: string): string {
  let i = text.length - 1;
  while (i >= 0 && isSpaceCode(text.charCodeAt(i))) i--;
  return i >= 0 ? text[i]! : '';
}

/** Whether the text's last unit other than whitespace is one of `marks` (single-unit characters): `/[marks]\s*$/`. */
export function endsWithOneOf(text: string, marks: string): boolean {
  const last = lastVisibleUnit(text);
  return last !== '' && marks.includes(last);
}

/**
 * Opening marks and the closing mark of each, as the neutral view writes them (full-width brackets become ASCII there):
 * a value may quote a name inside it and keep the marks (`“学习强国”学习平台`).
 */
export const CLOSING_MARK: Readonly<Record<string, string>> = {
  '《': '》',
  '〈': '〉',
  '「': '」',
  '『': '』',
  '“': '”',
  '【': '】',
  '[': ']',
  '〔': '〕',
  '(': ')',
};

/** Opening marks by their closing ones. */
export const OPENING_MARK: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(CLOSING_MARK).map(([open, close]) => [close, open]),
);

/** Markup debris and template placeholders, never part of a value (`size="20"`, `{{source}}`). */
export const MARKUP_DEBRIS = /[=<>{}"]/u;
