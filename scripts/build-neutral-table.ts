/**
 * Writes src/core/text/neutral-table.json from opencc-js's dictionaries (see tests/tools/neutral-table.ts).
 *
 *   npm run build:neutral-table
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { NEUTRAL_TABLE_PATH, neutralTableJson } from '../tests/tools/neutral-table';

const out = join(import.meta.dirname, '..', NEUTRAL_TABLE_PATH);
const json = neutralTableJson();
writeFileSync(out, json);
console.log(`${out}: ${(JSON.parse(json).pairs as string).length / 2} pairs, ${Buffer.byteLength(json)} bytes`);
