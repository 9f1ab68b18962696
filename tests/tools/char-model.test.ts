import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCharModel, CHAR_MODEL_PATH, type CharModel, charModelJson, charModelSourceTexts } from './char-model';
import { REPO_ROOT } from '../paths';

describe('the committed character model', () => {
  const committed = readFileSync(join(REPO_ROOT, CHAR_MODEL_PATH), 'utf8');
  const { model } = buildCharModel(charModelSourceTexts(REPO_ROOT));

  it('is what `npm run build:char-model` builds from the text in the repository', () => {
    const stored = JSON.parse(committed) as CharModel;
    // Field by field first, so a stale file says which part moved; then byte for byte.
    expect({ ...stored, costs: undefined, fold: undefined, bigrams: undefined }).toEqual({
      ...model,
      costs: undefined,
      fold: undefined,
      bigrams: undefined,
    });
    expect(Object.keys(stored.costs)).toEqual(Object.keys(model.costs));
    for (const [cost, chars] of Object.entries(model.costs)) expect(stored.costs[cost], `cost ${cost}`).toBe(chars);
    expect(stored.fold === model.fold, 'fold').toBe(true);
    expect(stored.bigrams === model.bigrams, 'bigrams').toBe(true);
    expect(committed === charModelJson(model), 'char-model.json is stale: npm run build:char-model').toBe(true);
  });

  it('counts what it is given: a new text moves the counts', () => {
    const texts = charModelSourceTexts(REPO_ROOT);
    const more = buildCharModel([...texts, '鼹鼹鼹鼹']).model;
    expect(more.sourceChars).toBe(model.sourceChars + 4);
    expect(charModelJson(more)).not.toBe(charModelJson(model));
  });
});
