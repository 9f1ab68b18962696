import { describe, expect, it } from 'vitest';
import { speaksPartyRegister } from '../../../src/core/slogans/register';
import { sourcesOf } from './sources';

describe('speaksPartyRegister', () => {
  const marked = '各级党委和政府要坚决贯彻落实党中央决策部署。';

  it('hears the register in a short piece with a few markers', () => {
    expect(speaksPartyRegister(sourcesOf([marked]))).toBe(true);
  });

  it('needs three markers', () => {
    expect(speaksPartyRegister(sourcesOf(['各级党委和政府要认真落实。']))).toBe(false);
  });

  it('does not hear it in a long essay that uses the markers once', () => {
    expect(speaksPartyRegister(sourcesOf([marked, '天气很好。'.repeat(1000)]))).toBe(false);
  });
});
