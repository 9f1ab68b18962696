import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { charCost, plausibility } from '../../src/garbled/model';

const root = join(__dirname, '..', '..');

describe('character model', () => {
  it('is small enough to ship and says what it was built from', () => {
    const file = join(root, 'src/garbled/char-model.json');
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
