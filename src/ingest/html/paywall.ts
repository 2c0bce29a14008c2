// A page that shows only its story's opening, a paywall's prompt in place of the rest (a
// member-only Medium story, a paid Substack post, a news site's subscription gate): the story
// is said to be cut, never passed off as whole.
import { namesOf, textOf } from "./dom";

/** The box a site puts its prompt in, by its class or id. */
const GATE_NAMES = /paywall|regwall|reg-wall|subscribe-?gate|subscription-?gate|premium-?(?:gate|wall)|meter-?(?:wall|gate)|piano-?(?:offer|inline)|paid-?content-?(?:cta|gate)/u;

/** The prompt's own words, in English and Chinese. */
const GATE_WORDS =
  /^(?:create an account to read the full story|the author made this story available to medium members only|this post is for paid subscribers|this post is for paying subscribers|keep reading with a \d+-day free trial|(?:subscribe|sign in|log in) to (?:continue|keep) reading|to continue reading,? (?:subscribe|sign in|log in)|the rest of this (?:story|article|post) is (?:for|available to) (?:members|subscribers)|(?:订阅|登录|开通会员|付费)后?(?:即可)?(?:阅读|查看)(?:全文|完整内容|剩余内容))/iu;

/** A story past this many characters is the whole, whatever box the page holds: a gate shows a few paragraphs. */
export const GATED_STORY_CHARS = 2_000;

/** "Member-only story": the label a gated story carries over its opening, not a line of it. */
export const MEMBER_LABEL = /^(?:member-only story|members-only story|subscriber exclusive|paid subscribers only|会员专享|付费内容)$/iu;

/**
 * True when the page holds a paywall's prompt (read before the chrome, which takes it away,
 * goes). Many sites print the prompt's box on pages that hold the whole story too (a script
 * shows it to readers past their free stories): the story read decides (GATED_STORY_CHARS).
 */
export function isGated(root: Element): boolean {
  for (const el of root.querySelectorAll("*")) {
    if (GATE_NAMES.test(namesOf(el).toLowerCase())) return true;
  }
  for (const el of root.querySelectorAll("h2, h3, h4, p")) {
    const text = textOf(el).replace(/\s+/gu, " ").trim();
    if (text.length <= 200 && GATE_WORDS.test(text)) return true;
  }
  return false;
}
