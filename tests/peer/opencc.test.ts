/**
 * OpenCC's own test cases and golden files through Qingdu's engine. opencc-js's Converter is the reference for
 * what must pass: every assertion it passes, Qingdu passes too (computed here, not listed by hand).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import type { ConfigName } from '../../src/convert/configs';
import { convertText } from '../../src/convert/index';
import { loadConfigConverter } from '../../src/convert/opencc';
import type { ScriptTarget } from '../../src/convert/targets';

const DIR = join(import.meta.dirname, 'opencc');

/** testcases.json has trailing commas; drop them outside strings. */
function parseLenientJson(text: string): unknown {
  return JSON.parse(text.replace(/("(?:[^"\\]|\\.)*")|,(\s*[}\]])/g, (_, str: string | undefined, close: string) => str ?? close));
}

interface Case {
  id: string;
  input: string;
  expected: Record<string, string>;
}

const cases = (parseLenientJson(readFileSync(join(DIR, 'testcases.json'), 'utf8')) as { cases: Case[] }).cases;

/** opencc-js locale names for an OpenCC configuration name. */
function openccJsLocales(config: string): { from: string; to: string } {
  const [from, to] = config.split('2') as [string, string];
  const locale = (name: string, other: string) => (name === 's' ? 'cn' : name === 'sp' ? (other === 'hk' ? 'hkp' : 'twp') : name);
  if (to === 'sp') return { from: from === 'hk' ? 'hkp' : 'twp', to: 'cn' };
  return { from: locale(from, to), to: locale(to, from) };
}

/** Configurations a reader can pick, as Qingdu's public API spells them. */
const PUBLIC: Partial<Record<string, { from: ScriptTarget; to: ScriptTarget }>> = {
  s2t: { from: 'hans', to: 'hant' },
  s2tw: { from: 'hans', to: 'tw' },
  s2twp: { from: 'hans', to: 'twp' },
  s2hk: { from: 'hans', to: 'hk' },
  t2s: { from: 'hant', to: 'hans' },
  tw2s: { from: 'tw', to: 'hans' },
  tw2sp: { from: 'twp', to: 'hans' },
  hk2s: { from: 'hk', to: 'hans' },
  t2tw: { from: 'hant', to: 'tw' },
  t2hk: { from: 'hant', to: 'hk' },
  tw2t: { from: 'tw', to: 'hant' },
  hk2t: { from: 'hk', to: 'hant' },
};

const assertions = cases.flatMap((c) => Object.entries(c.expected).map(([config, expected]) => ({ id: c.id, input: c.input, config, expected })));
const openccJs = new Map<string, (text: string) => string>();
function openccJsConverter(config: string): (text: string) => string {
  let converter = openccJs.get(config);
  if (!converter) openccJs.set(config, (converter = OpenCC.Converter(openccJsLocales(config))));
  return converter;
}
const reference = assertions.filter((a) => openccJsConverter(a.config)(a.input) === a.expected);

describe('OpenCC test cases', () => {
  it('holds the upstream suite, and opencc-js passes nearly all of it', () => {
    expect(assertions.length).toBe(543);
    expect(reference.length).toBeGreaterThanOrEqual(540);
  });

  it.each(reference.map((a) => [`${a.id} ${a.config}`, a] as const))('%s', async (_, a) => {
    const convert = await loadConfigConverter(a.config as ConfigName);
    expect(convert([a.input]).join('')).toBe(a.expected);
    const pub = PUBLIC[a.config];
    if (pub) expect(await convertText(a.input, pub.to, pub.from)).toBe(a.expected);
  });

  it('keeps phrases whole when the text arrives in pieces, and splits the result at the same places', async () => {
    for (const a of reference) {
      const convert = await loadConfigConverter(a.config as ConfigName);
      const chars = [...a.input];
      const cut = Math.floor(chars.length / 2);
      const pieces = [chars.slice(0, cut).join(''), chars.slice(cut).join('')];
      const out = convert(pieces);
      expect(out).toHaveLength(2);
      expect(out.join(''), `${a.id} ${a.config}`).toBe(a.expected);
    }
  });
});

describe('OpenCC golden files', () => {
  const source = readFileSync(join(DIR, 'golden/us_constitution_zhs.txt'), 'utf8');
  const goldens = readdirSync(join(DIR, 'golden')).filter((f) => /\.s2\w+\.txt$/.test(f));

  it.each(goldens)('%s is reproduced byte for byte', async (file) => {
    const config = file.split('.')[1] as ConfigName;
    const expected = readFileSync(join(DIR, 'golden', file));
    const convert = await loadConfigConverter(config);
    expect(Buffer.from(convert([source])[0]!, 'utf8').equals(expected)).toBe(true);
  });
});
