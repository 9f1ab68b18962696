/**
 * Vocabulary the detectors share: numerals, page furniture, everyday words, and the characters a formulation does not
 * start or end with.
 */

export const NUMERAL = '一二两三四五六七八九十百千';
/** Numerals that head a numbered formulation (六稳, 两个维护); 一 and 百/千 head idioms far more often. */
export const HEAD_NUMERAL = '二两三四五六七八九十';
/** Measure words after a numeral: a count or a session (五届二次), not a formulation. */
export const MEASURE = /^[届次年月日号名位批期岁天件]/;

/** Page furniture that is never a formulation, whatever its shape. */
export const BOILERPLATE =
  /责任编辑|编辑|扫一扫|版权|来源|记者|编审|审核|ICP|备案|客户端|手机|电脑版|点击|下载|阅读|打开|分享|微信|微博|转载|评论|登录|注册|免责|联系我们|网站地图|主办|承办|APP|首页/i;

/**
 * Everyday words of this kind of page. A candidate made only of these (plus a character or two of glue) is the
 * page's topic, not a formulation.
 */
const PLAIN_WORDS = [
  '疫情防控',
  '疫情',
  '防控',
  '防疫',
  '抗疫',
  '工作',
  '人民群众',
  '群众',
  '人民',
  '党员干部',
  '党员',
  '干部',
  '经济社会发展',
  '经济',
  '社会',
  '发展',
  '基层',
  '一线',
  '第一线',
  '各级',
  '党组织',
  '部门',
  '地区',
  '全省',
  '全市',
  '全国',
  '我省',
  '我市',
  '我区',
  '当前',
  '进一步',
  '加强',
  '重要',
  '要求',
  '措施',
  '落实',
  '开展',
  '组织',
  '领导',
  '同志',
  '时间',
  '问题',
  '情况',
  '能力',
  '管理',
  '服务',
  '保障',
  '建设',
  '推进',
  '推动',
  '实施',
  '做好',
  '抓好',
  '加快',
  '新冠肺炎',
  '新冠病毒',
  '新型冠状病毒',
  '感染',
  '肺炎',
  '患者',
  '医院',
  '病例',
  '中国',
  '我国',
  '国家',
  '政府',
  '企业',
  '市场',
  '相关',
  '有关',
  '方面',
  '力量',
  '生活',
  '生产',
  '安全',
  '健康',
  '生命',
  '作用',
  '机制',
  '体系',
  '水平',
  '任务',
  '习近平',
  '总书记',
  '党中央',
  '国务院',
  '省委',
  '市委',
  '县委',
  '省政府',
  '市政府',
  '决策部署',
  '部署',
  '会议',
];

export const PLAIN_WORD = new RegExp([...PLAIN_WORDS].sort((a, b) => b.length - a.length).join('|'), 'g');
export const PLAIN_END = new RegExp(`(?:${PLAIN_WORDS.join('|')})$`);

/** Characters that do not start or end a formulation (particles, prepositions, conjunctions). */
export const EDGE_STOP_START = new Set('的了和与及或在是对把被将为从等也都而并就还又所之其这那每各以于向让使由');
export const EDGE_STOP_END = new Set('的了和与及或在是对把被将为从等也都而并就还又所之其这那着地得以于向让使由要');
