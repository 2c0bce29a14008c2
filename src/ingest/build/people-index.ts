// Profiles of the people the posts present with an honorific title. The rule: a Weibo post
// that presents someone ("最美检察官 郑严凯") is their profile; a name in a list inside an
// article ("“全国模范检察官”张飚、丁殿勤为代表") is a passing mention and makes no profile.
// Facts are the sentences, in articles and posts, that name a profiled person, each tied to
// its item and paragraph. Trending snippets are cut-off text from elsewhere: no facts.
import type { Fact, Item, Person } from "../../content/feed-schema";
import { contentId } from "../../content/ids";
import { factText, findOrganisation, splitSentences } from "../parse/facts";
import { findPresentations } from "../parse/people";

interface Draft {
  id: string;
  name: string;
  honours: string[];
  facts: Fact[];
  /**
   * The text of each fact, so that a sentence told again (in the same item, or in a repost or
   * a reprint of it) is one fact, tied to where it was first told.
   */
  seen: Set<string>;
  /** The items that name the person, in feed order. */
  items: string[];
}

/** Paragraphs in reading order, numbered through the whole item (1-based, headings excluded). */
function paragraphsOf(item: Item): string[] {
  const ext = item._qingyue;
  if (ext.kind === "article") return ext.sections.flatMap((s) => s.paragraphs);
  return ext.kind === "post" ? ext.paragraphs : [];
}

/**
 * The people index, built in two passes so that items can stream through it: `observe` every
 * item (posts present people), then `attach` every item in the same order (facts are the
 * sentences naming a presented person; the item gets the ids of the people it names).
 */
export class PeopleIndex {
  private readonly drafts: Draft[] = [];
  private readonly byKey = new Map<string, Draft>();
  private matcher: { byName: Map<string, Draft[]>; pattern: RegExp; probe: RegExp } | null | undefined;

  observe(item: Item): void {
    const ext = item._qingyue;
    if (ext.kind !== "post") return;
    if (this.matcher !== undefined) throw new Error("PeopleIndex: observe after attach");
    const inThisPost = new Map<string, Draft>();
    for (const { name, honour } of findPresentations([ext.headline ?? "", ...ext.paragraphs].join("\n"))) {
      // The same name under two honours in one post is one person with both.
      const draft = this.byKey.get(`${name}|${honour}`) ?? inThisPost.get(name);
      if (draft) {
        if (!draft.honours.includes(honour)) draft.honours.push(honour);
        this.byKey.set(`${name}|${honour}`, draft);
        continue;
      }
      const made: Draft = { id: contentId("u", [name, honour]), name, honours: [honour], facts: [], seen: new Set(), items: [] };
      this.drafts.push(made);
      this.byKey.set(`${name}|${honour}`, made);
      inThisPost.set(name, made);
    }
  }

  /**
   * Records the facts this item gives and, on an article or post, the people it names; true
   * when that changed the item.
   */
  attach(item: Item): boolean {
    const matcher = this.matcherFor();
    if (matcher === null) return false;
    const { byName, pattern, probe } = matcher;
    const named = new Set<string>();
    paragraphsOf(item).forEach((paragraph, index) => {
      if (!probe.test(paragraph)) return;
      for (const sentence of splitSentences(paragraph)) {
        const text = factText(sentence);
        if (text === "") continue;
        for (const m of new Set(Array.from(text.matchAll(pattern), (x) => x[0]))) {
          for (const d of byName.get(m) ?? []) {
            if (!named.has(d.id)) d.items.push(item.id);
            named.add(d.id);
            if (d.seen.has(text)) continue;
            d.seen.add(text);
            d.facts.push({ text, item: item.id, paragraph: index + 1 });
          }
        }
      }
    });
    if (named.size === 0 || item._qingyue.kind === "trending") return false;
    item._qingyue.people = [...named];
    return true;
  }

  /** The profiles: the people presented who have at least one fact. */
  people(): Person[] {
    return this.drafts.filter((d) => d.facts.length > 0).map(toPerson);
  }

  private matcherFor() {
    if (this.matcher !== undefined) return this.matcher;
    if (this.drafts.length === 0) return (this.matcher = null);
    const byName = new Map<string, Draft[]>();
    for (const d of this.drafts) byName.set(d.name, [...(byName.get(d.name) ?? []), d]);
    const names = [...byName.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
    // A separate, non-global probe: `test` on a global RegExp would carry lastIndex over.
    return (this.matcher = { byName, pattern: new RegExp(names.join("|"), "gu"), probe: new RegExp(names.join("|"), "u") });
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function toPerson(d: Draft): Person {
  const organisation = d.facts.map((f) => findOrganisation(f.text)).find((o) => o !== undefined);
  return {
    id: d.id,
    name: d.name,
    honours: d.honours,
    ...(organisation !== undefined ? { organisation } : {}),
    summary: d.facts[0]?.text ?? d.name,
    facts: d.facts,
    items: d.items,
  };
}
