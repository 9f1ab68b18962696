/** opencc-js ships each dictionary as its own module (`export default "src dst|src dst|…"`) without typings. */
declare module 'opencc-js/dict/*' {
  const dict: string;
  export default dict;
}
