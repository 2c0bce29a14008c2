// Feeds that give several stories one id: a site that puts its home page in every guid, a CMS
// that numbers posts per category, items with no guid that all link to the front page. The
// id (else the link) is what an entry's item id is made from, and a second story under it
// would be taken for a copy of the first and dropped. The first entry keeps its id; a later,
// different one gets an id of its own from what it says; the same story given twice is still
// one story.
import { stableHash } from "../../content/ids";
import type { FeedEntry } from "./parse";

export class EntryIds {
  /** Each id (or link) seen, with what its first entry said. */
  private readonly seen = new Map<string, string>();

  /** The entry, with an id of its own when an earlier, different entry has its id. */
  own(entry: FeedEntry): FeedEntry {
    const key = entry.id ?? entry.link;
    if (key === undefined) return entry;
    const said = stableHash([entry.link ?? "", entry.title ?? "", entry.date?.iso ?? "", entry.html ?? ""].join("\n"));
    const first = this.seen.get(key);
    if (first === undefined) {
      this.seen.set(key, said);
      return entry;
    }
    return first === said ? entry : { ...entry, id: `${key}\n${said}` };
  }
}
