// `npm run ingest`: scraped pages → the feed. Exit 0 when every input was ingested, 1 when
// some input was skipped (the rest is still written) or nothing was usable (nothing written),
// 2 on a usage error.
import { parseCliArgs, USAGE, UsageError } from "./args";
import { ingest } from "./ingest";
import { FeedWriteError } from "./write-feed";

async function main(argv: readonly string[]): Promise<number> {
  let options;
  try {
    options = parseCliArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`ingest: ${error.message}\n\n${USAGE}\n`);
    return 2;
  }
  if (options === "help") {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const result = await ingest({ ...options, log: (line) => process.stderr.write(`${line}\n`) });
  const { article, post, trending } = result.counts;
  if (!result.written) {
    process.stderr.write(`ingest: 输入里没有可用的页面，${options.out} 里什么也没有写\n`);
    return 1;
  }
  const pages = result.files.filter((name) => /^feed(-\d+)?\.json$/.test(name)).length;
  const shards = result.files.filter((name) => /^(index|topics)-\d+\.json$/.test(name)).length;
  process.stdout.write(
    `ingest: 读了 ${result.pages} 个页面 → ${result.items} 条（文章 ${article}，微博 ${post}，热门 ${trending}` +
      `${result.duplicates > 0 ? `；去掉重复 ${result.duplicates} 条` : ""}），人物 ${result.people} 位；` +
      `写入 ${pages} 个订阅源页面、${shards} 个索引分片和 people.json 到 ${options.out}\n`,
  );
  if (result.failures.length > 0) {
    process.stderr.write(`ingest: 有 ${result.failures.length} 个输入或图片没能用上（见上面各行）\n`);
    return 1;
  }
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof FeedWriteError) {
      process.stderr.write(`ingest: ${error.message}\n`);
      process.exitCode = 1;
      return;
    }
    // A fault of the ingest itself: the reader gets words; whoever fixes it asks for the trace.
    process.stderr.write("ingest: 意外出错，没有写入任何文件（设环境变量 INGEST_DEBUG=1 可看技术细节）\n");
    if (process.env.INGEST_DEBUG) process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  },
);
