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
  /** item + text of each fact, so a sentence repeated in one item is one fact. */
  seen: Set<string>;
}

/** Paragraphs in reading order, numbered through the whole item (1-based, headings excluded). */
function paragraphsOf(item: Item): string[] {
  const ext = item._qingyue;
  if (ext.kind === "article") return ext.sections.flatMap((s) => s.paragraphs);
  return ext.kind === "post" ? ext.paragraphs : [];
}

function presentedPeople(items: readonly Item[]): Draft[] {
  const drafts: Draft[] = [];
  const byKey = new Map<string, Draft>();
  for (const item of items) {
    const ext = item._qingyue;
    if (ext.kind !== "post") continue;
    const inThisPost = new Map<string, Draft>();
    for (const { name, honour } of findPresentations([ext.headline ?? "", ...ext.paragraphs].join("\n"))) {
      // The same name under two honours in one post is one person with both.
      const draft = byKey.get(`${name}|${honour}`) ?? inThisPost.get(name);
      if (draft) {
        if (!draft.honours.includes(honour)) draft.honours.push(honour);
        byKey.set(`${name}|${honour}`, draft);
        continue;
      }
      const made: Draft = { id: contentId("u", [name, honour]), name, honours: [honour], facts: [], seen: new Set() };
      drafts.push(made);
      byKey.set(`${name}|${honour}`, made);
      inThisPost.set(name, made);
    }
  }
  return drafts;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Builds the profiles and records on each article and post the ids of the people it names. */
export function indexPeople(items: readonly Item[]): Person[] {
  const drafts = presentedPeople(items);
  if (drafts.length === 0) return [];
  const byName = new Map<string, Draft[]>();
  for (const d of drafts) byName.set(d.name, [...(byName.get(d.name) ?? []), d]);
  const names = [...byName.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
  const pattern = new RegExp(names.join("|"), "gu");
  // A separate, non-global probe: `test` on a global RegExp would carry lastIndex over.
  const probe = new RegExp(names.join("|"), "u");
  for (const item of items) {
    const named = new Set<string>();
    paragraphsOf(item).forEach((paragraph, index) => {
      if (!probe.test(paragraph)) return;
      for (const sentence of splitSentences(paragraph)) {
        const text = factText(sentence);
        if (text === "") continue;
        for (const m of new Set(Array.from(text.matchAll(pattern), (x) => x[0]))) {
          for (const d of byName.get(m) ?? []) {
            const key = `${item.id}\n${text}`;
            if (d.seen.has(key)) continue;
            d.seen.add(key);
            d.facts.push({ text, item: item.id, paragraph: index + 1 });
            named.add(d.id);
          }
        }
      }
    });
    if (named.size > 0 && item._qingyue.kind !== "trending") item._qingyue.people = [...named];
  }
  return drafts.filter((d) => d.facts.length > 0).map(toPerson);
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
    items: [...new Set(d.facts.map((f) => f.item))],
  };
}
