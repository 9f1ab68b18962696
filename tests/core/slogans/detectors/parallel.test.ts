import { describe, expect, it } from 'vitest';
import { parallelCandidates } from '../../../../src/core/slogans/detectors/parallel';
import { sourcesOf } from '../sources';

const found = (...paragraphs: string[]) => parallelCandidates(sourcesOf(paragraphs)).map(({ key }) => key);

describe('parallel candidates', () => {
  it('trims a 、 chain to its equal-length items and pairs comma-joined clauses in rhythm', () => {
    expect(found('形成了联防联控、群防群控、依法防控、科学防控的防控格局。', '疫情就是命令，防控就是责任。')).toEqual([
      '联防联控、群防群控、依法防控、科学防控',
      '疫情就是命令，防控就是责任',
    ]);
  });

  it('scores a chain higher the more its items share a template', () => {
    const score = (text: string) => parallelCandidates(sourcesOf([text]))[0]!.score;
    expect(score('坚持依法防控、科学防控、联合防控。')).toBeGreaterThan(score('坚持科学防控、精准施策、依法治理。'));
  });

  it('proposes no list of names and no item cut inside a word', () => {
    expect(found('会议邀请了北京大学、南开大学的学者。', '政协组织、政协各参加单位要积极履职。')).toEqual([]);
  });

  it('proposes no enumeration of offices, places or measures, no piece of speech and no one-item chain', () => {
    expect(
      found(
        '有关部门、有关地方、有关企业要加强协调。',
        '加大投入力度、攻坚力度、实施力度。',
        '联合属地社区、公安机关、医疗机构开展排查。',
        '关心住得好不好、收入怎么样、看病和孩子。',
        '严禁引导、鼓励粉丝以购物、充会员等手段投票。',
        '请黄某某、周某某到场。',
      ),
    ).toEqual([]);
  });

  it('pairs two items only when they share more than their opening words', () => {
    expect(found('不要民主，不要法治。', '一切更加高大、更加壮丽。')).toEqual([]);
    expect(found('做到守土有责、守土尽责。')).toEqual(['守土有责、守土尽责']);
  });
});
