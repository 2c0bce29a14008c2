// Facts about a person are the sentences that name them; an organisation is read out of
// those sentences when one is named there (曲靖市检察院, 安徽省宣城市人民检察).
import { tokenizeWeibo } from "../../content/weibo-markup";

/** Sentences, each keeping its closing punctuation and quotes. */
export function splitSentences(paragraph: string): string[] {
  const parts = paragraph.match(/[^。！？!?]+(?:[。！？!?]+[”’」』)）]*|$)/gu) ?? [];
  return parts.map((s) => s.trim()).filter((s) => s !== "");
}

/** A fact reads as prose: the #话题# tags and 【标题】 a post opens with are not part of it. */
export function factText(sentence: string): string {
  let rest = sentence;
  for (const token of tokenizeWeibo(sentence)) {
    if (token.type === "topic") rest = rest.slice(`#${token.name}#`.length);
    else if (token.type === "supertopic") rest = rest.slice(`#${token.name}[超话]#`.length);
    else if (token.type === "headline") rest = rest.slice(`【${token.text}】`.length);
    else if (token.type === "text" && token.text.trim() === "") rest = rest.slice(token.text.length);
    else break;
  }
  return rest.trim();
}

// Place names do not run across these particles, so "最后一站是安徽省…" starts at 安徽省.
const PLACE = "[^\\P{Script=Han}的是在了和与及为到从于被把对向由等或也都就将已曾中]";
const ORGANISATION = new RegExp(
  `最高人民(?:检察院|法院)|(?:${PLACE}{1,7}?(?:省|自治区|市|自治州|州|盟|县|区|旗))+` +
    "(?:人民)?(?:检察分院|检察院|检察(?!\\p{Script=Han})|法院|公安局|派出所|医院|卫生院|中学|小学|大学|学校)",
  "u",
);

/** The first organisation a sentence names, as printed. */
export function findOrganisation(sentence: string): string | undefined {
  return ORGANISATION.exec(sentence)?.[0];
}
