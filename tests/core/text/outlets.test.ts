import { describe, expect, it } from 'vitest';
import { isPlatform, looksLikeOutlet, namesOutletUnlabelled, outletOf } from '../../../src/core/text/outlets';

describe('outletOf', () => {
  it.each([
    ['中国新闻网 参与互动', '中国新闻网'],
    ['中国新闻网参与互动', '中国新闻网'],
    ['澎湃新闻网中国青年网', '澎湃新闻网'],
    ['中国新闻网王帆', '中国新闻网'],
    ['人民网上一篇', '人民网'],
    ['人民网本报讯', '人民网'],
    ['人民网責任', '人民网'],
    ['人民网K5', '人民网'],
    ['人民网关闭窗口本报讯', '人民网'],
    ['人民日报（海外版）', '人民日报（海外版）'],
    ['人民网坚持以人民为中心的发展思想，推动高质量发展', '人民网'],
    ['人民网据新华社北京2月1日电', '人民网'],
    ['1905电影网分享到', '1905电影网'],
    ['东南网相关阅读', '东南网'],
    ['青田侨报热门推荐', '青田侨报'],
    ['▶人民日报', '人民日报'],
    ['青田侨报✨', '青田侨报'],
    ['人民网飯জ𖠬ǭ┼', '人民网'],
    ['朝日新聞デジタル', '朝日新聞デジタル'],
    ['网易商业报道', '网易商业报道'],
    ['河南日报客户端', '河南日报客户端'],
    ['玉林新闻网-玉林晚报', '玉林新闻网-玉林晚报'],
    ['《光明日报》', '光明日报'],
    ['【新华社】', '新华社'],
    ['（新华社）', '新华社'],
    ['［人民网］', '人民网'],
    ['新華社：', '新華社'],
    ['中央社列印', '中央社'],
    ['聯合新聞網', '聯合新聞網'],
    ['架构师之路', '架构师之路'],
    ['微信公众号“成都发布', '成都发布'],
    ['微信公众号 “成都发布”', '成都发布'],
    ['成都发布”微信公众号', '成都发布'],
    ['“學習強國”客户端', '學習強國'],
    ['据新华社', '新华社'],
    ['“学习强国”学习平台', '“学习强国”学习平台'],
    ['“成都发布”微信公众号', '成都发布'],
    ['摘自《求是》', '求是'],
    ['综合自新华社', '新华社'],
    ['新华社、人民日报', '新华社、人民日报'],
    ['综合新华社，央视新闻', '新华社、央视新闻'],
    ['中央社、路透社', '中央社、路透社'],
    ['新华社、张三', '新华社'],
    ['人民日报、新华社等', '人民日报、新华社等'],
    ['新华社记者张三', '新华社'],
    ['综合办', '综合办'],
    ['市委宣传部', '市委宣传部'],
    ['新华社客户端', '新华社客户端'],
    ['上海发布', '上海发布'],
    ['北京日报', '北京日报'],
    ['中国新闻网', '中国新闻网'],
  ])('%s → %s', (value, outlet) => {
    expect(outletOf(value)).toBe(outlet);
  });

  it.each([
    ['0相关新闻'],
    ['青田侨报জ𖠬ǭ'],
    ['相关阅读'],
    ['转载文章'],
    ['互联网'],
    ['微信公众号'],
    ['自媒体'],
    ['本报讯'],
    ['https://www.example.com/'],
    ['他说这件事。'],
    ['12345'],
    ['本站原创'],
    ['暂无'],
    ['知情人士'],
    ['记者调查'],
    ['受访者供图'],
    ['央视新闻截图'],
    ['网络图片'],
    ['视觉中国'],
    ['CFP'],
    ['通讯员'],
    ['本报记者'],
    ['作者投稿'],
    ['读者来信'],
    ['本报评论部'],
    ['官网'],
    ['客户端'],
    ['新闻发布会'],
    ['时政'],
    ['国内新闻'],
    ['图片新闻'],
    ['新闻'],
    ['首页'],
    ['北京'],
    ['中国'],
    ['网络综合'],
    ['温州'],
    ['温州市'],
    ['北京市'],
    ['安徽省'],
    ['相关新闻'],
    ['分享到：相关新闻'],
    ['举报'],
  ])('%s is no outlet', (value) => {
    expect(outletOf(value)).toBeNull();
  });

  it('tells outlets and platforms by name or shape, in either script', () => {
    expect(looksLikeOutlet('巴彦淖尔日报')).toBe(true);
    expect(looksLikeOutlet('自由時報')).toBe(true);
    expect(looksLikeOutlet('王帆')).toBe(false);
    expect(isPlatform('今日頭條')).toBe(true);
    expect(isPlatform('新华社')).toBe(false);
  });

  it('takes a word beside a date for an outlet only when it has a name of its own', () => {
    for (const outlet of ['人民网', '扬州新闻', '上海发布', '北京市人民政府办公厅', '國際在線'])
      expect(namesOutletUnlabelled(outlet)).toBe(true);
    for (const word of ['新闻中心', '时政频道', '頭條', '发布', '观察', '字号', '视频号', '市政府'])
      expect(namesOutletUnlabelled(word)).toBe(false);
    // A column's ending after words that are no place, a column a magazine is named after, a share button, a link's dashes.
    for (const word of [
      '视觉新闻',
      '相关新闻',
      'TOP10新闻',
      '娱乐头条',
      '财经频道',
      '娛樂觀察',
      '党建',
      '微信',
      '---订阅电子杂志',
      '熱門快報',
      '新闻会客厅',
      '时代楷模发布厅',
    ])
      expect(namesOutletUnlabelled(word), word).toBe(false);
    for (const outlet of ['北京头条', '浙江之声', '温州市新闻', '央视新闻', '澎湃新闻', '学习强国', '湖北省教育厅'])
      expect(namesOutletUnlabelled(outlet), outlet).toBe(true);
  });
});
