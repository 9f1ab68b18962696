/**
 * Writes src/core/garbled/char-model.json from the corpus and seed text in the repository (see tests/tools/char-model.ts).
 *
 *   npm run build:char-model
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildCharModel, CHAR_MODEL_PATH, charModelJson, charModelSourceTexts } from '../tests/tools/char-model';

const root = join(import.meta.dirname, '..');
const { model, sourceDistinct, unseenLevelOne, bigramCount } = buildCharModel(charModelSourceTexts(root));
const json = charModelJson(model);
const out = join(root, CHAR_MODEL_PATH);
writeFileSync(out, json);
console.log(
  `${out}: ${model.sourceChars} source characters, ${sourceDistinct} distinct, ${model.distinctChars} with script variants, ` +
    `${unseenLevelOne} unseen GB 2312 level-1 forms, ${bigramCount} bigrams, ${Buffer.byteLength(json)} bytes`,
);
