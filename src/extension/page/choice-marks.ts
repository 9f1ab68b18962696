/**
 * Marks in the reader view on the characters whose traditional form was decided by context rather than by a phrase
 * (发 → 發 or 髮): a dotted underline, and the alternatives on hover.
 */
import type { Choice } from '../../convert/types';
import type { TextMark } from './text-marks';

/** The reader view's style for a mark. */
export const CHOICE_MARK_STYLE = `
.choice { text-decoration: underline dotted; text-decoration-thickness: 1px; text-underline-offset: .25em; cursor: help; }
`;

/** A mark for each choice that names the character the text holds at its offset; the others are left out. */
export function choiceMarks(text: string, choices: readonly Choice[]): TextMark[] {
  const marks: TextMark[] = [];
  for (const choice of choices) {
    const char = String.fromCodePoint(text.codePointAt(choice.at) ?? 0);
    if (choice.at >= text.length || char !== choice.alternatives[0]) continue;
    marks.push({
      start: choice.at,
      end: choice.at + char.length,
      tag: 'span',
      className: 'choice',
      title: choice.alternatives.join(' / '),
    });
  }
  return marks;
}
