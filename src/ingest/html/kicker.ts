// A kicker (引题): the short line a Chinese paper sets over its headline, giving the headline
// its context ("抢抓晴好天气 确保颗粒归仓" over "青山县晚稻喜获丰收"). The headline stays the
// title; the kicker is what the story is about in a line, its summary where no standfirst is.
import { charLength } from "../parse/lines";
import { namesOf, tagOf, textOf } from "./dom";

/** What pages name it: people.cn's "pre", a paper's "yinti", "kicker", "intitle". */
const KICKER_NAME = /yinti|kicker|\bpre\b|pretitle|pre-title|intitle|yt-?title/u;

/** The kicker set just over the headline element, in its own element, or undefined when there is none. */
export function kickerOver(titleEl: Element): string | undefined {
  let el = titleEl.previousElementSibling;
  // An empty kicker's element (people.cn prints <h3 class="pre"></h3> when there is none).
  while (el !== null && textOf(el) === "" && el.querySelector("img") === null) el = el.previousElementSibling;
  if (el === null) return undefined;
  const text = textOf(el);
  const named = KICKER_NAME.test(namesOf(el));
  // A paper's page sets its kicker as a smaller heading over the <h1>; a short one is a channel's name.
  const heading = tagOf(titleEl) === "h1" && /^h[2-6]$/u.test(tagOf(el)) && charLength(text) >= 6;
  if (!named && !heading) return undefined;
  const linked = Array.from(el.querySelectorAll("a"), (a) => charLength(textOf(a))).reduce((n, c) => n + c, 0);
  if (charLength(text) > 40 || linked * 2 > charLength(text) || !/\p{Script=Han}/u.test(text) || /[>»›]|[。！？]$/u.test(text)) return undefined;
  return text;
}
