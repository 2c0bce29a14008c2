// Seed-like Weibo text for the synthetic feed: the same shapes as the seed's posts and
// trending list (topics, super-topics, [表情] codes, 【标题】, prices, emoji), composed from
// small phrase banks. Every sentence is made up here; none is copied from a real post.

/** A small, fast, seeded PRNG (mulberry32): the same seed always gives the same feed. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TOPICS = ["每日一善", "今日贴纸打卡", "阳光信用", "日行一善", "读书打卡", "城市漫步", "周末去哪儿", "家常菜谱", "晨跑记录", "考研加油"];
const SUPER_TOPICS = ["每日一善", "摄影", "旅行", "美食", "读书"];
const EMOTICONS = ["[心]", "[吃瓜]", "[泪]", "[哈哈]", "[并不简单]", "[送花花]", "[微风]", "[月亮]", "[偷笑]", "[赞]", "[加油]", "[太阳]"];
const EMOJI = ["✨", "✊", "⬇️", "‼️", "🌸", "☕", "🍉"];
const HEADLINES = ["今日份好物分享", "周末小记", "一首写给自己的歌", "晨读笔记", "城市夜景", "家常菜谱", "新书到了", "雨后的街道", "一次说走就走的旅行", "练字第一百天"];
const OPENINGS = [
  "看似不起波澜的日复一日，会突然在某天，让你看到坚持的意义",
  "有很多爱的一天和很有爱的一天，你们喜欢哪一句",
  "其实中国是无地不美，到处皆景，一山一水，一丘一壑",
  "我的心里一直在想，会有一天的吧，会有那么一天的吧",
  "基本上一直在路上，最早五点就来待命，晚上才能收工",
  "这一季可能因为过于强调舞美，造成舞台先行",
  "下午好呀，刚睡醒就得到好消息",
  "人生，就是一场自己与自己的较量：让积极打败消极，让快乐打败忧愁",
  "在鞋身的侧面，将经典的棋盘格和滑板图案等元素进行结合",
  "今天去菜市场转了一圈，买了两斤西红柿和一把小葱",
];
const MIDDLES = [
  "既保留了经典的元素也体现了差异",
  "需要慢慢去理解，也需要时间",
  "字字句句都说到了心坎上",
  "一天至少跑五十趟，打包上千管样本",
  "清爽水润，不油腻不泛白，轻拍后成膜迅速",
  "只要稍加修饰和培植，都可成流连难舍的胜景",
  "晚饭后沿着河边走了一圈，风很舒服",
  "书里有一句话特别喜欢，抄下来分享给大家",
  "从春天等到秋天，终于等到了这一天",
  "大家在不影响自己生活的情况下理性消费",
];
const CLOSINGS = ["晚安", "明天见", "共勉", "你们喜欢哪一句", "一起加油吧", "记录一下", "分享给大家", "慢慢来，比较快"];

function pick<T>(random: () => number, list: readonly T[]): T {
  return list[Math.floor(random() * list.length)]!;
}

function sentence(random: () => number): string {
  const parts = [pick(random, OPENINGS)];
  if (random() < 0.7) parts.push(pick(random, MIDDLES));
  let text = parts.join("，");
  if (random() < 0.6) text += pick(random, EMOTICONS);
  text += random() < 0.3 ? "！" : "。";
  if (random() < 0.4) text += `${pick(random, CLOSINGS)}${random() < 0.5 ? pick(random, EMOJI) : pick(random, EMOTICONS)}`;
  return text;
}

function topicTags(random: () => number): string {
  let tags = "";
  if (random() < 0.25) tags += `#${pick(random, SUPER_TOPICS)}[超话]#`;
  if (random() < 0.5) tags += `#${pick(random, TOPICS)}#`;
  return tags;
}

export interface SyntheticText {
  headline?: string;
  paragraphs: string[];
}

/** One post's text: optional topics and 【标题】, then one to three short paragraphs. */
export function syntheticPost(random: () => number, ordinal: number): SyntheticText {
  const headline = random() < 0.6 ? `${pick(random, HEADLINES)} · 第${ordinal}条` : undefined;
  const count = 1 + Math.floor(random() * 3);
  const paragraphs: string[] = [];
  for (let i = 0; i < count; i++) {
    const sentences = 1 + Math.floor(random() * 3);
    let text = Array.from({ length: sentences }, () => sentence(random)).join("");
    if (i === 0) text = `${topicTags(random)}${headline ? `【${headline}】` : ""}${text}`;
    if (random() < 0.1) text += `【¥${10 + Math.floor(random() * 90)}】到手价，先领券再下单`;
    paragraphs.push(text);
  }
  return { ...(headline ? { headline } : {}), paragraphs };
}

/** A trending-list snippet: one run of text cut off mid-sentence, as the source lists them. */
export function syntheticSnippet(random: () => number): string {
  const text = `${topicTags(random)}${sentence(random)}${sentence(random)}${sentence(random)}`;
  // Cut by code point, never inside an emoji's surrogate pair.
  return Array.from(text).slice(0, 60 + Math.floor(random() * 20)).join("");
}
