/**
 * Which elements hold text a reader reads, and which flow inside a line: one list of each, shared by the DOM walk
 * (src/adapters/dom.ts), the page converter and the slogan highlighter. Lower-case local names.
 */

/** Code and styles that run or render rather than read. */
const SCRIPTING = ['script', 'style', 'noscript', 'template'];
/** The document's metadata, outside its body. */
const METADATA = ['head', 'title', 'meta', 'link', 'base'];
/** Graphics, media and other documents embedded in the page. */
const EMBEDDED = ['svg', 'math', 'canvas', 'video', 'audio', 'object', 'embed', 'iframe', 'frame'];
/** Form controls: what they hold is the reader's input or a list of choices. */
const FORM_CONTROLS = ['select', 'option', 'optgroup', 'datalist', 'textarea', 'input'];
/** Elements that only feed another element: image map areas, object parameters, media sources and tracks. */
const SUPPORTING = ['map', 'param', 'source', 'track'];
/** Computer text within a line: code, keyboard input, program output. */
const INLINE_COMPUTER_TEXT = ['code', 'kbd', 'samp'];
/** Computer text, inline or preformatted, kept exactly as written. */
const COMPUTER_TEXT = [...INLINE_COMPUTER_TEXT, 'pre'];

/** Phrasing elements that carry text within a line. */
const PHRASING = [
  'a',
  'abbr',
  'acronym',
  'b',
  'bdi',
  'bdo',
  'big',
  'cite',
  'data',
  'del',
  'dfn',
  'em',
  'font',
  'i',
  'ins',
  'label',
  'mark',
  'nobr',
  'q',
  'rb',
  'rp',
  'rt',
  'ruby',
  's',
  'small',
  'span',
  'strike',
  'strong',
  'sub',
  'sup',
  'time',
  'tt',
  'u',
  'var',
];
/** Inline elements that are not phrasing text: a break opportunity, an image, a control, Word's empty paragraph mark. */
const INLINE_OTHER = ['wbr', 'img', 'button', 'output', 'o:p'];

/** Elements whose content is never shown as text: the DOM walk and the highlighter pass over them. */
export const NOT_SHOWN_AS_TEXT: ReadonlySet<string> = new Set([
  ...SCRIPTING,
  ...METADATA,
  ...EMBEDDED,
  ...FORM_CONTROLS,
  ...SUPPORTING,
]);

/**
 * Elements the converter never touches, nor anything inside them. Unlike the DOM walk it converts the document
 * title, and it leaves computer text as written.
 */
export const NEVER_CONVERTED: ReadonlySet<string> = new Set([...SCRIPTING, ...COMPUTER_TEXT, ...EMBEDDED, 'select']);

/** Text fields: their text and value are the reader's; only their labels (placeholder, title) are the page's. */
export const TEXT_FIELDS: ReadonlySet<string> = new Set(['input', 'textarea']);

/** Elements a line of text flows through in the DOM walk; every other element starts a new block. */
export const INLINE_IN_WALK: ReadonlySet<string> = new Set([...PHRASING, ...INLINE_COMPUTER_TEXT, ...INLINE_OTHER]);

/** Elements a phrase converts across: a phrase split by them (头<b>发</b>) converts as one. */
export const INLINE_TEXT: ReadonlySet<string> = new Set(PHRASING);
