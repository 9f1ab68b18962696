/**
 * Corrections to OpenCC's simplified→traditional phrases, in OpenCC's dictionary format (`source replacement|…`),
 * tried before its own. Each is a modern name OpenCC's dictionary reads as an older or common word.
 */
export const CORRECTIONS = [
  // 谷城县 (Hubei) is 谷城縣; OpenCC's 穀城 is an ancient town.
  '谷城 谷城',
  '谷城县 谷城縣',
].join('|');
