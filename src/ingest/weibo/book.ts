// What one Weibo file says about posts read from another: a profile (userInfo, users.csv)
// completes the author records that carry its uid, and statuses/extend's whole text replaces
// the text a timeline cut off with 全文. Applied in the second pass, so the files may come in
// any order.
import type { Author, Item } from "../../content/feed-schema";
import { normaliseForId } from "../../content/ids";
import { withParagraphs } from "./items";
import type { WeiboAuthor } from "./status";
import { authorRecord } from "./items";

interface LongText {
  id?: string;
  paragraphs: string[];
}

// Compared without spaces: the HTML of a cut text and the plain whole text space an @mention or a
// link differently ("@名</a>和" beside "@名 和").
const plain = (paragraphs: readonly string[]) => normaliseForId(paragraphs.join("")).replace(/\s+/gu, "");

export class WeiboBook {
  private readonly profiles = new Map<string, WeiboAuthor>();
  private readonly longTexts: { id?: string; text: string; paragraphs: string[] }[] = [];

  addProfile(profile: WeiboAuthor): void {
    if (profile.id !== undefined) this.profiles.set(profile.id, { ...this.profiles.get(profile.id), ...profile });
  }

  addLongText(long: LongText): void {
    if (long.paragraphs.length > 0) this.longTexts.push({ ...long, text: plain(long.paragraphs) });
  }

  get empty(): boolean {
    return this.profiles.size === 0 && this.longTexts.length === 0;
  }

  private author(author: Author): Author {
    const id = author._qingyue?.id;
    const profile = id !== undefined ? this.profiles.get(id) : undefined;
    if (!profile) return author;
    const full = authorRecord(profile);
    return { ...author, ...full, _qingyue: { ...author._qingyue, ...full._qingyue } };
  }

  /** The whole text for a post cut with 全文: by its Weibo id, else the cut text is its start. */
  private wholeText(item: Item): string[] | undefined {
    const ext = item._qingyue;
    if (ext.kind !== "post" || !ext.truncated) return undefined;
    const mid = /^wb-(\d+)$/.exec(item.id)?.[1];
    const byId = mid !== undefined ? this.longTexts.find((l) => l.id === mid) : undefined;
    if (byId) return byId.paragraphs;
    const cut = plain(ext.paragraphs).replace(/\s*(?:…|\.{3})$/u, "");
    if (cut.length < 10) return undefined;
    return this.longTexts.find((l) => l.text.startsWith(cut))?.paragraphs;
  }

  complete(item: Item): Item {
    if (this.empty) return item;
    let done = item;
    const whole = this.wholeText(item);
    if (whole) done = withParagraphs(done, whole);
    if (done.authors) done = { ...done, authors: done.authors.map((a) => this.author(a)) };
    const ext = done._qingyue;
    if (ext.kind === "post" && ext.repost?.authors) {
      done = { ...done, _qingyue: { ...ext, repost: { ...ext.repost, authors: ext.repost.authors.map((a) => this.author(a)) } } } as Item;
    }
    return done;
  }
}
