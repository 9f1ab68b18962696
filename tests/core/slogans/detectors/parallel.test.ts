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
});
