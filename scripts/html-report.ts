// `npm run report:pages -- [DIR]`: what the HTML extractor finds on each page of a folder
// (default ../shared/dev-set/html): title, date, first and last paragraph, paragraph count.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { decodePage } from "../src/ingest/decode";
import { parseHtmlPage } from "../src/ingest/html/extract";

const dir = process.argv[2] ?? join(import.meta.dirname, "..", "..", "shared", "dev-set", "html");
const ROUNDS = 3;
const cut = (s: string | undefined, n: number) => (s === undefined ? "—" : [...s].length > n ? `${[...s].slice(0, n).join("")}…` : s);
let total = 0;
let baseline = 0;
let pages = 0;
for (const name of readdirSync(dir).filter((f) => /\.html?$/u.test(f)).sort()) {
  const decoded = decodePage(readFileSync(join(dir, name)));
  if ("reason" in decoded) {
    console.log(`${name}\t✗ ${decoded.reason}`);
    continue;
  }
  let result = parseHtmlPage(decoded.text);
  const started = performance.now();
  for (let round = 0; round < ROUNDS; round += 1) result = parseHtmlPage(decoded.text);
  total += (performance.now() - started) / ROUNDS;
  pages += 1;
  // The baseline the extractor is measured against: Mozilla's Readability on the same DOM.
  const before = performance.now();
  for (let round = 0; round < ROUNDS; round += 1) new Readability(parseHTML(decoded.text).document as unknown as Document).parse();
  baseline += (performance.now() - before) / ROUNDS;
  if ("reason" in result) {
    console.log(`${name}\t✗ ${result.reason}`);
    continue;
  }
  const a = result.page.article!;
  const paragraphs = a.sections.flatMap((s) => s.paragraphs);
  const figures = a.sections.reduce((n, s) => n + (s.figures?.length ?? 0), 0);
  console.log(
    `${name}\n  title  ${a.title}\n  date   ${a.date?.iso ?? "—"} (${a.date?.precision ?? "—"})   source ${a.source ?? "—"}   publisher ${a.publisher ?? "—"}   authors ${a.authors?.join("、") ?? "—"}   byline ${a.byline?.text ?? "—"}\n` +
      `  first  ${cut(paragraphs[0], 50)}\n  last   ${cut(paragraphs.at(-1), 50)}\n  ${paragraphs.length} paragraphs, ${a.sections.length} sections, ${figures} figures, ${a.related?.length ?? 0} related`,
  );
}
const each = (ms: number) => `${(ms / Math.max(1, pages)).toFixed(1)} ms a page`;
console.log(`\n${pages} pages, ${each(total)} on one core (DOM parse and extraction, warm); Readability on linkedom: ${each(baseline)}`);
