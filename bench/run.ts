// `npm run bench`: the figures the issues ask for, printed on this machine in one run.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { libraryFloor, measureRouteBytes } from "./route-bytes";
import { benchIngest } from "./ingest";
import { benchFeed, printFeedFigures, type FeedFigures } from "./feed";
import { runLighthouse } from "./lighthouse";
import { benchDeepLink, printDeepLinkFigures } from "./deep-link";
import { benchWeibo, printWeibo } from "./weibo";
import { BROKEN_FEEDS, compareFeedParsers } from "./feed-parsers";
import { benchSlowPhone, printSlowPhoneFigures, SLOW_PHONE } from "./slow-phone";
import { benchSearch, printSearchFigures, RESULTS_SHOWN } from "./search";

interface FeedPage {
  items: { id: string; tags?: string[]; _qingyue: { kind: string } }[];
  _qingyue?: { people_url?: string };
}

/** One URL of each kind of page in the shipped feed: home, each item kind, people, a person, a topic. */
function routeSamples(): { article: string; all: string[] } {
  const feed = JSON.parse(readFileSync("dist/feed/feed.json", "utf8")) as FeedPage;
  const first = (kind: string) => feed.items.find((i) => i._qingyue.kind === kind);
  const article = first("article");
  const paths = ["/"];
  if (article) paths.push(`/articles/${article.id}`);
  const post = first("post");
  if (post) paths.push(`/posts/${post.id}`);
  const trending = first("trending");
  if (trending) paths.push(`/posts/${trending.id}`);
  paths.push("/people");
  const people = JSON.parse(readFileSync("dist/feed/people.json", "utf8")) as { people?: { id: string }[] };
  if (people.people?.[0]) paths.push(`/people/${people.people[0].id}`);
  const tag = feed.items.find((i) => i.tags?.length)?.tags?.[0];
  if (tag) paths.push(`/topics/${encodeURIComponent(tag)}`);
  return { article: article ? `/articles/${article.id}` : "/", all: paths };
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KiB`;

async function main() {
  console.log("== ingest throughput");
  await benchIngest();

  console.log("\n== Weibo posts per second (a synthetic weibo-crawler CSV of 50,000 posts)");
  printWeibo(await benchWeibo(50_000));

  console.log(`\n== feed parsers on ${BROKEN_FEEDS.length} broken feeds`);
  const parsers = compareFeedParsers();
  console.log(parsers.rows.join("\n"));
  console.log(`feedsmith ${parsers.feedsmith}/${BROKEN_FEEDS.length}, @rowanmanning/feed-parser ${parsers.rowan}/${BROKEN_FEEDS.length}`);

  console.log("\n== bytes each route loads (gzip -9, measured in Chromium on the production build; budget: first view ≤ 125 KiB JS)");
  execFileSync("npm", ["run", "build", "--silent"], { stdio: ["ignore", "ignore", "inherit"] });
  const routes = routeSamples();
  const floor = await libraryFloor();
  console.log(`${"libraries' floor (React + router + query, bench/floor)".padEnd(40)} JS ${kb(floor).padStart(10)}`);
  for (const r of await measureRouteBytes(routes.all)) {
    console.log(
      `${decodeURIComponent(r.path).padEnd(40)} JS ${kb(r.firstViewJs).padStart(10)} first view (floor + ${kb(r.firstViewJs - floor)}), ${kb(r.js)} in all   CSS ${kb(r.css).padStart(9)}   (${r.files} files)`,
    );
  }

  const { latencyMs, downKbps, upKbps, cpuSlowdown } = SLOW_PHONE;
  console.log(`\n== a slow phone: ${latencyMs} ms RTT, ${downKbps / 1000} Mbps down, ${upKbps} kbps up, ${cpuSlowdown}× CPU, compressed, cold; median of 3 (targets: words ≤ 1000 ms, hydrated ≤ 2000 ms)`);
  printSlowPhoneFigures(await benchSlowPhone(["/", routes.article]));

  console.log("\n== Lighthouse 13 (mobile, default simulated throttling; median of 5 runs each, worst run in brackets)");
  console.log("path".padEnd(40), "perf      a11y  BP   SEO   LCP ms          CLS     TBT ms");
  for (const r of await runLighthouse(["/", routes.article])) {
    console.log(
      r.path.padEnd(40),
      `${r.performance} (${r.worst.performance})`.padEnd(9),
      String(r.accessibility).padEnd(5),
      String(r.bestPractices).padEnd(4),
      String(r.seo).padEnd(5),
      `${r.lcpMs.toFixed(0)} (${r.worst.lcpMs.toFixed(0)})`.padEnd(15),
      r.cls.toFixed(3).padEnd(7),
      `${r.tbtMs.toFixed(0)} (${r.worst.tbtMs.toFixed(0)})`,
    );
  }

  console.log("\n== the feed at scale (synthetic feeds from make-feed, headless Chromium, 1280×800)");
  const feeds: FeedFigures[] = [];
  for (const items of [1_000, 10_000]) feeds.push(await benchFeed(items));
  printFeedFigures(feeds);

  console.log("\n== a story opened cold on a long feed (its last post; built app, no prerendered page; median of 3)");
  printDeepLinkFigures([await benchDeepLink(10_000, true), await benchDeepLink(10_000, false)]);

  console.log(`\n== search (synthetic feeds; 250 queries cut from the feed's text; bytes = the token shards a query needs + the story shards of its first ${RESULTS_SHOWN} results; answer = ranking and snippets with those shards in memory)`);
  printSearchFigures([await benchSearch(10_000), await benchSearch(100_000)]);
}

await main();
