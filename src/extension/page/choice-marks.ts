/**
 * Marks in the reader view on the characters whose traditional form was decided by context rather than by a phrase
 * (发 → 發 or 髮): a dotted underline, and the alternatives on hover. Built from text nodes and a title attribute set
 * as text, never from markup.
 */
import type { Choice } from '../../convert/types';

/** The reader view's style for a mark. */
export const CHOICE_MARK_STYLE = `
.choice { text-decoration: underline dotted; text-decoration-thickness: 1px; text-underline-offset: .25em; cursor: help; }
`;

/** Append `text` to `parent`, each chosen character in a marked span whose title lists its forms. */
export function appendMarked(parent: Element, text: string, choices: readonly Choice[]): void {
  const doc = parent.ownerDocument;
  let from = 0;
  for (const choice of [...choices].sort((a, b) => a.at - b.at)) {
    const char = String.fromCodePoint(text.codePointAt(choice.at) ?? 0);
    if (choice.at < from || choice.at >= text.length || char !== choice.alternatives[0]) continue;
    if (choice.at > from) parent.appendChild(doc.createTextNode(text.slice(from, choice.at)));
    const mark = doc.createElement('span');
    mark.className = 'choice';
    mark.setAttribute('title', choice.alternatives.join(' / '));
    mark.appendChild(doc.createTextNode(char));
    parent.appendChild(mark);
    from = choice.at + char.length;
  }
  if (from < text.length) parent.appendChild(doc.createTextNode(text.slice(from)));
}
