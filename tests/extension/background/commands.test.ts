import { describe, expect, it } from 'vitest';
import { toggleRequest } from '../../../src/extension/background/commands';

describe('toggleRequest', () => {
  it('turns the reader view on, and off when it is on', () => {
    expect(toggleRequest('reader-view', { clean: 'off', convert: 'off' }, 'hans')).toEqual({
      type: 'qingdu:clean',
      mode: 'reader',
    });
    expect(toggleRequest('reader-view', { clean: 'inplace', convert: 'off' }, 'hans')).toEqual({
      type: 'qingdu:clean',
      mode: 'reader',
    });
    expect(toggleRequest('reader-view', { clean: 'reader', convert: 'tw' }, 'hans')).toEqual({
      type: 'qingdu:clean',
      mode: 'off',
    });
  });

  it('converts to the default target, and back when converted', () => {
    expect(toggleRequest('toggle-script', { clean: 'off', convert: 'off' }, 'tw')).toEqual({
      type: 'qingdu:convert',
      target: 'tw',
    });
    expect(toggleRequest('toggle-script', { clean: 'reader', convert: 'hk' }, 'tw')).toEqual({
      type: 'qingdu:convert',
      target: 'off',
    });
  });
});
