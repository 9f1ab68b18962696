import { describe, expect, it } from 'vitest';
import { isPlace, isProvince } from '../../../src/core/text/places';

describe('places', () => {
  it('knows a province or a city by its short or formal name', () => {
    for (const place of ['安徽', '安徽省', '宁夏回族自治区', '北京市', '温州', '温州市', '桂林', '台南市'])
      expect(isPlace(place), place).toBe(true);
    expect(isProvince('温州')).toBe(false);
  });

  it('knows no other word for one', () => {
    for (const word of ['扬州新闻', '市政府', '市', '新区', '张三', '']) expect(isPlace(word), word).toBe(false);
  });
});
