import { describe, expect, it } from 'vitest';
import {
  bracketedCredit,
  bracketedName,
  byPoster,
  closingCredit,
  closingPenName,
  dateline,
  flashCredit,
  namedReportLine,
  reporterInLine,
  reporterLine,
  reporterOutlet,
  repostOf,
  writerLine,
} from '../../../src/core/text/credits';
import { neutral } from '../../../src/core/text/neutral';

const at = (text: string, span: { start: number; end: number } | null | undefined) =>
  span ? text.slice(span.start, span.end) : null;

describe('credits', () => {
  it('reads a dispatch dateline: its agency and its reporters', () => {
    for (const [text, outlet, reporters] of [
      ['新华社北京9月2日电（记者白瀛、王鹏）国家广播电视总局办公厅近日发出通知', '新华社', '白瀛、王鹏'],
      ['中新网玉林5月25日电 (杨志雄 黎勇)广西玉林市玉州区一男子', '中新网', '杨志雄 黎勇'],
      ['（中央社記者吳欣紜台北18日電）近年跨性別議題討論度漸提升', '中央社', '吳欣紜'],
      ['据新华社拉萨电（记者 格桑边觉）记者近日从西藏自治区农业农村厅', '新华社', '格桑边觉'],
      ['本报讯（记者 张三 通讯员 李四）会议强调', null, '张三'],
      ['央广网北京3月4日消息（记者张三）据中国之声报道', '央广网', '张三'],
      ['央廣網北京3月4日訊息（記者張三）據中國之聲報道', '央廣網', '張三'],
      ['央视网消息（新闻联播）：会议强调', '央视网', null],
      ['央视网消息（记者 张三）：会议强调', '央视网', '张三'],
      ['光明网讯（记者 张三）会议强调', '光明网', '张三'],
      ['新华社华盛顿3月4日专电（记者张三）会议强调', '新华社', '张三'],
      ['（中央社記者張三華盛頓4日專電）會議強調', '中央社', '張三'],
      ['本报北京3月5日讯 记者张三报道：会议强调', null, '张三'],
      ['【新华社北京3月5日电】（记者张三）会议强调', '新华社', '张三'],
      ['【新华社北京3月5日电】会议强调', '新华社', null],
      ['【大公報訊】記者張三報道：行政會議今日通過', '大公報', '張三'],
      ['【明報專訊】（記者 張三）行政會議今日通過', '明報', '張三'],
      ['大公报讯 记者张三报道：会议强调', '大公报', '张三'],
      ['【本报讯】记者张三报道：会议强调', null, '张三'],
      ['〔駐日特派員張三／東京報導〕日本首相今天表示', null, '張三'],
    ] as const) {
      const view = neutral(text).replace(/^\(/, '');
      const line = text.slice(text.length - view.length);
      const found = dateline(view);
      expect(at(line, found?.outlet)).toBe(outlet);
      expect(at(line, found?.reporters)).toBe(reporters);
    }
    expect(dateline(neutral('他说9月2日电话里讲了这件事'))).toBeNull();
    expect(dateline(neutral('某某公司电（记者 张三）'))).toBeNull();
    expect(dateline(neutral('据路透社3月4日消息，会议在日内瓦举行'))).toBeNull();
    expect(dateline(neutral('小道消息：会议在日内瓦举行'))).toBeNull();
    expect(dateline(neutral('某某公司讯（记者 张三）'))).toBeNull();
    expect(dateline(neutral('某某公司讯 记者张三报道：会议强调'))).toBeNull();
    expect(dateline(neutral('【通知】会议强调'))).toBeNull();
    const flash = '【明報專訊】行政會議今日通過';
    expect(at(flash, dateline(neutral(flash))?.outlet)).toBe('明報');
    for (const [text, outlet] of [
      ['【on.cc東網專訊】行政會議今日通過', 'on.cc東網'],
      ['（星島日報報道）行政會議今日通過', '星島日報'],
    ] as const) {
      expect(at(text, dateline(neutral(text))?.outlet)).toBe(outlet);
    }
    expect(dateline(neutral('（综合报道）会议强调'))).toBeNull();
    expect(dateline(neutral('【本报讯】会议强调'))).toBeNull();
    for (const [text, outlet, reporters] of [
      ['【环球时报报道 记者 张三】会议强调', '环球时报', '张三'],
      ['【环球网报道 记者 张三 李四】会议强调', '环球网', '张三 李四'],
      ['【环球时报综合报道】会议强调', '环球时报', null],
    ] as const) {
      const found = dateline(neutral(text));
      expect(at(text, found?.outlet)).toBe(outlet);
      expect(at(text, found?.reporters)).toBe(reporters);
    }
    expect(dateline(neutral('【某某公司报道】会议强调'))).toBeNull();
    for (const [text, reporters] of [
      ['〔記者張三／台北報導〕行政院今天召開會議', '張三'],
      ['〔記者張三、李四／綜合報導〕行政院今天召開會議', '張三、李四'],
    ] as const) {
      const found = dateline(neutral(text));
      expect(found?.outlet).toBeNull();
      expect(at(text, found?.reporters)).toBe(reporters);
    }
    expect(dateline(neutral('〔記者張三〕行政院今天召開會議，台北報導'))).toBeNull();
    const bracketed = '（中央社記者吳欣紜台北18日電）';
    const found = dateline(neutral(bracketed));
    expect(at(bracketed, found?.outlet)).toBe('中央社');
    expect(at(bracketed, found?.reporters)).toBe('吳欣紜');
  });

  it('reads the known outlet that opens a reporter’s credit', () => {
    for (const [line, outlet] of [
      ['聯合報／記者王小明／台北即時報導', '聯合報'],
      ['東森新聞 記者王小明 報導', '東森新聞'],
      ['【聯合報／記者王小明／台北即時報導】', '聯合報'],
      ['〔聯合報／記者王小明／台北報導〕', '聯合報'],
      ['自由時報記者王小明／台北報導', '自由時報'],
      ['明報記者 王小明', '明報'],
      ['明報記者王小明', '明報'],
      ['人民日报记者张三报道', '人民日报'],
    ]) {
      expect(at(line!, reporterOutlet(neutral(line!)))).toBe(outlet);
    }
    expect(reporterOutlet(neutral('某某街道记者站 张三'))).toBeNull();
    expect(reporterOutlet(neutral('本报记者 张三'))).toBeNull();
    expect(reporterOutlet(neutral('新华社记者来到现场'))).toBeNull();
    expect(reporterOutlet(neutral('新华社记者 张三 摄'))).toBeNull();
    expect(reporterOutlet(neutral('新华社记者张三摄'))).toBeNull();
    expect(reporterOutlet(neutral('人民日报记者调查发现'))).toBeNull();
  });

  it('reads Taiwan bylines', () => {
    const reporter = '記者李柏澔／台北報導';
    expect(at(reporter, reporterInLine(neutral(reporter)))).toBe('李柏澔');
    const flash = '上報快訊／范姜佳鈺';
    const found = flashCredit(neutral(flash));
    expect(at(flash, found?.outlet)).toBe('上報');
    expect(at(flash, found?.author)).toBe('范姜佳鈺');
  });

  it('reads reporter lines, spaced names included', () => {
    for (const [line, names] of [
      ['□ 本报记者 赵 丽', '赵 丽'],
      ['新京报记者 彭冲 山东冠县报道', '彭冲'],
      ['本报记者罗科苏盈发自北京', '罗科苏盈'],
      ['□ 本报记者 张三 文/图', '张三'],
      ['本报记者王小明', '王小明'],
      ['【中央社】記者王小明', '王小明'],
      ['记者王小明、李大华', '王小明、李大华'],
      ['本报记者 张三 李四 文/图', '张三 李四'],
    ]) {
      expect(at(line!, reporterLine(neutral(line!)))).toBe(names);
    }
    expect(reporterLine('记者来到医院')).toBeNull();
    expect(reporterLine('记者调查')).toBeNull();
    expect(reporterLine('记者江湖')).toBeNull();
    expect(byPoster('发布时间 2005/05/17 22:11:42 by 眉间尺')).not.toBeNull();
    for (const line of ['Powered by BlogDriver 2.1', 'Journals by Subject']) expect(byPoster(line), line).toBeNull();
    expect(at('2024-03-05 [ 黄宇 ] 来源:人民网', bracketedName('2024-03-05 [ 黄宇 ] 来源:人民网'))).toBe('黄宇');
    for (const line of ['[和弦]两极 一分钟追悔', '【时习之】借冬奥春风']) expect(bracketedName(line), line).toBeNull();
    expect(reporterLine('小记者训练营')).toBeNull();
  });

  it('reads a name run on to 记者 only as long as a name is', () => {
    for (const line of ['记者来到现场', '新华社记者来到现场']) expect(reporterInLine(neutral(line))).toBeNull();
    expect(at('记者欧阳娜娜', reporterInLine('记者欧阳娜娜'))).toBe('欧阳娜娜');
    expect(at('商报记者马俊峰/文', reporterInLine('商报记者马俊峰/文'))).toBe('马俊峰');
  });

  it('never cuts a name where a place runs into it: a slash is the Taiwan form, a place needs a space', () => {
    for (const [line, name] of [
      ['記者 林小美／台北報導', '林小美'],
      ['记者 王大明/综合报道', '王大明'],
      ['記者 歐陽小美／台北報導', '歐陽小美'],
      ['〔記者林小美、王大明／台北報導〕', '林小美、王大明'],
      ['駐美特派員林小美／華盛頓報導', '林小美'],
      ['特派員 林小美／東京報導', '林小美'],
    ] as const) {
      expect(at(line, reporterLine(neutral(line))), line).toBe(name);
    }
    expect(reporterLine(neutral('記者林小美／台北報導，今天天氣很好。'))).toBeNull();
    // Without 记者 the Taiwan form still names the reporters, after a known outlet too; a desk or a place is no name.
    for (const [line, names] of [
      ['張三／台北報導', '張三'],
      ['中國時報 張三、李四／台北報導', '張三、李四'],
    ] as const) {
      expect(at(line, namedReportLine(neutral(line))), line).toBe(names);
    }
    expect(at('國際中心／綜合報導', namedReportLine(neutral('國際中心／綜合報導')))).toBe('國際中心');
    expect(namedReportLine(neutral('高雄／台北報導'))).toBeNull();
    expect(namedReportLine(neutral('張三／台北報導，今天天氣很好'))).toBeNull();
    // The photographer beside the reporter, before or after the slash, took the pictures: not a writer.
    for (const [line, name] of [
      ['記者 林小美 / 攝影 王大明 報導', '林小美'],
      ['記者林小美、攝影記者王大明／台北報導', '林小美'],
      ['記者林小美 攝影王大明／台北報導', '林小美'],
    ] as const) {
      expect(at(line, reporterLine(neutral(line))), line).toBe(name);
      expect(at(line, reporterInLine(neutral(line))), line).toBe(name);
    }
    for (const [line, names] of [
      ['記者 林小美／台北報導', '林小美'],
      ['記者 林小美、王大明／台北報導', '林小美、王大明'],
    ] as const) {
      expect(at(line, reporterInLine(neutral(line)))).toBe(names);
    }
    expect(at('记者 张三 报道', reporterLine(neutral('记者 张三 报道')))).toBe('张三');
  });

  it('takes a picture’s credit for no reporter, unless the same person wrote too', () => {
    for (const line of ['新华社记者 张三 摄', '记者 张三/摄', '圖／記者王小明攝影', '本报记者 张三 李四 拍摄']) {
      const view = neutral(line);
      expect(reporterLine(view) ?? reporterInLine(view)).toBeNull();
    }
    expect(closingCredit(neutral('会议现场。（新华社记者 张三 摄）'))).toBeNull();
    expect(at('本报记者 张三 摄影报道', reporterLine(neutral('本报记者 张三 摄影报道')))).toBe('张三');
    expect(at('文、圖／記者王小明', reporterInLine(neutral('文、圖／記者王小明')))).toBe('王小明');
    const both = '（记者 李娜/报道 赵毅亮/摄）';
    expect(at(both, reporterInLine(neutral(both)))).toBe('李娜');
  });

  it('reads credits closing a paragraph, with a date code after them', () => {
    const edited = '政府應降低門檻等。（編輯：方沛清）1130118';
    const credit = bracketedCredit(neutral(edited));
    expect(credit?.label).toBe('编辑');
    expect(at(edited, credit?.value)).toBe('方沛清');
    expect(at('文字（责任编辑 王金志 高强）', bracketedCredit('文字(责任编辑 王金志 高强)')?.value)).toBe(
      '王金志 高强',
    );
    expect(bracketedCredit(neutral('分享到：（记者 雷晓琦）'))).toBeNull();
    const site = '……成了当地支撑乡村振兴的重要产业。（松花江网编辑 孙桂芳）';
    expect(at(site, bracketedCredit(neutral(site))?.value)).toBe('孙桂芳');
    const closing = '……的影响”。（记者许仁昌 实习生周沙雷）';
    const found = closingCredit(neutral(closing));
    expect(found?.marked).toBe(true);
    expect(at(closing, found?.names)).toBe('许仁昌 实习生周沙雷');
    expect(closingCredit(neutral('……安杰拉（蓝方）'))?.marked).toBe(false);
  });

  it('reads a pen name closing the text, but not the words a closing bracket also holds', () => {
    const signed = '由各州决定。”（天骊）';
    expect(at(signed, closingPenName(neutral(signed)))).toBe('天骊');
    expect(closingPenName(neutral('……做出决定。（完）'))).toBeNull();
    expect(closingPenName(neutral('……做出决定。（全文完）'))).toBeNull();
    expect(closingPenName(neutral('……做出决定。（组图）'))).toBeNull();
    for (const word of ['编译', '新华', '北京', '央视'])
      expect(closingPenName(neutral(`……做出决定。（${word}）`))).toBeNull();
    expect(closingPenName(neutral('拳手安杰拉（蓝方）'))).toBeNull(); // not after a sentence
    expect(closingPenName(neutral('……决定。（天骊）此后'))).toBeNull(); // not closing the paragraph
  });

  it('reads a writer line and the original a repost names', () => {
    const writer = '► 文 观察者网 陶梦';
    expect(at(writer, writerLine(neutral(writer)))).toBe('观察者网 陶梦');
    expect(writerLine('文化部发布通知')).toBeNull();
    const original = '原创 陶梦 观察者网';
    expect(at(original, writerLine(neutral(original)))).toBe('陶梦 观察者网');
    expect(writerLine('原创作品大赛开幕')).toBeNull();
    const repost = '（本文转载自微信公众号：架构师之路）';
    expect(at(repost, repostOf(neutral(repost)))).toBe('架构师之路');
    expect(at('本文來自經濟日報。', repostOf(neutral('本文來自經濟日報。')))).toBe('經濟日報');
    for (const [note, outlet] of <[string, string][]>[
      ['原载《求是》2024年第5期', '求是'],
      ['（原载于《人民日报》2024年3月5日第9版）', '人民日报'],
      ['原刊於《學習時報》', '學習時報'],
      ['（本文原载于2019年3月5日《人民日报》）', '人民日报'],
      ['本文原载于2019年3月5日出版的《光明日报》', '光明日报'],
      ['声明：本文来自于微信公众号“某某”，作者：张三，授权转载发布。', '某某'],
      ['本文转载自于新华网', '新华网'],
    ])
      expect(at(note, repostOf(neutral(note)))).toBe(outlet);
    expect(repostOf('他的文章原载《求是》杂志')).toBeNull();
  });
});
