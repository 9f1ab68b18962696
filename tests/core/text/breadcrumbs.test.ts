import { describe, expect, it } from 'vitest';
import { lastStep } from '../../../src/core/text/breadcrumbs';

describe('lastStep', () => {
  it('reads the last step of a breadcrumb of three steps or more', () => {
    expect(lastStep('您的位置:主页>艺术史研究>方法与规范>第一编古代')).toBe('第一编古代');
    expect(lastStep('首页 > 新闻中心 > 工作动态')).toBe('工作动态');
    expect(lastStep('首页 > 正文')).toBeNull();
    expect(lastStep('会议强调，要坚持人民至上')).toBeNull();
  });
});
