// Weibo posts per second: a large synthetic weibo-crawler CSV (Chinese headers, the layout
// with the 源微博 repost columns; every tenth row a repost, most with pictures), ingested end
// to end into a temp folder. Run directly (`npm run bench:weibo -- [rows]`) or through
// `npm run bench`.
import { createWriteStream, existsSync, mkdirSync, mkdtempSync, rmSync, statSync } from "node:fs";
import { once } from "node:events";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { ingest } from "../src/ingest/ingest";

const ROOT = join(fileURLToPath(import.meta.url), "..", "..");
const CORPUS_DIR = join(ROOT, "bench", ".corpus", "weibo", "江城观察");
const HEADS = ["id", "bid", "正文", "头条文章url", "原始图片url", "视频url", "Live Photo视频url", "位置", "日期", "工具", "点赞数", "评论数", "转发数", "话题", "@用户", "完整日期", "是否编辑过", "编辑次数"];
const HEADER = [...HEADS, "是否原创", "源用户id", "源用户昵称", ...HEADS.map((h) => `源微博${h}`)];
const TOPICS = ["城市观鸟", "江城早餐", "地铁新线", "周末去哪儿", "老城记忆"];
const FACES = ["[心]", "[赞]", "[哈哈]", "[吃瓜]", "[泪]"];

const csvCell = (value: string) => (/[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

function row(n: number): string[] {
  const id = String(4400000000000000 + n);
  const day = String(1 + (n % 28)).padStart(2, "0");
  const text = `#${TOPICS[n % TOPICS.length]}# 第${n}条：今天在江边走了一圈，看到${n % 97}只白鹭${FACES[n % FACES.length]}\n@江城日报 http://t.cn/A6${(n % 100000).toString(36)}`;
  const pics = n % 3 === 0 ? "" : Array.from({ length: 1 + (n % 4) }, (_, i) => `https://wx${1 + (i % 4)}.sinaimg.cn/large/0011aaaaly1g${n.toString(36)}${i}.jpg`).join(",");
  const own = [`${id}\t`, `HX${n.toString(36)}`, text, "", pics, "", "", "江城", `2024-03-${day}T08:${String(n % 60).padStart(2, "0")}:00`, "iPhone客户端", String(n % 500), String(n % 50), String(n % 20), TOPICS[n % TOPICS.length]!, "江城日报", `2024-03-${day} 08:${String(n % 60).padStart(2, "0")}:00`, "False", "0"];
  if (n % 10 !== 0) return [...own, "True", "", "", ...HEADS.map(() => "")];
  const original = [`${3900000000000000 + n}\t`, `HO${n.toString(36)}`, `【江城新闻】第${n}期：大桥通车，市民步行上桥参观`, "", "https://wx3.sinaimg.cn/large/0033ccccly1g0000003.jpg", "", "", "", `2024-03-${day}T07:00:00`, "", "520", "88", "120", "", "", `2024-03-${day} 07:00:00`, "False", "0"];
  return [...own, "False", "1700000011", "江城日报", ...original];
}

export async function buildWeiboCsv(rows: number): Promise<{ path: string; bytes: number }> {
  const path = join(CORPUS_DIR, "1700000010.csv");
  const marker = `${path}.${rows}`;
  if (existsSync(path) && existsSync(marker)) return { path, bytes: statSync(path).size };
  mkdirSync(CORPUS_DIR, { recursive: true });
  rmSync(join(CORPUS_DIR, ".."), { recursive: true, force: true });
  mkdirSync(CORPUS_DIR, { recursive: true });
  const out = createWriteStream(path);
  out.write(`\ufeff${HEADER.join(",")}\n`);
  for (let n = 1; n <= rows; n += 1) {
    if (!out.write(`${row(n).map(csvCell).join(",")}\n`)) await once(out, "drain");
  }
  out.end();
  await once(out, "finish");
  createWriteStream(marker).end();
  return { path, bytes: statSync(path).size };
}

export async function benchWeibo(rows = 50_000): Promise<{ posts: number; seconds: number; perSecond: number; mib: number; readPerSecond: number; cpuSeconds: number; timings: { read: number; build: number; write: number } }> {
  const { path, bytes } = await buildWeiboCsv(rows);
  const out = mkdtempSync(join(tmpdir(), "qingyue-bench-weibo-"));
  try {
    const cpu = process.cpuUsage();
    const started = performance.now();
    const result = await ingest({ inputs: [path], out, pageSize: 50, baseUrl: "", log: () => {} });
    const seconds = (performance.now() - started) / 1000;
    const used = process.cpuUsage(cpu);
    const cpuSeconds = (used.user + used.system) / 1e6;
    const posts = result.counts.post;
    const t = result.timings;
    return { posts, seconds, perSecond: posts / seconds, mib: bytes / 1024 / 1024, readPerSecond: posts / (t.read / 1000), cpuSeconds, timings: t };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

export function printWeibo(r: Awaited<ReturnType<typeof benchWeibo>>): void {
  const t = r.timings;
  console.log(
    `weibo-crawler CSV: ${r.posts} posts (${r.mib.toFixed(1)} MiB) in ${r.seconds.toFixed(1)} s → ${Math.round(r.perSecond)} posts/s end to end; ` +
      `${Math.round(r.posts / r.cpuSeconds)} posts per CPU second (${r.cpuSeconds.toFixed(1)} s of CPU: the machine is shared); ` +
      `reading and parsing alone ${Math.round(r.readPerSecond)} posts/s (read ${(t.read / 1000).toFixed(1)} s, build ${(t.build / 1000).toFixed(1)} s, write ${(t.write / 1000).toFixed(1)} s)`,
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const rows = Number(process.argv[2] ?? 50_000);
  const r = await benchWeibo(rows);
  printWeibo(r);
}
