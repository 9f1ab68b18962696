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

/**
 * Four-character idioms built on numerals: set phrases of the language, not formulations, however a page quotes them.
 * (A numbered formulation that became an idiom, like 百花齐放, is the lexicon's to name.)
 */
export const NUMERAL_IDIOMS: ReadonlySet<string> = new Set(
  (
    '三心二意 三番五次 三令五申 三五成群 三三两两 三言两语 三长两短 三头六臂 三足鼎立 三顾茅庐 三思而行 三生有幸 ' +
    '三教九流 三从四德 三姑六婆 三阳开泰 三人成虎 三缄其口 三更半夜 三年五载 三天两头 三朋四友 两全其美 两袖清风 ' +
    '两小无猜 两败俱伤 两面三刀 两情相悦 四面八方 四面楚歌 四分五裂 四平八稳 四海为家 四通八达 四海升平 五湖四海 ' +
    '五花八门 五光十色 五颜六色 五体投地 五彩缤纷 五谷丰登 五脏六腑 五马分尸 六神无主 六亲不认 六根清净 七上八下 ' +
    '七嘴八舌 七手八脚 七零八落 七拼八凑 七窍生烟 七情六欲 七长八短 八面玲珑 八仙过海 八方支援 九牛一毛 九死一生 ' +
    '九霄云外 十全十美 十拿九稳 十万火急 十年寒窗 十恶不赦 十指连心 百花齐放 百家争鸣 百发百中 百折不挠 百战百胜 ' +
    '百废俱兴 百尺竿头 百年大计 百里挑一 百闻不如一见 千方百计 千家万户 千军万马 千辛万苦 千变万化 千言万语 千丝万缕 ' +
    '千锤百炼 千载难逢 千钧一发 千篇一律 千真万确 千山万水 千差万别 千姿百态 千秋万代 万众一心 万无一失 万紫千红 ' +
    '万水千山 万古长青 一清二楚 一干二净 一五一十 一刀两断 一举两得 一石二鸟 一箭双雕 一穷二白 一波三折 一日三秋 ' +
    '一言九鼎 一诺千金 一落千丈 一日千里 一掷千金 一本万利 二话不说 三下五除二 四两拨千斤 五十步笑百步 八九不离十'
  ).split(' '),
);

/** A tally of places (三省一市, 两市一县, 一区两县): an administrative count, not a formulation. */
export const PLACE_TALLY = new RegExp(`^(?:[${NUMERAL}][省市县区州国镇乡村岛地])+$`);

/**
 * Heads of the items in a list of offices, places, groups and measures (有关部门、有关地方、有关企业; 投入力度、
 * 攻坚力度): a chain whose items all end in one is an enumeration, not a formulation.
 */
export const LIST_ITEM_HEAD =
  /(?:部门|地方|企业|单位|机构|机关|社区|城区|乡镇|地区|区域|领域|行业|群体|人员|干部|学校|医院|家庭|个人|主体|组织|平台|项目|城市|农村|街道|园区|市场|力度|能力|水平|制度|机制|环节|方面|责任|问题|情况|措施|政策|资金|设施|人群|居民|职工|学生|教师|医生|患者)$/;

/** Determiners that head a list of things (有关, 各级): items sharing only one are an enumeration. */
export const LIST_DETERMINER =
  /^(?:有关|相关|各级|各类|各地|各个|重点|主要|其他|部分|全体|所有|广大|本地|当地|周边|其余)/;

/**
 * Question words, sentence particles and names left out (某某): a chain holding them is a piece of speech or a list of
 * people (住得好不好、收入怎么样; 黄某某、周某某).
 */
export const SPEECH_PARTICLE = /[吗呢吧啊呀么]|怎|不好|好不|得好|得怎|某某/;
