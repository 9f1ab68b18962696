/** Shared fixtures for the slogan tests: the seeds' clean articles and raw lines, and what must never be a slogan. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Script } from '../../../src/core/article';
import { detectScript } from '../../../src/core/script';
import type { SloganInput } from '../../../src/core/slogans';
import { CORPUS_DIR, SEEDS_DIR } from '../../paths';

export const seedDir = SEEDS_DIR;
export const corpusDir = CORPUS_DIR;

export const seedNames = readdirSync(seedDir)
  .filter((name) => name.endsWith('.txt'))
  .map((name) => name.replace(/\.txt$/, ''))
  .sort();

/** The clean article a seed should yield (title and paragraphs from its expected file). */
export function seedArticle(name: string): SloganInput {
  const expected = JSON.parse(readFileSync(join(seedDir, `${name}.expected.json`), 'utf8')) as {
    title: string | null;
    paragraphs: string[];
    script: Script;
  };
  return { title: expected.title, paragraphs: expected.paragraphs.map((text) => ({ text })), script: expected.script };
}

/** Every line of the seed page, furniture included, pinyin annotations like 責(zé) dropped. */
export function seedRawLines(name: string): SloganInput {
  const lines = readFileSync(join(seedDir, `${name}.txt`), 'utf8')
    .split('\n')
    .map((line) => line.trim().replace(/\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)/g, ''))
    .filter(Boolean);
  return {
    title: lines[0] ?? null,
    paragraphs: lines.slice(1).map((text) => ({ text })),
    script: detectScript(lines.join('')),
  };
}

export function expectedSlogans(name: string): string[] {
  return (JSON.parse(readFileSync(join(seedDir, `${name}.slogans.json`), 'utf8')) as { slogans: string[] }).slogans;
}

/** Page furniture seen on the seeds and corpus pages. */
export const BOILERPLATE = [
  '责任编辑',
  '責任編輯',
  '扫一扫',
  '来源',
  '來源',
  '版权',
  '版權',
  '编辑',
  '編輯',
  '主办单位',
  '客户端',
  '手机版',
  '微信',
  '微博',
  '下载',
  '阅读',
  'ICP',
  '免责',
];

/** Everyday words of these pages, never a formulation on their own. */
export const PLAIN = [
  '工作',
  '疫情',
  '防控',
  '疫情防控',
  '疫情防控工作',
  '人民群众',
  '党员干部',
  '人民',
  '群众',
  '习近平总书记',
  '经济社会发展',
  '党中央',
];
