/**
 * YAML front matter written by hand: every text value double-quoted with YAML's escapes, so quotes, colons, `#`,
 * line breaks and characters YAML may not carry raw come back exactly as they were when the front matter is read.
 */

/** A value of the front matter: text, a date YAML may read as written, or a list of texts. */
export type FrontMatterValue = string | { date: string } | readonly string[];

/** Dates and times in the one shape that is safe unquoted (`2020-02-01`, `2020-02-01T07:55+08:00`). */
const PLAIN_DATE = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:\d{2})?)?$/;

const ESCAPES: Record<string, string> = { '"': '\\"', '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** Whether YAML may carry the code point raw inside a double-quoted scalar (its printable set, less line breaks). */
function printable(code: number): boolean {
  if (code === 0x85 || code === 0x2028 || code === 0x2029) return false;
  return (
    (code >= 0x20 && code <= 0x7e) ||
    (code >= 0xa0 && code <= 0xd7ff) ||
    (code >= 0xe000 && code <= 0xfffd && code !== 0xfeff) ||
    (code >= 0x10000 && code <= 0x10ffff)
  );
}

/** A double-quoted YAML scalar holding exactly `text`. A lone surrogate, which no YAML text can hold, becomes U+FFFD. */
export function yamlString(text: string): string {
  let out = '"';
  for (const char of text) {
    const code = char.codePointAt(0)!;
    const escaped = ESCAPES[char];
    if (escaped) out += escaped;
    else if (code >= 0xd800 && code <= 0xdfff) out += '\\uFFFD';
    else if (printable(code)) out += char;
    else out += `\\u${code.toString(16).toUpperCase().padStart(4, '0')}`;
  }
  return `${out}"`;
}

/** `---`-fenced front matter with the given keys in order; empty values are left out. */
export function frontMatter(fields: readonly [key: string, value: FrontMatterValue | null | undefined][]): string {
  const lines = ['---'];
  for (const [key, value] of fields) {
    if (value == null) continue;
    if (typeof value === 'string') {
      if (value !== '') lines.push(`${key}: ${yamlString(value)}`);
    } else if ('date' in value) {
      lines.push(`${key}: ${PLAIN_DATE.test(value.date) ? value.date : yamlString(value.date)}`);
    } else if (value.length > 0) {
      lines.push(`${key}:`, ...value.map((item) => `  - ${yamlString(item)}`));
    }
  }
  lines.push('---');
  return `${lines.join('\n')}\n`;
}
