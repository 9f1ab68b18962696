import { describe, expect, it } from 'vitest';
import { creditedNames, personNames } from '../../../src/core/text/names';
import { neutral } from '../../../src/core/text/neutral';

describe('personNames', () => {
  it.each([
    ['本报记者 王乐文 方 敏', '王乐文、方敏'],
    ['记者 林琳 通讯员 王蕴', '林琳'],
    ['本报记者 林琳 本报通讯员 王蕴', '林琳'],
    ['张三来源', '张三'],
    ['張三責任', '張三'],
    ['李娜/报道 赵毅亮/摄', '李娜'],
    ['文/视频 全媒体记者 李琪 通讯员 张爱迪', '李琪'],
    ['记者许仁昌 实习生周沙雷', '许仁昌、周沙雷'],
    ['本报记者 张三 实习记者 李四', '张三、李四'],
    ['新华社 特约记者 张三', '张三'],
    ['黄忆南 PN269', '黄忆南'],
    ['赵 培：北京物资学院，北京', '赵培'],
    ['张三，系中国人民大学教授', '张三'],
    ['张三，中国人民大学教授', '张三'],
    ['张三，李四，中国社会科学院研究员', '张三、李四'],
    ['张三，李四', '张三、李四'],
    ['张三、李四，现为中国人民大学教授', '张三、李四'],
    ['總台記者 張倩', '張倩'],
    ['張文', '張文'],
    ['文静', '文静'],
    ['Joel Spolsky', 'Joel Spolsky'],
    ['Alice', 'Alice'],
    ['Li Na', 'Li Na'],
    ['诸葛之伊、叶双莲', '诸葛之伊、叶双莲'],
    ['范姜佳鈺', '范姜佳鈺'],
    ['欧阳 娜娜', '欧阳娜娜'],
    ['张三 北京大学教授', '张三'],
    ['北京大学 张三 李四', '张三、李四'],
    ['张三 李四 中国社会科学院', '张三、李四'],
    ['记者 司马 光 王乐文', '司马光、王乐文'],
    ['陶梦 观察者网、观察者网 陶梦', '陶梦'],
    ['财新 张三', '张三'],
    ['张三 南方周末实习生 李四', '张三、李四'],
    ['南都 李四', '李四'],
    ['张三（北京大学教授）、李四（清华大学教授）', '张三、李四'],
    ['中共中央党校（国家行政学院）教授 张三', '张三'],
    ['特约评论员 张三', '张三'],
    ['人民日报评论员 张三', '张三'],
  ])('a labelled credit %s names %s', (credit, names) => {
    expect(personNames(credit, { labelled: true })).toBe(names);
  });

  it.each([
    ['https://www.facebook.com/cnanewstaiwan'],
    ['105464'],
    ['L061'],
    ['上一篇'],
    ['网站地图'],
    ['联系我们'],
    ['javascript'],
    ['综合报道'],
    ['Discuz! Team and Comsenz UI Team'],
    ['人民网'],
    ['暂无'],
    ['无名氏'],
    ['那么'],
    ['您好'],
    ['手记'],
    ['本报记者 调查组'],
    ['报道团队'],
    ['本报记者'],
    ['本报评论部'],
    ['理论部'],
    ['网评员'],
    ['值班编辑'],
    ['网站编辑部'],
    ['办公室'],
    ['宣传处'],
    ['宣传科'],
    ['司仪'],
    ['安徽省'],
    ['宁夏回族自治区'],
    ['武汉站'],
    ['简体'],
    ['主持人'],
    ['中国'],
    ['北京'],
    ['读者'],
    ['时政'],
    ['特稿'],
  ])('%s is no name', (credit) => {
    expect(personNames(credit, { labelled: true })).toBeNull();
  });

  it('ends the names at a widget’s words, and asks a family name of the names after the first', () => {
    expect(personNames('张三 打印本页', { labelled: true })).toBe('张三');
    expect(personNames('张三 阅读量 100', { labelled: true })).toBe('张三');
    expect(personNames('張三 +關注', { labelled: true })).toBe('張三');
    expect(personNames('張三 列印本頁', { labelled: true })).toBe('張三');
    expect(personNames('打印本页', { labelled: true })).toBeNull();
    expect(personNames('张三 朱应适含', { labelled: true })).toBe('张三、朱应适含');
    expect(personNames('张三 热门文章', { labelled: true })).toBe('张三');
    expect(personNames('张三 疫情防控', { labelled: true })).toBeNull();
    expect(personNames('天骊', { labelled: true })).toBe('天骊');
    // A pen name may be a word (`钟声`, `宣言`), where a column's, a place's or an institution's name is none.
    for (const penName of ['钟声', '宣言', '任仲平']) expect(personNames(penName, { labelled: true })).toBe(penName);
  });

  it('asks more of a name no label vouches for', () => {
    expect(personNames('zboygirl', { labelled: true })).toBe('zboygirl');
    // The widgets that sign their boxes `by …` (`Recommended by Taboola`) are nobody.
    for (const widget of ['Taboola', 'Outbrain', 'Disqus']) expect(personNames(widget, { labelled: true })).toBeNull();
    expect(personNames('zboygirl', { labelled: false })).toBeNull();
    // A romanised word alone reads as a name at three letters (`Alice`); `Aa` is a handle only a label vouches for.
    expect(personNames('Alice', { labelled: false })).toBe('Alice');
    expect(personNames('Aa', { labelled: false })).toBeNull();
    expect(personNames('Aa', { labelled: true })).toBe('Aa');
    expect(personNames('天骊', { labelled: false })).toBeNull();
    expect(personNames('参与互动', { labelled: false })).toBeNull();
    expect(personNames('武漢肺炎', { labelled: false, declared: true })).toBeNull();
    expect(personNames('魑皇', { labelled: false, declared: true })).toBe('魑皇');
    // A city's name alone is a place; under a label it may be a person's (`吴忠` is both).
    for (const city of ['黄石', '桂林', '温州', '吴忠']) expect(personNames(city, { labelled: false })).toBeNull();
    expect(personNames('吴忠', { labelled: true })).toBe('吴忠');
  });

  it('takes no section name for a name, and no common word for one no label vouches for', () => {
    for (const column of ['时政', '焦点', '簡訊', '文化', '房產', '简评', '党史']) {
      expect(personNames(column, { labelled: false })).toBeNull();
      expect(personNames(column, { labelled: true })).toBeNull();
    }
    expect(personNames('毛泽东', { labelled: false })).toBeNull();
    expect(personNames('毛泽东', { labelled: true })).toBe('毛泽东');
    for (const name of ['胡平', '王鹏', '赵延东', '宋方灿']) expect(personNames(name, { labelled: false })).toBe(name);
  });

  it('takes no word the dictionary knows for a name no label vouches for, where the family name opens the word', () => {
    // Nouns, places and labels whose first character is a family name: ICU's dictionary reads them as words.
    for (const word of ['熊猫', '黄河', '江南', '高铁', '帥哥', '黄金周', '全国版', '許願塔']) {
      expect(personNames(word, { labelled: false })).toBeNull();
      expect(personNames(`${word}、王鹏`, { labelled: false })).toBeNull();
    }
    // Names part after their family name, a double one included; under a label a word may be a pen name.
    for (const name of ['王乐文', '马丹阳', '許文杰', '欧阳娜娜', '范姜佳鈺', '胡平、王鹏'])
      expect(personNames(name, { labelled: false })).toBe(name);
    expect(personNames('熊猫', { labelled: true })).toBe('熊猫');
    // A label in a block of its own before it says a name follows: a name that is also a word stands there.
    expect(personNames('白雪', { labelled: false })).toBeNull();
    expect(personNames('白雪', { labelled: false, besideLabel: true })).toBe('白雪');
  });

  it("leaves out the site's own name and the page's tags", () => {
    expect(personNames('新华网', { labelled: true, notNames: new Set(['新华网']) })).toBeNull();
    expect(personNames('李明', { labelled: true, notNames: new Set(['李明']) })).toBeNull();
  });
});

describe('creditedNames', () => {
  it('finds where the names of a credit are', () => {
    const view = neutral('（文/视频 全媒体記者 李琪 通訊員 張愛迪）').slice(1, -1);
    const { start, end } = creditedNames(view);
    expect(view.slice(start, end)).toBe('李琪');
  });
});
