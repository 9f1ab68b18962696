/** Interface strings come from _locales through one function, so components render the same in tests. */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';

/** `browser.i18n.getMessage` in the extension. */
export type Translate = (key: string, substitutions?: (string | number)[]) => string;

export const I18n = createContext<Translate>((key) => key);

export function useT(): Translate {
  return useContext(I18n);
}
