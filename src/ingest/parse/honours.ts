// Honorific titles that Chinese public bodies give people: a prefix of distinction and a
// calling (最美 + 检察官, 全国模范 + 检察官, 优秀 + 共产党员), or a title that stands alone
// (劳动模范, 时代楷模). A table of parts, not a list of the names we happen to have seen.

const SCOPES = ["全国", "全省", "全市", "全区", "省级", "市级"];
const DISTINCTIONS = ["模范", "优秀", "十佳", "先进", "最美", "杰出", "金牌", "百佳", "十大", "最佳"];
const CALLINGS = [
  "共产党员", "党员", "党务工作者", "检察官", "法官", "人民警察", "警察", "民警", "交警", "教师", "老师",
  "医生", "护士", "医务工作者", "工作者", "公务员", "律师", "记者", "干部", "志愿者", "村官", "村医",
  "乡村医生", "乡村教师", "军人", "退役军人", "消防员", "公诉人", "书记员", "人民调解员", "调解员",
];
const STANDALONE = ["劳动模范", "道德模范", "先进个人", "三八红旗手", "时代楷模", "最美奋斗者", "五一劳动奖章获得者"];

const alt = (words: readonly string[]) => [...words].sort((a, b) => b.length - a.length).join("|");

/** One honour, longest form first, e.g. "全国模范检察官" rather than "模范检察官". */
export const HONOUR_SOURCE =
  `(?:(?:${alt(SCOPES)})?(?:${alt(DISTINCTIONS)})(?:${alt(CALLINGS)})|(?:${alt(SCOPES)})?(?:${alt(STANDALONE)}))`;
