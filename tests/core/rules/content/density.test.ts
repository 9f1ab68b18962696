import { describe, expect, it } from 'vitest';
import { contentWeight, punctuationDensity, visibleLength } from '../../../../src/core/rules/content/density';

describe('content density measures', () => {
  it('counts visible characters and sentence punctuation', () => {
    expect(visibleLength(' 连日来， 习近平\u3000总书记 ')).toBe(10);
    expect(punctuationDensity('一二三，四五。')).toBeCloseTo(2 / 7);
    expect(punctuationDensity('首页')).toBe(0);
    expect(punctuationDensity('')).toBe(0);
  });

  it('weighs prose above labels, and link lists well below zero', () => {
    const prose = '在这场没有硝烟的战争中，人民群众是疫情防控的主体，也是防控疫情的最强大力量。';
    const label = '最新文章';
    const linkList = '湘菜粤菜 兵分两路 澳坛真的累了 长发剪了感觉很轻松';
    expect(contentWeight(prose, 0)).toBeGreaterThan(30);
    // An unlinked label (a table cell, a subheading) is nearly neutral; a linked one counts against.
    expect(Math.abs(contentWeight(label, 0))).toBeLessThan(5);
    expect(contentWeight(label, 1)).toBeLessThan(0);
    expect(contentWeight(linkList, 1)).toBeLessThan(-50);
    expect(contentWeight(prose, 0.5)).toBeLessThan(contentWeight(prose, 0));
    expect(contentWeight('', 0)).toBe(0);
  });
});
