import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../paths';
import { buildNeutralPairs, NEUTRAL_TABLE_PATH, neutralTableJson } from './neutral-table';

describe('the neutral view’s character table', () => {
  it('is what the build makes from the OpenCC dictionaries', () => {
    expect(readFileSync(join(REPO_ROOT, NEUTRAL_TABLE_PATH), 'utf8')).toBe(neutralTableJson());
  });

  it('pairs single characters, traditional and variant forms to simplified', () => {
    const pairs = buildNeutralPairs();
    expect(pairs.length % 2).toBe(0);
    const map = new Map<string, string>();
    for (let i = 0; i < pairs.length; i += 2) map.set(pairs[i]!, pairs[i + 1]!);
    expect(map.get('編')).toBe('编');
    expect(map.get('為')).toBe('为');
    expect(map.get('裡')).toBe('里');
    expect(map.size).toBeGreaterThan(2500);
  });
});
