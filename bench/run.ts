// `npm run bench`: the figures the issues ask for, printed on this machine in one run.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { measureRouteBytes } from "./route-bytes";
import { benchIngest } from "./ingest";
import { benchFeed, printFeedFigures, type FeedFigures } from "./feed";

function firstArticlePath(): string {
  const feed = JSON.parse(readFileSync("dist/feed/feed.json", "utf8")) as {
    items: { id: string; _qingyue: { kind: string } }[];
  };
  const article = feed.items.find((i) => i._qingyue.kind === "article");
  return article ? `/articles/${article.id}` : "/";
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KiB`;

async function main() {
  console.log("== ingest throughput");
  await benchIngest();

  console.log("\n== bytes each route loads (gzip -9, measured in Chromium)");
  execFileSync("npx", ["vite", "build", "--logLevel", "error"], { stdio: "inherit" });
  for (const r of await measureRouteBytes(["/", firstArticlePath()])) {
    console.log(`${r.path.padEnd(32)} JS ${kb(r.js).padStart(10)}   CSS ${kb(r.css).padStart(9)}   (${r.files} files)`);
  }

  console.log("\n== the feed at scale (synthetic feeds from make-feed, headless Chromium, 1280×800)");
  const feeds: FeedFigures[] = [];
  for (const items of [1_000, 10_000]) feeds.push(await benchFeed(items));
  printFeedFigures(feeds);
}

await main();
