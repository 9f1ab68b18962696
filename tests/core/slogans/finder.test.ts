import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import type { Script, Slogan } from '../../../src/core/article';
import { findSlogans, sloganKey } from '../../../src/core/slogans';
import { findSlogansWith } from '../../../src/core/slogans/finder';
import { seedArticle } from './helpers';

/** A sentence in party-media register, so structural finds are switched on. */
const REGISTER = '各级党委和政府要坚决贯彻落实党中央决策部署。';

function find(paragraphs: string[], title: string | null = null, lexicon = false, script: Script = 'hans'): Slogan[] {
  const input = { title, paragraphs: [REGISTER, ...paragraphs].map((text) => ({ text })), script };
  return lexicon ? findSlogans(input) : findSlogansWith(input, []);
}

const texts = (slogans: Slogan[]) => slogans.map((s) => s.text);

describe('quoted formulations', () => {
  it('reports a quoted set phrase, without its quotes, and counts it unquoted too', () => {
    const slogans = find(['要坚持“外防输入、内防反弹”总策略不动摇。', '只有坚持外防输入、内防反弹，才能守住成果。']);
    const slogan = slogans.find((s) => s.text === '外防输入、内防反弹');
    expect(slogan).toMatchObject({ kind: 'quoted', count: 2, first: { paragraph: 1, offset: 4 } });
  });

  it('does not take a quoted sentence of speech for a slogan', () => {
    const slogans = find(['“喇叭喊得再响，群众还上街扎堆，一样没用。”他强调，要坚决反对形式主义。']);
    expect(texts(slogans).join()).not.toContain('喇叭');
  });

  it('ranks a marked metaphor below a named formulation, even one the page repeats more often', () => {
    const slogans = find([
      '为人民健康铸造坚实的“隔离墙”。',
      '坚决落实“疫情要防住、经济要稳住、发展要安全”重要要求。',
      '筑起“铜墙铁壁”。',
      '把社区建成“铜墙铁壁”。',
      '“铜墙铁壁”靠群众。',
      '群众就是“铜墙铁壁”。',
    ]);
    const ranks = texts(slogans);
    expect(ranks.indexOf('疫情要防住、经济要稳住、发展要安全')).toBe(0);
    expect(slogans.find((s) => s.text === '铜墙铁壁')).toMatchObject({ kind: 'quoted', count: 4 });
    expect(ranks.indexOf('铜墙铁壁')).toBeGreaterThan(ranks.indexOf('疫情要防住、经济要稳住、发展要安全'));
    // A three-character metaphor marked once is too weak to show at all.
    expect(ranks).not.toContain('隔离墙');
  });

  it('reads 「」 quotes on traditional pages', () => {
    const slogans = find(['各地要堅持「動態清零」總方針不動搖。'], null, false, 'hant');
    expect(slogans[0]).toMatchObject({ text: '動態清零', kind: 'quoted' });
  });

  it('ignores quoted furniture', () => {
    expect(texts(find(['凡注明“来源:本网”的作品，版权均属于本网。']))).toEqual([]);
  });
});

describe('numbered formulations', () => {
  it('classifies quoted numeral formulations', () => {
    const slogans = find([
      '要增强“四个意识”、坚定“四个自信”、做到“两个维护”。',
      '做好“六稳”“六保”工作，学会“十个指头弹钢琴”。',
    ]);
    for (const text of ['四个意识', '四个自信', '两个维护', '六稳', '六保', '十个指头弹钢琴']) {
      expect(slogans.find((s) => s.text === text)?.kind, text).toBe('numbered');
    }
  });

  it('finds an unquoted N+X+N+Y formulation the piece repeats, but not counts of things', () => {
    const slogans = find(['深入开展三严三实专题教育，用了三个月时间。', '把三严三实落到实处，再用三个月巩固。']);
    expect(slogans.find((s) => s.text === '三严三实')).toMatchObject({ kind: 'numbered', count: 2 });
    expect(texts(slogans).join()).not.toContain('三个月');
  });
});

describe('parallel chains', () => {
  it('trims a 、 chain to its equal-length items', () => {
    const slogans = find(['形成了联防联控、群防群控、依法防控、科学防控的防控格局。']);
    expect(slogans[0]).toMatchObject({
      text: '联防联控、群防群控、依法防控、科学防控',
      kind: 'parallel',
      first: { paragraph: 1, offset: 3 },
    });
  });

  it('keeps a two-item chain only when the items share a template', () => {
    const slogans = find(['及时采取行动，做到守土有责、守土尽责。', '会议邀请了北京大学、南开大学的学者。']);
    expect(texts(slogans)).toContain('守土有责、守土尽责');
    expect(texts(slogans).join()).not.toContain('北京大学');
  });

  it('keeps a last item that runs on into a shared object, but not one cut inside a word', () => {
    const slogans = texts(
      find(['为各级党委全面动员、全面部署、全面加强疫情防控工作指明了方向。', '政协组织、政协各参加单位要积极履职。']),
    );
    expect(slogans).toContain('全面动员、全面部署、全面加强');
    expect(slogans.join()).not.toContain('政协各参');
  });

  it('pairs comma-joined clauses in rhythm', () => {
    expect(texts(find(['疫情就是命令，防控就是责任。']))).toContain('疫情就是命令，防控就是责任');
  });
});

describe('repeated campaign phrase', () => {
  const body = [
    '打赢疫情防控阻击战，必须紧紧依靠人民群众。',
    '打赢疫情防控阻击战，必须充分发动群众。',
    '每个人都是战士，坚决夺取疫情防控阻击战的胜利。',
  ];

  it('finds the phrase the title and body share', () => {
    const slogans = find(body, '依靠群众打赢疫情防控阻击战');
    expect(slogans[0]).toMatchObject({
      text: '打赢疫情防控阻击战',
      kind: 'repeated',
      count: 3,
      first: { paragraph: 1, offset: 0 },
    });
  });

  it('merges a lexicon formulation into the longer phrase that holds it, keeping its gloss', () => {
    const slogans = find(body, '依靠群众打赢疫情防控阻击战', true);
    const top = slogans[0]!;
    expect(top.text).toBe('打赢疫情防控阻击战');
    expect(top.gloss?.zh).toContain('2020');
    expect(texts(slogans)).not.toContain('疫情防控阻击战');
  });

  it('keeps a lexicon formulation that a headline repeated in the text holds, the headline not being one', () => {
    const slogans = find(
      [
        '会议指出，全市坚持稳中求进工作总基调，推动高质量发展取得新成效。',
        '会议强调，要把推动高质量发展作为首要任务，扎实推进共同富裕。',
      ],
      '推动高质量发展取得新成效',
      true,
    );
    expect(slogans[0]).toMatchObject({ text: '高质量发展', kind: 'lexicon', count: 3 });
    expect(texts(slogans)).not.toContain('推动高质量发展取得新成效');
  });

  it('does not report who spoke, however often', () => {
    const slogans = find(
      ['李乐成强调，要加强监督。', '李乐成强调，要抓好落实。', '李乐成强调，要做好宣传。'],
      '李乐成强调：凝聚精气神',
    );
    expect(texts(slogans).join()).not.toContain('李乐成');
  });
});

describe('lexicon', () => {
  it('glosses well-known formulations, written with any separator', () => {
    const slogans = find(['坚持人民至上生命至上，坚持动态清零。'], null, true);
    expect(slogans.find((s) => s.text === '人民至上生命至上')?.gloss?.en).toMatch(/2020/);
    expect(slogans.find((s) => s.text === '动态清零')).toMatchObject({ kind: 'lexicon', count: 1 });
  });
});

describe('lexicon forms', () => {
  it('counts every form of a formulation as one, remembered as the lexicon writes it', () => {
    const slogans = find(['开创了中国式现代化新道路。', '以中国式现代化全面推进中华民族伟大复兴。'], null, true);
    const modernisation = slogans.filter((s) => s.key.startsWith('中国式现代化'));
    expect(modernisation).toHaveLength(1);
    expect(modernisation[0]).toMatchObject({ key: '中国式现代化', count: 2, text: '中国式现代化新道路' });
  });
});

describe('register', () => {
  it('reports only lexicon matches on a page outside the party-media register', () => {
    const input = {
      title: '民间资本路在何方',
      paragraphs: [
        '“政府主导，市场运作”的模式由来已久。',
        '中国银行、工商银行、建设银行纷纷跟进。',
        '一带一路沿线的投资机会引人注目。',
      ].map((text) => ({ text })),
      script: 'hans' as const,
    };
    expect(findSlogans(input).map((s) => s.kind)).toEqual(['lexicon']);
  });

  it('returns nothing for an empty article', () => {
    expect(findSlogans({ title: null, paragraphs: [], script: 'hans' })).toEqual([]);
  });
});

describe('scripts', () => {
  it('finds the same slogans on a traditional rendering, shown in traditional', () => {
    const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });
    const simplified = seedArticle('004_7fc5e4630ff442c7');
    const traditional = {
      title: simplified.title && toTraditional(simplified.title),
      paragraphs: simplified.paragraphs.map((p) => ({ text: toTraditional(p.text) })),
      script: 'hant' as const,
    };
    const a = findSlogans(simplified);
    const b = findSlogans(traditional);
    expect(b.map((s) => sloganKey(s.text))).toEqual(a.map((s) => sloganKey(s.text)));
    expect(b.map((s) => [s.count, s.kind, s.first])).toEqual(a.map((s) => [s.count, s.kind, s.first]));
    expect(b.filter((s) => s.first).length).toBeGreaterThan(3);
    for (const slogan of b.filter((s) => s.first)) {
      const { paragraph, offset } = slogan.first!;
      expect(traditional.paragraphs[paragraph]!.text.slice(offset, offset + slogan.text.length)).toBe(slogan.text);
    }
    expect(b.some((s) => s.text === '動態清零')).toBe(true);
  });
});
