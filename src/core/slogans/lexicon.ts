/**
 * Well-known formulations (提法) of Chinese party and state language, in simplified script, each with a short
 * factual gloss: what it stands for and where and roughly when it came into use. Data only; the finder loads it.
 * In `text`, 、 and ， mark where a page may use either separator (or none).
 */
export interface LexiconEntry {
  text: string;
  /** Other written forms of the same formulation. */
  aliases?: string[];
  zh: string;
  en: string;
}

export const LEXICON: readonly LexiconEntry[] = [
  // Political loyalty and Party building
  {
    text: '四个意识',
    zh: '政治意识、大局意识、核心意识、看齐意识；2016年初中央政治局会议提出。',
    en: 'Political integrity, big picture, the leadership core, alignment; raised at a Politburo meeting in early 2016.',
  },
  {
    text: '四个自信',
    zh: '道路自信、理论自信、制度自信、文化自信；2016年7月建党95周年讲话完整提出。',
    en: 'Confidence in the path, theory, system and culture; stated in full in the July 2016 Party anniversary speech.',
  },
  {
    text: '两个维护',
    zh: '坚决维护习近平总书记的核心地位、坚决维护党中央权威和集中统一领导；2018年前后成为固定提法。',
    en: "Upholding Xi Jinping's core status and the Central Committee's authority; a fixed phrase from about 2018.",
  },
  {
    text: '两个确立',
    zh: '确立习近平的核心地位和习近平新时代中国特色社会主义思想的指导地位；2021年十九届六中全会决议。',
    en: "Establishing Xi Jinping's core status and the guiding role of his Thought; from the 2021 Sixth Plenum resolution.",
  },
  {
    text: '四个全面',
    zh: '全面建成小康社会（后为全面建设社会主义现代化国家）、全面深化改革、全面依法治国、全面从严治党；2014年底提出。',
    en: 'The Four Comprehensives (society/modernisation, reform, rule of law, Party discipline); introduced at the end of 2014.',
  },
  {
    text: '五位一体',
    zh: '经济、政治、文化、社会、生态文明建设“五位一体”总体布局；2012年党的十八大提出。',
    en: 'The five-sphere overall plan (economy, politics, culture, society, ecology); from the 18th Party Congress, 2012.',
  },
  {
    text: '两学一做',
    zh: '学党章党规、学系列讲话，做合格党员；2016年起在全体党员中开展的学习教育。',
    en: "Study the Party rules and Xi's speeches, be a qualified member; a Party-wide study campaign from 2016.",
  },
  {
    text: '三严三实',
    zh: '严以修身、严以用权、严以律己，谋事要实、创业要实、做人要实；2014年3月提出，2015年开展专题教育。',
    en: 'Three stricts and three earnests for officials; raised in March 2014, a study campaign in 2015.',
  },
  {
    text: '八项规定',
    aliases: ['中央八项规定'],
    zh: '中央政治局关于改进工作作风、密切联系群众的八项规定；2012年12月出台。',
    en: "The Politburo's eight rules on officials' conduct; issued in December 2012.",
  },
  {
    text: '四风',
    zh: '形式主义、官僚主义、享乐主义和奢靡之风；2013年党的群众路线教育实践活动中提出。',
    en: 'The four undesirable work styles: formalism, bureaucratism, hedonism, extravagance; named in the 2013 mass-line campaign.',
  },
  {
    text: '形式主义、官僚主义',
    zh: '党的作风建设长期批评的对象，“四风”中的前两项。',
    en: 'Formalism and bureaucratism, long-standing targets of Party work-style campaigns; the first two of the "four styles".',
  },
  {
    text: '不忘初心、牢记使命',
    zh: '党的十九大（2017年）报告主题中的提法；2019年开展同名主题教育。',
    en: 'Stay true to the original aspiration, keep the mission in mind; from the 19th Congress theme (2017), a 2019 campaign.',
  },
  {
    text: '以人民为中心',
    zh: '“以人民为中心的发展思想”，2015年十八届五中全会提出。',
    en: 'People-centred (development philosophy); raised at the Fifth Plenum of the 18th Central Committee, 2015.',
  },
  {
    text: '打铁必须自身硬',
    aliases: ['打铁还需自身硬'],
    zh: '2012年11月新一届中央政治局常委见面会上说“打铁还需自身硬”，十九大报告改为“打铁必须自身硬”。',
    en: 'To forge iron one must be strong oneself; said in November 2012, reworded in the 2017 Congress report.',
  },
  {
    text: '三个代表',
    zh: '“三个代表”重要思想，江泽民2000年提出。',
    en: "The Three Represents, Jiang Zemin's theory, put forward in 2000.",
  },
  {
    text: '科学发展观',
    zh: '胡锦涛时期的指导思想，2003年提出。',
    en: 'The Scientific Outlook on Development, the guiding idea of the Hu Jintao era; put forward in 2003.',
  },
  {
    text: '习近平新时代中国特色社会主义思想',
    zh: '2017年党的十九大写入党章的指导思想。',
    en: 'Xi Jinping Thought on Socialism with Chinese Characteristics for a New Era; written into the Party constitution in 2017.',
  },
  {
    text: '中国梦',
    zh: '实现中华民族伟大复兴的中国梦；2012年11月习近平参观《复兴之路》展览时提出。',
    en: 'The Chinese Dream of national rejuvenation; introduced by Xi Jinping in November 2012.',
  },
  {
    text: '中华民族伟大复兴',
    zh: '长期使用的提法，2012年后常与“中国梦”并提。',
    en: 'The great rejuvenation of the Chinese nation; a long-standing phrase, paired with the Chinese Dream since 2012.',
  },
  {
    text: '两个一百年',
    zh: '建党一百年和新中国成立一百年两个奋斗目标；党的十五大（1997年）首次提出。',
    en: 'The two centenary goals (Party 2021, PRC 2049); first stated at the 15th Congress, 1997.',
  },
  {
    text: '中国式现代化',
    zh: '2021年7月1日建党百年讲话中提出，党的二十大（2022年）系统阐述。',
    en: 'Chinese-style modernisation; used in the July 2021 centenary speech, set out at the 20th Congress, 2022.',
  },
  {
    text: '全过程人民民主',
    zh: '2019年11月习近平在上海考察时提出。',
    en: "Whole-process people's democracy; introduced by Xi Jinping in Shanghai, November 2019.",
  },
  {
    text: '总体国家安全观',
    zh: '2014年4月中央国家安全委员会第一次会议提出。',
    en: 'The holistic view of national security; introduced at the first National Security Commission meeting, April 2014.',
  },
  {
    text: '人类命运共同体',
    zh: '党的十八大（2012年）报告提出，此后成为外交核心提法。',
    en: 'A community with a shared future for mankind; in the 18th Congress report (2012), later central to foreign policy.',
  },
  {
    text: '百年未有之大变局',
    zh: '世界百年未有之大变局；2017年底习近平接见驻外使节时提出。',
    en: 'Changes unseen in a century; said by Xi Jinping to envoys at the end of 2017.',
  },
  {
    text: '一带一路',
    zh: '丝绸之路经济带和21世纪海上丝绸之路；2013年秋提出。',
    en: 'The Belt and Road (Silk Road Economic Belt and Maritime Silk Road); proposed in autumn 2013.',
  },
  {
    text: '一国两制',
    zh: '“一个国家，两种制度”，邓小平20世纪80年代提出，用于香港、澳门。',
    en: 'One country, two systems; proposed by Deng Xiaoping in the 1980s, applied to Hong Kong and Macao.',
  },
  {
    text: '四个服从',
    zh: '个人服从组织、少数服从多数、下级服从上级、全党服从中央；党章规定的组织原则。',
    en: 'Four obediences (individual to organisation, minority to majority, lower to higher, all to the Centre); a Party-constitution rule.',
  },
  {
    text: '两个务必',
    zh: '务必谦虚谨慎、不骄不躁，务必艰苦奋斗；毛泽东1949年3月七届二中全会提出。',
    en: 'The two musts (modesty and plain living); from Mao Zedong at the Second Plenum, March 1949.',
  },
  {
    text: '斗争精神',
    zh: '“发扬斗争精神”，2019年起在领导讲话中被反复强调。',
    en: 'Fighting spirit; repeatedly stressed in leadership speeches since about 2019.',
  },
  {
    text: '底线思维',
    zh: '守住底线、防范风险的思维方法，2013年起习近平讲话中常用。',
    en: "Bottom-line thinking (guarding against worst cases); common in Xi Jinping's speeches since about 2013.",
  },
  {
    text: '守正创新',
    zh: '2018年8月全国宣传思想工作会议上强调的原则。',
    en: 'Uphold what is right and innovate; stressed at the national propaganda work conference, August 2018.',
  },
  {
    text: '讲好中国故事',
    zh: '2013年8月全国宣传思想工作会议提出。',
    en: "Tell China's story well; raised at the national propaganda work conference, August 2013.",
  },
  {
    text: '十个指头弹钢琴',
    zh: '毛泽东1949年《党委会的工作方法》中的比喻，指统筹兼顾各项工作。',
    en: "Play the piano with all ten fingers: Mao Zedong's 1949 metaphor (Methods of Work of Party Committees) for balancing tasks.",
  },
  {
    text: '全国一盘棋',
    zh: '统一部署、全局协调的长期提法。',
    en: 'The whole country as one chessboard; a long-standing phrase for central coordination.',
  },
  {
    text: '一岗双责',
    zh: '领导干部既抓业务又抓党风廉政建设的责任制提法。',
    en: 'One post, two responsibilities (the job and clean-government duty); a Party accountability phrase.',
  },
  {
    text: '守土有责、守土尽责',
    aliases: ['守土有责、守土担责、守土尽责'],
    zh: '要求地方和部门负起责任的提法，2020年新冠疫情防控中常用。',
    en: 'Hold the ground and fully discharge the duty; a phrase on local responsibility, common in 2020 COVID-19 control.',
  },
  // Economy and development
  {
    text: '六稳',
    zh: '稳就业、稳金融、稳外贸、稳外资、稳投资、稳预期；2018年7月中央政治局会议提出。',
    en: 'The six stabilities (jobs, finance, trade, foreign investment, investment, expectations); from a July 2018 Politburo meeting.',
  },
  {
    text: '六保',
    zh: '保居民就业、保基本民生、保市场主体、保粮食能源安全、保产业链供应链稳定、保基层运转；2020年4月中央政治局会议提出。',
    en: 'The six guarantees (jobs, livelihoods, market entities, food and energy, supply chains, grassroots operations); April 2020.',
  },
  {
    text: '稳中求进',
    zh: '经济工作总基调，2011年底中央经济工作会议起使用。',
    en: 'Seek progress while maintaining stability; the keynote of economic work since the end-2011 Central Economic Work Conference.',
  },
  {
    text: '新发展理念',
    zh: '创新、协调、绿色、开放、共享；2015年十八届五中全会提出。',
    en: 'The new development philosophy (innovation, coordination, green, openness, sharing); Fifth Plenum, 2015.',
  },
  {
    text: '高质量发展',
    zh: '党的十九大（2017年）报告提出我国经济已由高速增长阶段转向高质量发展阶段。',
    en: 'High-quality development; from the 19th Congress report (2017) on the economy leaving the high-speed phase.',
  },
  {
    text: '供给侧结构性改革',
    zh: '2015年11月中央财经领导小组会议提出。',
    en: 'Supply-side structural reform; raised at a central finance and economics meeting, November 2015.',
  },
  {
    text: '三去一降一补',
    zh: '去产能、去库存、去杠杆、降成本、补短板；2015年底中央经济工作会议提出。',
    en: 'Cut capacity, destock, deleverage, reduce costs, shore up weak spots; from the end-2015 Central Economic Work Conference.',
  },
  {
    text: '双循环',
    aliases: ['国内国际双循环'],
    zh: '以国内大循环为主体、国内国际双循环相互促进的新发展格局；2020年提出。',
    en: 'Dual circulation (domestic cycle as the mainstay, reinforced by international); introduced in 2020.',
  },
  {
    text: '统筹发展和安全',
    zh: '十九届五中全会（2020年）起作为重要原则提出。',
    en: 'Balance development and security; a stated principle since the Fifth Plenum of the 19th Central Committee, 2020.',
  },
  {
    text: '共同富裕',
    zh: '长期提法；2021年起被重点强调。',
    en: 'Common prosperity; a long-standing phrase, strongly emphasised from 2021.',
  },
  {
    text: '稳经济一揽子政策措施',
    aliases: ['稳经济一揽子政策'],
    zh: '2022年5月国务院出台的一揽子稳经济措施。',
    en: 'The package of measures to stabilise the economy issued by the State Council in May 2022.',
  },
  {
    text: '放管服',
    zh: '简政放权、放管结合、优化服务；2015年起的政府职能改革提法。',
    en: 'Streamline administration, combine delegation with regulation, improve services; government reform phrase from 2015.',
  },
  {
    text: '获得感、幸福感、安全感',
    zh: '党的十九大（2017年）报告中的提法。',
    en: 'Sense of gain, happiness and security; a phrase of the 19th Congress report, 2017.',
  },
  {
    text: '绿水青山就是金山银山',
    zh: '2005年8月习近平在浙江安吉考察时提出。',
    en: 'Clear waters and green mountains are as good as gold; said by Xi Jinping in Anji, Zhejiang, August 2005.',
  },
  {
    text: '精准扶贫',
    zh: '2013年11月习近平在湖南湘西考察时提出。',
    en: 'Targeted poverty alleviation; raised by Xi Jinping in western Hunan, November 2013.',
  },
  {
    text: '脱贫攻坚',
    zh: '2015年起的扶贫工作提法（2015年11月《关于打赢脱贫攻坚战的决定》）。',
    en: 'The battle against poverty; the poverty campaign phrase from 2015 (decision of November 2015).',
  },
  {
    text: '两不愁三保障',
    zh: '不愁吃、不愁穿，义务教育、基本医疗、住房安全有保障；见《中国农村扶贫开发纲要（2011—2020年）》。',
    en: 'Food and clothing assured; schooling, health care and housing guaranteed; from the 2011–2020 rural poverty outline.',
  },
  {
    text: '乡村振兴',
    zh: '乡村振兴战略，党的十九大（2017年）提出。',
    en: 'Rural revitalisation strategy; introduced at the 19th Congress, 2017.',
  },
  {
    text: '四个面向',
    zh: '面向世界科技前沿、面向经济主战场、面向国家重大需求、面向人民生命健康；2020年9月科学家座谈会提出。',
    en: "Science facing the frontier, the economy, national needs, people's health; from a September 2020 meeting with scientists.",
  },
  // COVID-19 control, 2020–2022
  {
    text: '动态清零',
    zh: '新冠疫情防控“动态清零”总方针；2021年起使用，2022年12月防控政策调整后不再提。',
    en: 'Dynamic zero-COVID, the general policy from 2021; dropped after the December 2022 policy change.',
  },
  {
    text: '外防输入、内防反弹',
    zh: '新冠疫情防控总策略，2020年春起使用。',
    en: 'Prevent imported cases and domestic rebounds; the COVID-19 general strategy from spring 2020.',
  },
  {
    text: '疫情要防住、经济要稳住、发展要安全',
    zh: '2022年4月中央政治局会议提出的要求。',
    en: 'Contain the epidemic, stabilise the economy, keep development secure; a requirement of the April 2022 Politburo meeting.',
  },
  {
    text: '人民至上、生命至上',
    zh: '2020年新冠疫情期间习近平提出。',
    en: 'People first, life first; put forward by Xi Jinping during COVID-19 in 2020.',
  },
  {
    text: '坚定信心、同舟共济、科学防治、精准施策',
    zh: '2020年1月25日中央政治局常委会会议提出的疫情防控总要求。',
    en: 'Firm confidence, solidarity, science-based control, targeted measures; the COVID-19 requirement of 25 January 2020.',
  },
  {
    text: '疫情防控阻击战',
    zh: '新冠疫情初期（2020年1月起）的战争比喻提法，常作“打赢疫情防控阻击战”。',
    en: 'The battle to block the epidemic; a war metaphor from January 2020, usually "win the battle".',
  },
  {
    text: '人民战争、总体战、阻击战',
    aliases: ['疫情防控的人民战争、总体战、阻击战'],
    zh: '2020年2月起的疫情防控提法。',
    en: "People's war, all-out war, blocking battle; COVID-19 phrase from February 2020.",
  },
  {
    text: '联防联控',
    zh: '部门协作防控；2020年1月国务院启动应对新冠疫情联防联控机制，此前已用于公共卫生应急。',
    en: 'Joint prevention and control; the State Council mechanism of January 2020, used earlier in public-health emergencies.',
  },
  {
    text: '群防群控',
    zh: '依靠群众防控，常与“联防联控”并用，2020年新冠疫情期间常见。',
    en: 'Mass prevention and control, relying on residents; often paired with joint control, common in 2020.',
  },
  {
    text: '早发现、早报告、早隔离、早治疗',
    zh: '传染病防控的“四早”要求，新冠疫情期间反复强调。',
    en: 'Early detection, reporting, isolation, treatment (the "four earlies"); stressed throughout COVID-19 control.',
  },
  {
    text: '应收尽收',
    aliases: ['应收尽收、应治尽治'],
    zh: '所有需要收治者一律收治；2020年2月武汉疫情期间提出。',
    en: 'Admit everyone who needs admission; a demand of the Wuhan outbreak, February 2020.',
  },
  {
    text: '应检尽检',
    zh: '应当检测的人员全部检测；2020年起的核酸检测要求。',
    en: 'Test everyone who should be tested; a COVID-19 testing requirement from 2020.',
  },
  {
    text: '应隔尽隔',
    zh: '应当隔离的人员全部隔离；新冠疫情防控要求。',
    en: 'Isolate everyone who should be isolated; a COVID-19 control requirement.',
  },
  {
    text: '应接尽接',
    zh: '应当接种的人群全部接种；2021年起的新冠疫苗接种要求。',
    en: 'Vaccinate everyone eligible; a COVID-19 vaccination requirement from 2021.',
  },
  {
    text: '非必要不出门',
    zh: '新冠疫情期间的居家要求，2020年起使用。',
    en: 'Do not go out unless necessary; a COVID-19 stay-home call from 2020.',
  },
  {
    text: '四方责任',
    zh: '属地、部门、单位、个人（家庭）四方责任；新冠疫情防控中的提法。',
    en: 'Responsibility of locality, department, employer and individual; a COVID-19 control phrase.',
  },
  {
    text: '社会面清零',
    zh: '2022年各地新冠疫情处置中的目标提法。',
    en: 'Zero cases outside quarantine; a target phrase in 2022 COVID-19 outbreaks.',
  },
  {
    text: '常态化疫情防控',
    aliases: ['常态化防控'],
    zh: '2020年4、5月起进入常态化防控阶段的提法。',
    en: 'Routine (normalised) epidemic control; the phase from spring 2020.',
  },
  {
    text: '统筹疫情防控和经济社会发展',
    aliases: ['统筹推进疫情防控和经济社会发展'],
    zh: '2020年2月23日统筹推进疫情防控和经济社会发展工作部署会议提出。',
    en: 'Coordinate epidemic control with economic and social development; from the 23 February 2020 national meeting.',
  },
  {
    text: '人民群众生命安全和身体健康',
    aliases: ['人民生命安全和身体健康'],
    zh: '“把人民群众生命安全和身体健康放在第一位”，2020年1月习近平对疫情防控的指示。',
    en: "Put people's lives and health first; from Xi Jinping's January 2020 instruction on the epidemic.",
  },
  {
    text: '疫情就是命令，防控就是责任',
    zh: '2020年1月新冠疫情初期的动员提法。',
    en: 'The epidemic is an order, prevention is a duty; a mobilisation phrase from January 2020.',
  },
];
