// A Weibo API response that holds no posts, as crawlers save it when a request went wrong: the
// sign-in page's address where the cookies had expired (ok: -100), the API's own message for an
// error (ok: 0, msg: 请求过于频繁, 这里还没有内容 …), an empty list, or a user's details without
// their name (profile/detail). Its reason, in words.
import { isRecord } from "../../content/is-record";

const LISTS = ["cards", "list", "statuses", "data"];
const DETAIL_KEYS = ["sunshine_credit", "birthday", "label_desc", "ip_location", "real_name", "education", "career"];

/** Why an API response holds no posts, or undefined when the JSON is no such response. */
export function emptyResponseReason(doc: unknown): string | undefined {
  if (!isRecord(doc) || typeof doc.ok !== "number") return undefined;
  const url = typeof doc.url === "string" ? doc.url : "";
  if (doc.ok === -100 || /^https?:\/\/passport\.weibo\.(?:cn|com)\//iu.test(url)) return "微博接口要求先登录，回应里只有登录页的地址，没有微博（抓取时的登录信息可能已过期）";
  const message = [doc.msg, doc.message, doc.error].find((m): m is string => typeof m === "string" && m.trim() !== "")?.trim();
  if (doc.ok !== 1 && message !== undefined) return `微博接口没有返回微博，只说：“${message.slice(0, 100)}”`;
  const data = isRecord(doc.data) ? doc.data : doc;
  const empty = LISTS.some((key) => Array.isArray(data[key]) && (data[key] as unknown[]).length === 0);
  if (empty) return "微博接口的回应里一条微博也没有（列表是空的）";
  // weibo.com's profile/detail: a user's birthday, place and credit, without the user's name.
  return DETAIL_KEYS.filter((key) => data[key] !== undefined).length >= 2 ? "这是一位微博用户的详细资料（生日、所在地、阳光信用等），里面没有微博，也没有用户名" : undefined;
}
