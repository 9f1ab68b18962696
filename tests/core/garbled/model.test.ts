import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { charCost, knownPair, plausibility } from '../../../src/core/garbled/model';
import { REPO_ROOT } from '../../paths';

const root = REPO_ROOT;

describe('character model', () => {
  it('is small enough to ship and says what it was built from', () => {
    const file = join(root, 'src/core/garbled/char-model.json');
    expect(statSync(file).size).toBeLessThanOrEqual(100 * 1024);
    const model = JSON.parse(readFileSync(file, 'utf8')) as { sourceChars: number; distinctChars: number };
    expect(model.sourceChars).toBeGreaterThan(250_000);
    expect(model.distinctChars).toBeGreaterThan(4000);
  });

  it('scores both scripts alike', () => {
    expect(Math.abs(plausibility('经济社会发展的影响') - plausibility('經濟社會發展的影響'))).toBeLessThan(1);
  });

  it('tells prose from a one-byte-off reading of it', () => {
    expect(plausibility('一起深入梳理工作中存在的困難')).toBeGreaterThan(-12);
    expect(plausibility('匾黄鹕钊胧崂砉ぷ髦写嬖诘睦щy')).toBeLessThan(-16);
  });

  it('costs junk more than any character it has seen', () => {
    expect(charCost('\uE0DE')).toBeGreaterThan(charCost('鹕'));
    expect(charCost('ぷ')).toBeGreaterThan(charCost('的'));
    expect(charCost(' ')).toBe(0);
  });

  it('tells a GBK page read as GBK from the same bytes read as Big5', () => {
    const bytes = readFileSync(join(root, 'tests/corpus/ia-05e98007/page.html'));
    const text = (label: string) => new TextDecoder(label).decode(bytes).replace(/<[^>]*>/g, '');
    expect(plausibility(text('gbk'))).toBeGreaterThan(plausibility(text('big5')) + 4);
  });

  it('scores nothing as minus infinity', () => {
    expect(plausibility(' \n')).toBe(-Infinity);
  });
});

describe('known pairs', () => {
  const model = JSON.parse(readFileSync(join(root, 'src/core/garbled/char-model.json'), 'utf8')) as {
    bigrams: string;
    fold: string;
  };

  it('knows every pair the model lists in folded characters, and in the other script too', () => {
    const pairs = [...model.bigrams];
    const traditional = new Map<string, string>();
    const folding = [...model.fold];
    const folded = new Set<string>();
    for (let i = 0; i + 1 < folding.length; i += 2) {
      traditional.set(folding[i + 1]!, folding[i]!);
      folded.add(folding[i]!);
    }
    let both = 0;
    for (let i = 0; i + 1 < pairs.length; i += 2) {
      const [a, b] = [pairs[i]!, pairs[i + 1]!];
      if (folded.has(a) || folded.has(b)) continue;
      expect(knownPair(a, b)).toBe(true);
      if (traditional.has(a) && traditional.has(b)) {
        both++;
        expect(knownPair(traditional.get(a)!, traditional.get(b)!)).toBe(true);
      }
    }
    expect(both).toBeGreaterThan(100);
  });

  it('knows no pair the model does not list, in either script', () => {
    const listed = new Set<string>();
    const pairs = [...model.bigrams];
    for (let i = 0; i + 1 < pairs.length; i += 2) listed.add(pairs[i]! + pairs[i + 1]!);
    const folding = [...model.fold];
    const simplified = new Map<string, string>();
    for (let i = 0; i + 1 < folding.length; i += 2) simplified.set(folding[i]!, folding[i + 1]!);
    const fold = (char: string) => simplified.get(char) ?? char;
    const chars = [...'的是在经經济濟发發展了人国國😀'];
    let unknown = 0;
    for (const a of chars) {
      for (const b of chars) {
        if (listed.has(fold(a) + fold(b))) continue;
        unknown++;
        expect(knownPair(a, b)).toBe(false);
      }
    }
    expect(unknown).toBeGreaterThan(100);
    expect(knownPair('', '的')).toBe(false);
  });
});
