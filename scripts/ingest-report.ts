// `npm run report:data -- [DIR]`: what the ingest makes of each data file in a folder (by
// default ../shared/dev-set/weibo), read as the ingest reads any input (so a weiboSpider txt
// file counts, and a page of text is said to be one): posts, pictures, videos, reposts,
// authors, dates, cut posts and what it set aside. Reads only; writes nothing and fetches nothing.
import { readdirSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import * as v from "valibot";
import { ItemSchema, type Attachment, type Item } from "../src/content/feed-schema";
import { readInputs } from "../src/ingest/inputs";
import { isInputFileName } from "../src/ingest/sniff";

const dir = resolve(process.argv[2] ?? "../shared/dev-set/weibo");
const isPicture = (a: Attachment) => a.mime_type.startsWith("image/");

interface Row {
  file: string;
  posts: number;
  snippets: number;
  articles: number;
  pictures: number;
  videos: number;
  reposts: number;
  deleted: number;
  authors: number;
  dated: number;
  undated: number;
  cut: number;
  invalid: number;
  notes: string[];
}

async function report(path: string): Promise<Row> {
  const row: Row = { file: path.slice(dir.length + 1), posts: 0, snippets: 0, articles: 0, pictures: 0, videos: 0, reposts: 0, deleted: 0, authors: 0, dated: 0, undated: 0, cut: 0, invalid: 0, notes: [] };
  const authors = new Set<string>();
  const count = (item: Item) => {
    if (!v.safeParse(ItemSchema, item).success) row.invalid += 1;
    const ext = item._qingyue;
    if (ext.kind === "trending") return void (row.snippets += 1);
    if (ext.kind === "article") row.articles += 1;
    else row.posts += 1;
    row.pictures += (item.attachments ?? []).filter(isPicture).length;
    row.videos += (item.attachments ?? []).filter((a) => a.mime_type.startsWith("video/")).length;
    for (const a of item.authors ?? []) authors.add(a._qingyue?.id ?? a.name);
    if (item.date_published) row.dated += 1;
    else row.undated += 1;
    if (ext.kind === "post") {
      if (ext.truncated) row.cut += 1;
      if (ext.repost) {
        row.reposts += 1;
        if (ext.repost.deleted) row.deleted += 1;
        row.pictures += (ext.repost.attachments ?? []).filter(isPicture).length;
        row.videos += (ext.repost.attachments ?? []).filter((a) => a.mime_type.startsWith("video/")).length;
        for (const a of ext.repost.authors ?? []) authors.add(a._qingyue?.id ?? a.name);
      }
    }
  };
  for await (const event of readInputs([path])) {
    if (!event.ok) {
      row.notes.push(`refused: ${event.reason}`);
      continue;
    }
    if (!("items" in event)) {
      row.notes.push("page text, not Weibo data");
      continue;
    }
    event.items.forEach(count);
    row.notes.push(...event.notes);
    if (event.longTexts.length > 0) row.notes.push(`${event.longTexts.length} whole text(s) for cut posts`);
    if (event.profiles.length > 0) row.notes.push(`profile of ${event.profiles.map((p) => p.name).join(", ")}`);
  }
  row.authors = authors.size;
  return row;
}

const files = readdirSync(dir).filter((f) => isInputFileName(f) && statSync(join(dir, f)).isFile()).sort();
console.log(`What the ingest makes of ${dir}:\n`);
console.log("file | posts | snippets | pictures | videos | reposts (deleted) | authors | dated / undated | cut (全文) | schema errors | notes");
console.log("--- | --- | --- | --- | --- | --- | --- | --- | --- | --- | ---");
for (const file of files) {
  const r = await report(join(dir, file));
  console.log(
    `${r.file} | ${r.posts}${r.articles ? ` (+${r.articles} articles)` : ""} | ${r.snippets} | ${r.pictures} | ${r.videos} | ${r.reposts} (${r.deleted}) | ${r.authors} | ${r.dated} / ${r.undated} | ${r.cut} | ${r.invalid} | ${r.notes.join("; ") || "—"}`,
  );
}
