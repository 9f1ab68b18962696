/**
 * The words of a page's widgets: they run on after a credit on its line (`中国新闻网 参与互动`, `1905电影网分享到`,
 * `责任编辑：张三 打印本页`, `+关注`, `阅读量 100`), or make a line of their own (`【纠错】【打印】【关闭】`,
 * `点击查看更多 展开全文`), and the site's own links a template sets beside them (`网站地图`, `联系我们`). Neutral view.
 */

/** Widget words that are whole words, never the start of a sentence. */
const WHOLE_WORDS =
  '网站地图|网站导航|联系我们|关于我们|设为首页|上一篇|下一篇|参与互动|(?:参与|我要|发表|查看)(?:评论|留言)|分享(?:给|让)更多人(?:看到)?|(?:我要)?纠错|(?:打印|列印)(?:本页|此页|本文)?|关闭(?:窗口|本页|视窗)?|收藏(?:本文|本页)?|分享(?:到)?|举报|(?:我要|意见)?反馈|返回(?:顶部|首页|列表|目录)|加入收藏|大中小|双击(?:自动)?滚屏|手机看(?:新闻)?|手机阅读|点赞|在看|展开全文|阅读全文|阅读原文|(?:点击|点我)?(?:查看|观看|看)更多(?:相关新闻|相关内容)?|查看|简体(?:中文|版)?|繁体(?:中文|版)?';
/** The headings a template sets over its lists of other articles: related reading, recommendations, rankings. */
export const RELATED_LISTS =
  '相关阅读|相关新闻|相关报道|相关链接|相关推荐|相关文章|延伸阅读|推荐阅读|热点推荐|热门推荐|热门文章|热门新闻|精彩推荐|编辑推荐|小编推荐|今日推荐|今日热门|猜你喜欢|你可能(?:感兴趣|也喜欢)|更多精彩|往期回顾|往期精彩|往期推荐|热点新闻|最新新闻|排行榜|热门排行|阅读排行|点击排行|热点排行|24小时热点|图片新闻|精彩图集|视频推荐|专题推荐|热点专题|本网推荐|为你推荐|大家都在看|喜欢此内容的人还喜欢|更多新闻';
const WIDGET = `${WHOLE_WORDS}|${RELATED_LISTS}|网友评论.*|评论\\s*\\d*\\s*条?|分享到.*|字号.*|字体.*|扫一扫.*|二维码|[+＋]?关注|下载APP|(?:阅读|浏览|点击)(?:量|数|次数)?\\s*\\d*`;

/** Widget words that are whole words, wherever they stand in a text. */
export const WIDGET_WORDS = new RegExp(WHOLE_WORDS, 'gu');
/** Widget words ending a value, where they start: `中国新闻网参与互动`. */
export const WIDGET_AT_END = new RegExp(`(?:${WIDGET})$`, 'iu');
/** Widget words opening a text: `打印本页…` after an outlet's name. */
export const WIDGET_AT_START = new RegExp(`^(?:${WHOLE_WORDS})`, 'u');
/** A word that is a widget's, whole: `打印本页`. */
export const WIDGET_WORD = new RegExp(`^(?:${WIDGET})$`, 'iu');
/** A line of widget words alone, bracketed or separated: `【纠错】【打印】【关闭】【收藏】`. */
export const WIDGET_ROW = new RegExp(`^(?:[\\s[\\]【】()|/·:]*(?:${WHOLE_WORDS}))+[\\s[\\]【】()|/·:]*$`, 'u');
