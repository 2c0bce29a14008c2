// weibo-search writes the original of a repost as a row of its own, before the repost that names
// it by its id alone (retweet_id): a repost read after its original, in the same file, quotes it
// whole (author, words, pictures), as the other crawlers' reposts do. Only the last posts read are
// kept, so a file of any size is read in bounded memory.
import type { WeiboStatus } from "./status";

const KEPT = 10_000;

export class QuotedOriginals {
  private readonly byId = new Map<string, WeiboStatus>();

  /** The post, quoting its original whole where it named it by id alone and the original was read. */
  quote(status: WeiboStatus): WeiboStatus {
    const named = status.repost;
    let done = status;
    if (named !== undefined && !("deleted" in named) && named.id !== undefined && named.text.paragraphs.length === 0 && named.pictures.length === 0) {
      const original = this.byId.get(named.id);
      if (original !== undefined) {
        const whole = { ...original };
        delete whole.repost;
        done = { ...status, repost: whole };
      }
    }
    if (status.id !== undefined) {
      this.byId.delete(status.id);
      this.byId.set(status.id, status);
      if (this.byId.size > KEPT) this.byId.delete(this.byId.keys().next().value!);
    }
    return done;
  }
}
