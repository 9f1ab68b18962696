import { describe, expect, it } from 'vitest';
import { captionRule } from '../../../src/core/rules/caption';
import { input, marked, page } from './blocks';

describe('caption rule', () => {
  it('marks figcaptions, caption-marked paragraphs and lines that open as captions', () => {
    const p = page([
      ['庭审现场', { tag: 'figcaption' }],
      ['阿尔及利亚拳手哈利夫', { hints: ['article', 'pictext'] }],
      '资料图：伦敦奥运会女子800米决赛。',
      '▲跨性別男「尼莫」（中）提告爭取性別登記變更為男性。（圖／台灣伴侶權益推動聯盟提供）',
      '当地时间8月1日，巴黎奥运会拳击女子66公斤级16强赛结束。',
    ]);
    expect(marked(captionRule.apply(input(p)), 'caption')).toEqual([0, 1, 2, 3]);
  });

  it('reads a caption word only where it ends the class name', () => {
    const p = page([
      ['图为展览现场', { hints: ['wp-caption-text'] }],
      ['右侧图片说明', { hints: ['caption_right'] }],
      ['立法院第11屆第2會期第1次會議通過。', { hints: ['content', 'page-caption-p'] }],
      ['字幕设置', { hints: ['vjs-caption-settings'] }],
    ]);
    expect(marked(captionRule.apply(input(p)), 'caption')).toEqual([0, 1]);
  });

  it('reads a caption that places its picture among others', () => {
    const p = page([
      '左上图：阿尔及利亚选手哈利夫（左）与意大利选手卡里尼1日展开对决。\\美联社；右下图：卡里尼弃赛后跪地哭泣。\\法新社',
      '上图：会议现场。',
      '[图片说明1：漫画/冷洁]',
      '下图为会议现场，记者看到许多代表在认真记录。',
      '左右两侧的代表认真聆听报告。',
    ]);
    expect(marked(captionRule.apply(input(p)), 'caption')).toEqual([0, 1, 2]);
  });

  it('reads a line holding a picture and naming who provided it as the picture’s caption', () => {
    const picture = { images: [{ src: '/a.jpg', alt: '' }] };
    const p = page([
      ['门诊由内分泌遗传代谢科发起，由心理科等共同参与。 复旦大学附属儿科医院供图', picture],
      ['拿出10万元来做房产投资，为今后养老留条后路 蔡雪婧/摄', picture],
      '顶端新闻·河南商报记者马俊峰/文受访者供图',
    ]);
    expect(marked(captionRule.apply(input(p)), 'caption')).toEqual([0, 1]);
  });

  it('takes a credit for the pictures and the text for no caption', () => {
    const p = page(['图/文 张三', '图：新华社记者 李四 摄', '图/新华社', '图 | 网络', '图片丨受访者供图']);
    expect(marked(captionRule.apply(input(p)), 'caption')).toEqual([1, 2, 3, 4]);
  });

  it('leaves a long paragraph under a caption-like mark alone', () => {
    const long = '当地时间8月1日，'.repeat(30);
    expect(marked(captionRule.apply(input(page([[long, { tag: 'figcaption' }]]))), 'caption')).toEqual([]);
  });
});
