// Weibo emoticon codes ([表情]) and the Unicode emoji shown in their place. Weibo draws
// these as images from its own servers; we use Unicode so posts read the same offline and
// nothing is fetched from a third party. A code not in this table stays as plain text.
const TABLE: Record<string, string> = {
  // Faces
  微笑: "🙂", 嘻嘻: "😁", 哈哈: "😄", 可爱: "😊", 可怜: "🥺", 挖鼻: "👃", 吃惊: "😲", 害羞: "☺️",
  挤眼: "😜", 闭嘴: "🤐", 鄙视: "😒", 爱你: "😍", 泪: "😢", 偷笑: "🤭", 亲亲: "😘", 生病: "🤒",
  太开心: "😆", 白眼: "🙄", 右哼哼: "😤", 左哼哼: "😤", 嘘: "🤫", 衰: "😞", 委屈: "😣", 吐: "🤮",
  哈欠: "🥱", 抱抱: "🤗", 怒: "😠", 疑问: "❓", 馋嘴: "🤤", 拜拜: "👋", 思考: "🤔", 汗: "😓",
  困: "😪", 睡: "😴", 钱: "🤑", 失望: "😞", 酷: "😎", 色: "😍", 哼: "😤", 鼓掌: "👏", 晕: "😵",
  悲伤: "😢", 抓狂: "😫", 黑线: "😑", 阴险: "😏", 怒骂: "🤬", 笑cry: "😂", 允悲: "😂", 摊手: "🤷",
  跪了: "🧎", 并不简单: "🧐", 费解: "😕", 憧憬: "🤩", 坏笑: "😏", 打脸: "🤕", 傻眼: "😳",
  骷髅: "💀", 惊恐: "😱", 笑而不语: "🙂", 二哈: "🐺", doge: "🐶", 喵喵: "🐱", awsl: "🥰",
  裂开: "💔", 苦涩: "😖", 酸: "🍋", 吃瓜: "🍉", 打call: "📣", 哆啦A梦微笑: "😊", 单身狗: "🐕",
  // Gestures
  good: "👍", 赞: "👍", ok: "👌", 耶: "✌️", NO: "🙅", 来: "🫴", 弱: "👎", 握手: "🤝", 作揖: "🙏",
  加油: "💪", 拳头: "✊", 中国赞: "👍", 抱一抱: "🤗", 给你小心心: "🫶",
  // Things and symbols
  心: "❤️", 伤心: "💔", 猪头: "🐷", 熊猫: "🐼", 兔子: "🐰", 囧: "😳", 浮云: "☁️", 给力: "💪",
  围观: "👀", 威武: "💪", 礼物: "🎁", 钟: "⏰", 话筒: "🎤", 蜡烛: "🕯️", 蛋糕: "🎂", 送花花: "💐",
  鲜花: "🌹", 微风: "🍃", 月亮: "🌙", 太阳: "☀️", 下雨: "🌧️", 雪: "❄️", 干杯: "🍻", 红包: "🧧",
  福: "🧧", 鞭炮: "🧨", 灯笼: "🏮", 月饼: "🥮", 粽子: "🍙", 圣诞树: "🎄", 星星: "⭐", 火炬: "🔥",
  音乐: "🎵", 照相机: "📷", 绿丝带: "🎗️", 沙尘暴: "🌪️", 飞机: "✈️", 自行车: "🚲", 汽车: "🚗",
  咖啡: "☕", 奶茶: "🧋", 西瓜: "🍉", 点亮平安灯: "🏮",
};

export interface Emoticon {
  code: string;
  emoji: string;
  /** What a screen reader says: the code's own name. */
  label: string;
}

/** Looks up a code written with or without its brackets: "[心]" or "心". */
export function lookupEmoticon(code: string): Emoticon | undefined {
  const name = code.startsWith("[") && code.endsWith("]") ? code.slice(1, -1) : code;
  const emoji = Object.hasOwn(TABLE, name) ? TABLE[name] : undefined;
  return emoji === undefined ? undefined : { code: `[${name}]`, emoji, label: name };
}
