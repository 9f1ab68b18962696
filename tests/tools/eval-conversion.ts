/**
 * Simplified → Taiwan traditional on UD Chinese GSD (tests/peer/ud-gsd/dev.tsv): Qingdu's CLI
 * (`npm run -s cli -- convert --from hans --to tw FILE`) against opencc-js's Converter({ from: 'cn', to: 'tw' }),
 * errors counted per Han character, on all 500 sentences and on each half (the method was chosen on the first).
 *
 *   npx tsx tests/tools/eval-conversion.ts [--list]
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as OpenCC from 'opencc-js';
import { halves, MEANING_CHARACTERS, readSentences, type Score, score, type Sentence } from './ud-gsd';

const ROOT = join(import.meta.dirname, '../..');

function throughCli(sentences: readonly Sentence[]): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'qingdu-ud-'));
  try {
    const file = join(dir, 'simplified.txt');
    writeFileSync(file, `${sentences.map((s) => s.simplified).join('\n')}\n`);
    const out = execFileSync('npm', ['run', '-s', 'cli', '--', 'convert', '--from', 'hans', '--to', 'tw', file], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    return out.split('\n').slice(0, sentences.length);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function line(name: string, reference: Score, ours: Score): string {
  return `${name.padEnd(6)} ${String(reference.han).padStart(6)} Han   opencc-js ${reference.errors.length} errors (${reference.meaningErrors} on meaning characters)   Qingdu ${ours.errors.length} (${ours.meaningErrors})`;
}

const sentences = readSentences();
const reference = OpenCC.Converter({ from: 'cn', to: 'tw' });
const converted = throughCli(sentences);
const byId = new Map(sentences.map((s, i) => [s.id, converted[i]!]));
const parts = { all: sentences, ...halves(sentences) };
for (const [name, part] of Object.entries(parts)) {
  const theirs = score(
    part,
    part.map((s) => reference(s.simplified)),
  );
  const ours = score(
    part,
    part.map((s) => byId.get(s.id)!),
  );
  console.log(line(name, theirs, ours));
}
if (process.argv.includes('--list')) {
  for (const error of score(sentences, converted).errors) {
    const sentence = sentences.find((s) => s.id === error.id)!;
    const context = [...sentence.simplified].slice(Math.max(0, error.offset - 5), error.offset + 6).join('');
    const meaning = MEANING_CHARACTERS.has(error.simplified) ? '*' : ' ';
    console.log(
      `${meaning} ${error.id}\t${error.simplified} → ${error.converted}, written ${error.expected}\t${context}`,
    );
  }
}
