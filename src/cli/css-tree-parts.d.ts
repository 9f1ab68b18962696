/** css-tree's parser and generator on their own, without the lexer and its syntax data the main entry loads. */
declare module 'css-tree/parser' {
  import type { parse } from 'css-tree';
  const parseCss: typeof parse;
  export default parseCss;
}

declare module 'css-tree/generator' {
  import type { generate } from 'css-tree';
  const generateCss: typeof generate;
  export default generateCss;
}
