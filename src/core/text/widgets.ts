/**
 * The words of a page's widgets that run on after a credit on its line: `中国新闻网 参与互动`, `1905电影网分享到`,
 * `责任编辑：张三 打印本页`, `+关注`, `阅读量 100`. Neutral view.
 */
const WIDGET =
  '参与互动|我要评论|发表评论|网友评论.*|评论\\s*\\d*\\s*条?|分享到.*|分享|举报|收藏(?:本文|本页)?|(?:打印|列印)(?:本页|此页|本文)?|纠错|我要纠错|关闭(?:窗口|本页|视窗)?|返回(?:顶部|首页|列表)|字号.*|字体.*|大中小|手机看|手机阅读|扫一扫.*|二维码|[+＋]?关注|点赞|下载APP|(?:阅读|浏览|点击)(?:量|数|次数)?\\s*\\d*';

/** Widget words ending a value, where they start: `中国新闻网参与互动`. */
export const WIDGET_AT_END = new RegExp(`(?:${WIDGET})$`, 'iu');
/** A word that is a widget's, whole: `打印本页`. */
export const WIDGET_WORD = new RegExp(`^(?:${WIDGET})$`, 'iu');
