// `npm run ingest`: scraped pages → the feed. Exit 0 when every input was ingested, 1 when
// some input was skipped (the rest is still written) or nothing was usable (nothing written),
// 2 on a usage error.
import { parseCliArgs, USAGE, UsageError } from "./args";
import { ingest } from "./ingest";

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
    process.stderr.write(`ingest: no usable page in the input; nothing written to ${options.out}\n`);
    return 1;
  }
  const pages = result.files.filter((name) => /^feed(-\d+)?\.json$/.test(name)).length;
  const shards = result.files.filter((name) => /^(index|topics)-\d+\.json$/.test(name)).length;
  process.stdout.write(
    `ingest: ${result.pages} page(s) → ${result.items} items (${article} article, ${post} post, ${trending} trending` +
      `${result.duplicates > 0 ? `; ${result.duplicates} duplicate(s) dropped` : ""}), ${result.people} people; ` +
      `wrote ${pages} feed page(s), ${shards} index shard(s) and people.json to ${options.out}\n`,
  );
  if (result.failures.length > 0) {
    process.stderr.write(`ingest: ${result.failures.length} input(s) or picture(s) could not be used (named above)\n`);
    return 1;
  }
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`ingest: failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  },
);
