/** The popup's script buttons and the conversion target each one sends. */
import type { ScriptTarget } from '../../../convert/targets';
import type { Settings } from '../../settings';

type ScriptChoice = 'off' | 'hans' | 'hant' | 'tw' | 'hk';

export const SCRIPT_CHOICES: { choice: ScriptChoice; short: string; long: string }[] = [
  { choice: 'off', short: 'scriptOff', long: 'scriptOffLong' },
  { choice: 'hans', short: 'scriptHans', long: 'scriptHansLong' },
  { choice: 'hant', short: 'scriptHant', long: 'scriptHantLong' },
  { choice: 'tw', short: 'scriptTw', long: 'scriptTwLong' },
  { choice: 'hk', short: 'scriptHk', long: 'scriptHkLong' },
];

/** 臺 means Taiwan with Taiwan phrases when the reader chose that variant in the options. */
export function targetOf(choice: ScriptChoice, settings: Settings): ScriptTarget | 'off' {
  if (choice === 'tw') return settings.defaultTarget === 'twp' ? 'twp' : 'tw';
  return choice;
}

export function choiceOf(target: ScriptTarget | 'off'): ScriptChoice {
  return target === 'twp' ? 'tw' : target;
}
