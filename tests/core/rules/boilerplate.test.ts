import { describe, expect, it } from 'vitest';
import { disclaimerSection, FURNITURE, furnitureLines, hintedFurniture } from '../../../src/core/rules/boilerplate';
import { input, marked, page } from './blocks';

const ARTICLE = '会议强调，要坚持人民至上、生命至上，统筹疫情防控和经济社会发展，扎实做好各项工作，确保取得实效。';

function removes(lines: string[]): boolean[] {
  const p = page(lines);
  const out = marked(furnitureLines.apply(input(p)), 'boilerplate');
  return lines.map((_, i) => out.includes(i));
}

describe('furniture lines', () => {
  it.each([
    // share bars and app versions
    ['微信'],
    ['微博'],
    ['客户端'],
    ['头条号'],
    ['手机版 电脑版'],
    ['分享到： 微信 微博 QQ空间'],
    ['頭條號'],
    // font widgets
    ['【字体:'],
    ['【字体：大 中 小】'],
    ['字號：大 中 小'],
    // QR and app prompts
    ['扫一扫在手机打开当前页'],
    ['掃一掃在手機打開當前頁'],
    ['打开APP'],
    ['2步打开 媒体云APP'],
    ['小贴士'],
    ['点击右上角“…” 按钮'],
    ['使用浏览器/Safari打开'],
    ['歡迎使用手機瀏覽'],
    ['下载APP 阅读全文'],
    ['下载某某新闻客户端，随时随地看新闻'],
    // a portal's calendar of the day of the visit
    ['今天是2024年3月6日 星期三'],
    ['今天是：2024年3月6日 星期三 农历二月初七'],
    ['2024年03月06日 农历正月廿六 多云 12℃'],
    // widget rows
    ['【纠错】【打印】【关闭】【收藏】'],
    ['点击查看更多 展开全文'],
    ['【列印】'],
    ['网站地图 | 联系我们 | 设为首页'],
    // pagers and list headings with their marks
    ['首页 | 上一页 1 下一页 | 尾页'],
    ['上一页 1 2 3 下一页'],
    ['第1页/共1页 << 上一页 | 下一页 >>'],
    ['巴彦淖尔市政府门户网站 www.bynr.gov.cn'],
    ['相关链接>>'],
    ['小编推荐'],
    // reading aids
    ['本文约2000字，阅读需要5分钟'],
    ['字数：1234 阅读时间：5分钟'],
    ['语音播报'],
    ['点击上方蓝字关注我们'],
    ['视频加载中...'],
    // account articles' closings
    ['- END -'],
    ['往期推荐'],
    ['长按识别二维码关注我们'],
    ['觉得不错，请点个在看'],
    ['分享 收藏 点赞 在看'],
    ['更多精彩内容，请关注某某发布'],
    // follow prompts and advertisement markers
    ['加入LINE好友，新聞搶先看'],
    ['訂閱電子報'],
    ['欢迎关注我们'],
    ['扫码关注我们'],
    // previous and next article, reprint terms
    ['上一篇：没有了'],
    ['上篇：没有了'],
    ['下一條：市政府召開全體會議'],
    ['未经授权，禁止转载'],
    ['版权声明：本文为某某日报原创，转载请注明出处。'],
    ['本网站所有内容属某某日报社所有，未经许可不得转载。'],
    ['举报/反馈'],
    // players, outdated-browser banners, app slogans, account ids
    ['视频加载失败，请刷新页面再试'],
    ['点击播放'],
    ['您的浏览器版本过低，请升级浏览器'],
    ['海量资讯、精准解读，尽在新浪财经APP'],
    ['ID：jrtt'],
    ['微信号：rmrbwx'],
    ['正在阅读：“药娘”是个怎样的群体？'],
    ['点击进入专题：学习贯彻党的二十大精神'],
    ['相关专题：两会'],
    ['欢迎关注“人民日报”微信公众号'],
    ['特别声明：以上内容(如有图片或视频亦包括在内)为自媒体平台“网易号”用户上传并发布，本平台仅提供信息存储服务。'],
    ['本文为澎湃号作者或机构在澎湃新闻上传并发布，仅代表该作者或机构观点，不代表澎湃新闻的观点或立场。'],
    ['本文系观察者网独家稿件，文章内容纯属作者个人观点，不代表平台观点，未经授权，不得转载。'],
    ['新闻热线：010-12345678'],
    ['声明：该文观点仅代表作者本人，搜狐号系信息发布平台，搜狐仅提供信息存储空间服务。'],
    ['声明：本文转载自某某网，版权归原作者所有'],
    ['返回搜狐，查看更多'],
    ['阅读原文'],
    ['双击自动滚屏'],
    ['廣告'],
    ['文章未完，請繼續往下閱讀'],
    ['（文未完）'],
    // reprint notices
    ['声明：本文转载自其他媒体，转载目的在于传递更多信息，并不代表本网赞同其观点和对其真实性负责。'],
    ['本文仅代表作者个人观点，不代表本站立场。'],
    ['新浪声明：此消息系转载自新浪合作媒体，新浪网登载此文出于传递更多信息之目的，并不意味着赞同其观点或证实其描述。'],
    // widgets and counters as portals and account platforms print them
    ['我要反馈'],
    ['欢迎分享转发'],
    ['喜欢此内容的人还喜欢'],
    ['阅读 1.2万'],
    ['阅读 10万+'],
    ['【字号 大 中 小】'],
    // related reading, template leaks
    ['相关阅读'],
    ['相關新聞'],
    ["template 'mobile_v5/common/wake'"],
    ['{{article.title}}'],
    // a post without a subject, a cleaned text without a title
    ['无标题'],
    ['(无标题)'],
    ['无标题文档'],
    ['Untitled'],
    // comment widgets
    ['0 条评论'],
    ['12條評論'],
    ['来说两句吧。。。'],
    ['最热评论'],
    ['最新评论'],
    ['已有0人参与,点击查看更多精彩评论'],
    ['加载中。。。。'],
    ['表情'],
    ['发表评论'],
    ['请您文明上网、理性发言并遵守相关规定，在注册后发表评论。'],
    // footers
    ['主办单位:四川省人民政府办公厅'],
    ['运行维护单位:中国电信四川公司'],
    ['关于我们 联系我们 网站地图 用户调查'],
    ['共產黨員網 版權所有 京ICP備12024993號-1'],
    ['网站标识码：5100000062'],
    ['Copyright © 2020 某某网 All Rights Reserved'],
    ['云南日报网 滇ICP备11000491号-1 经营许可证编号：滇B-2-4-20030004 ® yndaily.com All Rights Reserved since 1999.11'],
    ['云南省互联网违法和不良信息举报电话：0871-64166935；举报邮箱： jubao@yunnan.cn'],
    ['互联网新闻信息服务许可证编号：53120170001'],
    ['All rights reserved'],
    // breadcrumbs and page labels
    ['首頁 > szbd > 四川日報'],
    ['当前位置：首页 > 新闻中心 > 正文'],
    ['中新社四川分社正文'],
    ['要闻 > 省内 > 详情'],
    // document mirrors
    ['整理文档很辛苦,赏杯茶钱您下走!'],
    ['免费阅读已结束,点击下载阅读编辑剩下 ...'],
    ['阅读已结束,您可以下载文档离线阅读编辑'],
    ['资源描述'],
    ['1 / 8'],
    ['下载文档,编辑使用'],
    ['©2015-2020 m.777doc.com 三七文档.'],
    ['备案号:鲁ICP备2024069028号-1 客服联系 QQ:2149211541'],
    ['×'],
    ['保存成功'],
    ['（更多内容请继续关注 查报纸网 www.cbzw.com.cn）'],
    // another article's summary, cut short with a link to read on
    ['由中山大学中山眼科中心医生带领的医疗队12日在斐济首都苏瓦结束为期4...【详细】'],
    ['经有关部门鉴定，认定女儿有性防卫能力，就是所谓的...... [全文]'],
    ['空军八一飞行表演队在珠海国际航展中心表演编队飞行……阅读全文>>'],
    ['[廣告] 請繼續往下閱讀 ...'],
    ['（原标题：古人如何看待“娘炮”？）'],
    ['如遇作品内容、版权等问题，请在相关文章刊发之日起30日内与本网联系。版权侵权联系电话：010-85202353'],
    ['声明：个人原创，仅供参考'],
    ['『相关阅读』'],
    ['■相关链接'],
    ['7 分钟'],
    ['更多新聞請訂閱'],
    ['點我看更多'],
    ['看更多相關新聞'],
    ['今日熱門'],
    ['你可能感興趣'],
    ['24小时热点'],
    ['点击排行'],
    ['大家都在看'],
    ['网友留言'],
    ['手机看新闻'],
    ['举报邮箱：jubao@people.cn'],
    ['---廣告---'],
    ['返回目錄'],
    ['加入收藏'],
    ['音频 04:29'],
    ['相关报道：'],
    ['下载法广应用程序跟踪国际时事'],
    ['分享让更多人看到'],
    ['参与评论'],
    ['【相关新闻】'],
    ['|相关新闻'],
    ['▍热门推荐'],
    [
      'Notice: The content above (including the pictures and videos if any) is uploaded and posted by a user of NetEase Hao, which is a social media platform and only provides information storage services.',
    ],
    ['【广告】'],
    // menu and login boxes
    ['导航'],
    ['隐身登录'],
    ['用户登录'],
    ['隱身登入'],
  ])('removes %s', (line) => {
    expect(removes([line, ARTICLE])).toEqual([true, false]);
  });

  it.each([
    [ARTICLE],
    ['无题'],
    ['无标题的故事'],
    ['关于我们这一代人的青春记忆'],
    ['微信支付助力春耕'],
    ['疫情就是命令，防控就是责任。'],
    ['客服人员坚守岗位一线'],
    ['评论员文章：坚定信心打赢疫情防控阻击战'],
    [
      '本报讯 省委召开常委会议，学习贯彻习近平总书记重要讲话精神，研究部署下一步疫情防控工作。其中提到要加强网站地图等基础建设。',
    ],
    ['3月22日至8月1日'],
    ['举报电话：12345，欢迎社会各界监督。'],
    ['纠错机制不断完善'],
    ['各界关注我们的发展'],
    ['工作重点在看得见的地方'],
    ['首页'],
    ['1 2 3'],
    ['本文作者长期从事基层工作'],
    ['语音播报系统投入使用，方便群众办事'],
    ['END OF STORY是一部电影'],
    ['广告业收入持续增长'],
    ['广告牌请往下看'],
    ['你可能感兴趣的是，这项政策何时落地。'],
    ['加入收藏家协会的会员越来越多'],
    ['图片新闻采编工作经验交流会召开'],
    ['大家都在看好这个项目的前景'],
    ['他的声明：个人原创作品受法律保护。'],
    ['原标题中的错误已经更正。'],
    ['7分钟内完成检测'],
    ['视频时长04:29的短片获奖'],
    ['客户端下载量持续增长，用户规模突破一亿。'],
    ['市民可扫码关注“健康某某”公众号预约疫苗接种。'],
    ['上一篇文章引起了广泛讨论。'],
    ['意见反馈渠道不断畅通'],
    ['↓'],
    ['播放失败的原因正在调查。'],
    ['公司的ID：'],
    ['正在阅读的同学请举手。'],
    ['请登录市政府门户网站 www.example.gov.cn 查询。'],
    ['详细情况……记者将继续关注。'],
    ['他说：“我们还需要更多……”'],
    ['欢迎分享转发这篇文章的读者留言讨论，说说你的看法。'],
    ['字号大小可以在设置中调整'],
    ['阅读1.2万册图书的经验'],
    ['出于传递信息的目的，他写下了这封信。'],
    ['1月25日农历正月初一'],
    ['今天是个好日子'],
  ])('keeps %s', (line) => {
    expect(removes([line])).toEqual([false]);
  });

  it('does not touch blocks another rule already claimed', () => {
    const p = page(['微信', '来源: 四川日报']);
    expect(marked(furnitureLines.apply(input(p, ['meta', 'body'])), 'boilerplate')).toEqual([]);
  });

  it('refuses a line that only starts like a pager without trying every way to read it', () => {
    // Read as steps several ways (one number as many, a run of spaces as many), these took minutes before.
    expect(
      removes([`下一页${'1'.repeat(40)}x`, `下一页${'\t'.repeat(40)}来源`, `上一页 2${' 3'.repeat(20)} 下一页`]),
    ).toEqual([false, false, true]);
  });

  it('names every pattern and says why', () => {
    for (const f of FURNITURE) {
      expect(f.name).toMatch(/^[a-z-]+$/);
      expect(f.why.length).toBeGreaterThan(20);
    }
  });
});

describe('disclaimer section', () => {
  it('removes the notice heading and its numbered clauses, however long', () => {
    const clause =
      '① 凡本网注明"来源：本网"的所有作品，版权均属于本网，未经授权不得转载、摘编或利用其它方式使用上述作品。'.repeat(
        3,
      );
    const p = page([
      ARTICLE,
      '某某网版权与免责声明：',
      clause,
      '② 凡本网注明"来源：XXX（非本网）"的作品，均转载自其它媒体。',
      ARTICLE.slice(1),
    ]);
    expect(marked(disclaimerSection.apply(input(p)), 'boilerplate')).toEqual([1, 2, 3]);
  });

  it('reads traditional script', () => {
    const p = page([
      '中國新聞網·四川新聞版權與免責聲明:',
      '① 凡本網注明的所有作品，版權均屬于中新社，未經本網授權不得轉載。',
    ]);
    expect(marked(disclaimerSection.apply(input(p)), 'boilerplate')).toEqual([0, 1]);
  });

  it('knows the notice by its Taiwan name', () => {
    const p = page([
      ARTICLE,
      '版權宣告：',
      '(1) 本網站所有內容之著作權均屬本公司，未經同意不得轉載。',
      '總統府宣告進入緊急狀態。',
    ]);
    expect(marked(disclaimerSection.apply(input(p)), 'boilerplate')).toEqual([1, 2]);
  });

  it('knows a paper’s anti-infringement notice, its clauses in Chinese numerals and the numbers to report to', () => {
    const p = page([
      ARTICLE,
      '反侵权公告：',
      '根据《中华人民共和国著作权法》等法律法规，未经书面许可，擅自转载本报社作品的，将涉嫌侵犯著作权人合法权益。',
      '一、任何单位或个人使用本报社的原创内容，必须事先获得书面授权。',
      '二、对于各类非法转载行为，欢迎读者提供侵权线索：',
      '陈律师（法律顾问）0432-62099222',
      '【打印本页】',
      '二、坚持稳中求进工作总基调。',
    ]);
    expect(marked(disclaimerSection.apply(input(p)), 'boilerplate')).toEqual([1, 2, 3, 4, 5]);
  });

  it('leaves numbered article paragraphs alone when no notice heads them', () => {
    const p = page(['一、要始终坚持一切为了人民。', '（1）加强组织领导，压实各方责任。']);
    expect(disclaimerSection.apply(input(p)).roles).toEqual([]);
  });
});

describe('furniture in DOM markup', () => {
  it('removes nav/footer tags, furniture class hints and link lists, keeps article paragraphs', () => {
    const p = page([
      ['首页 新闻 政务 服务', { tag: 'nav' }],
      ['分享', { hints: ['bdshare-box'] }],
      ['网友评论', { hints: ['comment-list'] }],
      ['市政府召开常务会议 省委召开全会 全市春耕生产有序推进', { tag: 'li', linkDensity: 1 }],
      [ARTICLE, { hints: ['article', 'content'] }],
      [ARTICLE.slice(2), { linkDensity: 0.1 }],
      ['某某市人民政府 版权所有', { tag: 'footer' }],
    ]);
    expect(marked(hintedFurniture.apply(input(p)), 'boilerplate')).toEqual([0, 1, 2, 3, 6]);
  });

  it('keeps a credit line with a widget’s link after it, which is no list of links', () => {
    const p = page([
      [ARTICLE, {}],
      ['编辑： 杜寅纠错：171964650@qq.com', { linkDensity: 0.67 }],
      ['纠错 打印 关闭', { linkDensity: 1 }],
    ]);
    expect(marked(hintedFurniture.apply(input(p)), 'boilerplate')).toEqual([2]);
  });

  it('keeps a linked headline that names the page or is marked as the post title; drops other linked headings', () => {
    const p = page(
      [
        ['李建忠的博客', { tag: 'h1', heading: 1, linkDensity: 1 }],
        ['很高兴入住博客堂', { tag: 'h2', heading: 2, linkDensity: 1 }],
        ['评老冒：做最好的东西', { tag: 'div', linkDensity: 1, hints: ['post', 'posttitle'] }],
        ['统计', { tag: 'h3', heading: 3, hints: ['leftmenu'] }],
        [ARTICLE, {}],
      ],
      { documentTitle: '很高兴入住博客堂 - 博客堂' },
    );
    expect(marked(hintedFurniture.apply(input(p)), 'boilerplate')).toEqual([0, 3]);
  });
});
