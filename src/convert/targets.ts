/** The scripts text converts to: simplified, OpenCC traditional, Taiwan, Taiwan with phrases, Hong Kong. */
export const SCRIPT_TARGETS = ['hans', 'hant', 'tw', 'twp', 'hk'] as const;
export type ScriptTarget = (typeof SCRIPT_TARGETS)[number];

export function isScriptTarget(value: unknown): value is ScriptTarget {
  return typeof value === 'string' && (SCRIPT_TARGETS as readonly string[]).includes(value);
}
