// The kind of story a plain JSON Feed item is (one without `_qingyue`): an article gets the
// reading view (contents, reading time, paragraph links), anything else reads as a post.
import { countHan, countWords } from "./reading-time";
import { isWeiboUrl } from "./weibo-source";

export interface PlainStory {
  title?: string | undefined;
  /** The body as plain text, one paragraph a line. */
  text: string;
  /** How many section headings (h2–h4) the body's HTML has. */
  headings: number;
  url?: string | undefined;
  externalUrl?: string | undefined;
}

/**
 * How much reading a body is, in Han characters: a Latin-script word reads in about the
 * time of two of them (200–250 words vs 300–500 characters a minute).
 */
export function readingUnits(text: string): number {
  return countHan(text) + 2 * countWords(text);
}

/** About a minute of reading at the slow pace: a body of this much is an article. */
export const ARTICLE_UNITS = 300;
/** A body with its own section headings needs only half that. */
export const SECTIONED_ARTICLE_UNITS = 150;

const squash = (text: string) => text.normalize("NFC").replace(/[\s\u3000]+/gu, "").replace(/(?:…|\.\.\.)+$/u, "");

/**
 * A microblog feed titles each post with its own opening words ("今天天气真好…"); that
 * title is not a headline, and the item is a post.
 */
function titleIsOpening(title: string, text: string): boolean {
  const head = squash(title);
  return head.length > 0 && squash(text).startsWith(head);
}

export function classifyPlainStory(story: PlainStory): "article" | "post" {
  if (isWeiboUrl(story.url) || isWeiboUrl(story.externalUrl)) return "post";
  const title = story.title?.trim() ?? "";
  if (title === "" || titleIsOpening(title, story.text)) return "post";
  const units = readingUnits(story.text);
  return units >= ARTICLE_UNITS || (story.headings > 0 && units >= SECTIONED_ARTICLE_UNITS) ? "article" : "post";
}
