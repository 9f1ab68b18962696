/** China's provinces and the cities and regions ranked with them (neutral view): a place, neither a person nor an outlet. */
export const PROVINCES: ReadonlySet<string> = new Set(
  '北京 天津 上海 重庆 河北 山西 辽宁 吉林 黑龙江 江苏 浙江 安徽 福建 江西 山东 河南 湖北 湖南 广东 海南 四川 贵州 云南 陕西 甘肃 青海 台湾 内蒙古 广西 西藏 宁夏 新疆 香港 澳门'.split(
    ' ',
  ),
);

/** The part a province's formal name adds: `安徽省`, `北京市`, `宁夏回族自治区`, `宁夏区`. */
const PROVINCE_SUFFIX = /(?:省|市|壮族自治区|回族自治区|维吾尔自治区|自治区|特别行政区|区)$/u;

/** A province by its short or formal name. */
export function isProvince(word: string): boolean {
  return PROVINCES.has(word) || PROVINCES.has(word.replace(PROVINCE_SUFFIX, ''));
}
