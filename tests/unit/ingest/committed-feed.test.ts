// @vitest-environment node
// The app ships with public/feed, made from data/seed by `npm run ingest -- data/seed`. A fresh
// ingest of the seed must reproduce it byte for byte: same files, same bytes.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, expect, it } from "vitest";
import { ROOT } from "./helpers";

const out = mkdtempSync(join(tmpdir(), "qingyue-committed-"));
afterAll(() => rmSync(out, { recursive: true, force: true }));

it("public/feed is exactly what the ingest makes of data/seed", { timeout: 60_000 }, () => {
  const run = spawnSync(join(ROOT, "node_modules", ".bin", "tsx"), ["src/ingest/cli.ts", "--out", out, "data/seed"], {
    cwd: ROOT,
    encoding: "utf8",
  });
  expect(run.status, run.stderr).toBe(0);
  const committed = join(ROOT, "public", "feed");
  const names = readdirSync(committed).sort();
  expect(readdirSync(out).sort()).toEqual(names);
  expect(names).toContain("feed.json");
  for (const name of names) {
    expect(readFileSync(join(out, name)).equals(readFileSync(join(committed, name))), name).toBe(true);
  }
});
