/** Test-side `getMessage`: reads a _locales messages.json and substitutes placeholders the way browsers do. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Translate } from '../../../src/extension/ui/i18n';
import { REPO_ROOT } from '../../paths';

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

export const LOCALES = ['zh_CN', 'zh_TW', 'en'] as const;

export function readMessages(locale: (typeof LOCALES)[number]): Messages {
  return JSON.parse(readFileSync(join(REPO_ROOT, 'public/_locales', locale, 'messages.json'), 'utf8'));
}

export function translator(locale: (typeof LOCALES)[number]): Translate {
  const messages = readMessages(locale);
  return (key, substitutions = []) => {
    const entry = messages[key];
    if (!entry) throw new Error(`missing message ${key} in ${locale}`);
    const subs = substitutions.map(String);
    const placeholders = Object.fromEntries(
      Object.entries(entry.placeholders ?? {}).map(([name, { content }]) => [
        name.toLowerCase(),
        content.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? ''),
      ]),
    );
    return entry.message.replace(/\$([A-Za-z_][\w]*)\$/g, (_, name: string) => placeholders[name.toLowerCase()] ?? '');
  };
}
