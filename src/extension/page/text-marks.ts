/**
 * A paragraph's text with stretches marked (a repaired span, a character converted by context), built from text nodes
 * and a title set as text, never from markup.
 */

export interface TextMark {
  start: number;
  end: number;
  tag: 'mark' | 'span';
  className: string;
  /** Shown on hover. */
  title: string;
}

/** Append `text` to `parent`, each marked stretch in its element; a mark overlapping an earlier one is left out. */
export function appendMarked(parent: Element, text: string, marks: readonly TextMark[]): void {
  const doc = parent.ownerDocument;
  let at = 0;
  for (const mark of [...marks].sort((a, b) => a.start - b.start)) {
    if (mark.start < at || mark.end > text.length || mark.end <= mark.start) continue;
    if (mark.start > at) parent.appendChild(doc.createTextNode(text.slice(at, mark.start)));
    const element = doc.createElement(mark.tag);
    element.className = mark.className;
    element.setAttribute('title', mark.title);
    element.appendChild(doc.createTextNode(text.slice(mark.start, mark.end)));
    parent.appendChild(element);
    at = mark.end;
  }
  if (at < text.length) parent.appendChild(doc.createTextNode(text.slice(at)));
}
