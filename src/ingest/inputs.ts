// The ingest's inputs as a stream of pages: text files, folders of them (walked in sorted
// order, one directory listing at a time) and JSON Lines files. Each page is read when the
// consumer asks for it, so the corpus is never held in memory. Unreadable inputs come out as
// failures with a reason instead of stopping the stream.
import { readFile, readdir, stat } from "node:fs/promises";
import { extname, join } from "node:path";
import type { ItemContext } from "./build/items";
import { DATA_FILES, readDataFile, type DataEvent } from "./data-files";
import { decodePage } from "./decode";
import { readJsonl } from "./jsonl";

export type InputEvent =
  | { ok: true; name: string; text: string; bytes: number; externalUrl?: string }
  | Extract<DataEvent, { ok: true }>
  | { ok: false; name: string; reason: string };

/** One page file above this is not a scraped page. */
const MAX_PAGE_BYTES = 32 * 1024 * 1024;
const JSONL = new Set([".jsonl", ".ndjson"]);
const PAGE_FILES = new Set([".txt", ".text"]);

/** Plain code-unit order: the same on every machine, unlike localeCompare. */
const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function reasonOf(error: unknown): string {
  const code = (error as { code?: string }).code;
  if (code === "ENOENT") return "no such file or directory";
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  if (code === "EISDIR") return "is a directory";
  return error instanceof Error ? error.message : String(error);
}

async function readPageFile(path: string): Promise<InputEvent> {
  try {
    const info = await stat(path);
    if (info.size > MAX_PAGE_BYTES) return { ok: false, name: path, reason: "too large for one page" };
    const bytes = await readFile(path);
    const decoded = decodePage(bytes);
    return "reason" in decoded
      ? { ok: false, name: path, reason: decoded.reason }
      : { ok: true, name: path, text: decoded.text, bytes: bytes.length };
  } catch (error) {
    return { ok: false, name: path, reason: reasonOf(error) };
  }
}

async function* readFileInput(path: string, ctx: ItemContext): AsyncGenerator<InputEvent> {
  if (DATA_FILES.has(extname(path).toLowerCase())) {
    yield* readDataFile(path, ctx);
    return;
  }
  if (!JSONL.has(extname(path).toLowerCase())) {
    yield await readPageFile(path);
    return;
  }
  try {
    yield* readJsonl(path, ctx);
  } catch (error) {
    yield { ok: false, name: path, reason: reasonOf(error) };
  }
}

/** Page files under a folder, depth first, each level sorted; hidden entries skipped. */
async function* walk(dir: string): AsyncGenerator<string> {
  const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => byCodeUnit(a.name, b.name));
  for (const entry of entries) {
    if (entry.name.startsWith(".")) continue;
    const path = join(dir, entry.name);
    const kind = entry.isSymbolicLink() ? await stat(path).catch(() => undefined) : entry;
    if (kind?.isDirectory()) yield* walk(path);
    else if (kind?.isFile()) {
      const ext = extname(entry.name).toLowerCase();
      if (PAGE_FILES.has(ext) || JSONL.has(ext) || DATA_FILES.has(ext)) yield path;
    }
  }
}

export async function* readInputs(paths: readonly string[], ctx: ItemContext = { baseUrl: "" }): AsyncGenerator<InputEvent> {
  for (const path of [...new Set(paths)].sort(byCodeUnit)) {
    let info;
    try {
      info = await stat(path);
    } catch (error) {
      yield { ok: false, name: path, reason: reasonOf(error) };
      continue;
    }
    if (!info.isDirectory()) {
      yield* readFileInput(path, ctx);
      continue;
    }
    let found = 0;
    try {
      for await (const file of walk(path)) {
        found += 1;
        yield* readFileInput(file, ctx);
      }
    } catch (error) {
      yield { ok: false, name: path, reason: reasonOf(error) };
      continue;
    }
    if (found === 0) yield { ok: false, name: path, reason: "folder holds no .txt or .jsonl pages" };
  }
}
