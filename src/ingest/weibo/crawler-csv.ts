// Weibo CSV files (weibo-crawler's, github.com/dataabc/weibo-crawler, and the other crawlers'
// read here): their rows, read as a stream in the file's encoding (file-encoding.ts), what each
// column holds being csv-layout.ts's to say. weibo-crawler names the author only in the file's
// path: `<screen_name>/<user_id>.csv`, with the profile in `users.csv` beside the folders.
import { existsSync, readFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { parse } from "csv-parse";
import { parse as parseSync } from "csv-parse/sync";
import { asUtf8, encodingSample, fileEncoding, utf8Chunks } from "../file-encoding";
import { readUser, type Json } from "./record";
import type { WeiboAuthor } from "./status";

function readUsersCsv(path: string): Map<string, WeiboAuthor> {
  const users = new Map<string, WeiboAuthor>();
  try {
    const rows = parseSync(asUtf8(readFileSync(path)), { bom: true, relax_column_count: true, columns: true }) as Record<string, string>[];
    for (const row of rows) {
      const user = usersRowAuthor(row);
      if (user?.id !== undefined) users.set(user.id, user);
    }
  } catch {
    // A broken users.csv only costs the profile's extra facts.
  }
  return users;
}

export function usersRowAuthor(row: Record<string, string | undefined>): WeiboAuthor | undefined {
  return readUser({
    id: row["用户id"], screen_name: row["昵称"], description: row["简介"], followers_count: row["粉丝数"],
    avatar_hd: row["高清头像"] || row["头像"], verified: row["是否认证"] === "True" || row["是否认证"] === "true",
    verified_reason: row["认证信息"],
  });
}

/** The author the crawler's file path names, completed from users.csv beside it when there is one. */
export function crawlerAuthor(path: string): Json {
  const uid = /^(\d{5,})\.csv$/i.exec(basename(path))?.[1];
  const folder = basename(dirname(path));
  const name = folder !== uid && folder !== "." && folder !== "" ? folder : undefined;
  if (uid === undefined) return {};
  for (const users of [join(dirname(dirname(path)), "users.csv"), join(dirname(path), "users.csv")]) {
    if (!existsSync(users)) continue;
    const profile = readUsersCsv(users).get(uid);
    if (profile) {
      return {
        user: {
          id: uid, screen_name: profile.name, ...(profile.avatar ? { avatar_hd: profile.avatar } : {}),
          ...(profile.description ? { description: profile.description } : {}),
          ...(profile.followers ? { followers_count: profile.followers } : {}),
          ...(profile.verified ? { verified: true, verified_reason: profile.verified } : {}),
        },
      };
    }
  }
  return name !== undefined ? { user_id: uid, screen_name: name } : { user_id: uid };
}

/** A record past this is no post (a field whose quote never closes swallows the file). */
export const MAX_RECORD_BYTES = 1024 * 1024;

/**
 * The rows of a CSV file, streamed: the header first. Each row is taken as the parser reads it,
 * so a fault in the file costs the rows from the fault on, not the rows read with it in the
 * same chunk (a piped parser drops those when it fails).
 */
export async function* csvRows(path: string): AsyncGenerator<string[]> {
  const { sample, whole } = await encodingSample(path);
  const encoding = fileEncoding(sample, whole);
  const rows: string[][] = [];
  let failure: unknown;
  const parser = parse({
    bom: true,
    relax_column_count: true,
    skip_empty_lines: true,
    max_record_size: MAX_RECORD_BYTES,
    on_record: (row: string[]) => {
      rows.push(row);
      return null;
    },
  });
  parser.on("error", (error) => (failure ??= error));
  parser.resume();
  // A file in another encoding reaches the parser as UTF-8, a chunk at a time.
  for await (const chunk of utf8Chunks(path, encoding)) {
    parser.write(chunk);
    // A fault is reported a tick after the rows before it.
    await new Promise((resolve) => setImmediate(resolve));
    yield* rows.splice(0);
    if (failure !== undefined) throw failure;
  }
  parser.end();
  await new Promise((resolve) => {
    parser.once("end", resolve);
    parser.once("error", resolve);
  });
  yield* rows.splice(0);
  if (failure !== undefined) throw failure;
}

const CSV_ERRORS: Record<string, string> = {
  CSV_QUOTE_NOT_CLOSED: "有一个引号到文件末尾也没有闭合",
  CSV_INVALID_CLOSING_QUOTE: "引号用得不对（闭合的引号后面还有字）",
  CSV_INVALID_OPENING_QUOTE: "引号用得不对（字段中间出现了开头的引号）",
  CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE: "引号用得不对（闭合的引号后面还有字）",
  CSV_MAX_RECORD_SIZE: `有一条记录超过 ${MAX_RECORD_BYTES / 1024 / 1024} MiB（多半是引号没有闭合）`,
};

/**
 * Why the CSV parser stopped, in words, with the record it stopped at (counted as the
 * set-aside records are, after the header; the parser's line is where it gave up, which for a
 * quote never closed is the end of the file).
 */
export function csvErrorInWords(error: unknown, record: number): string {
  const code = (error as { code?: string }).code;
  const words = (code !== undefined ? CSV_ERRORS[code] : undefined) ?? "格式有误";
  return `CSV 从第 ${record} 条记录起读不下去：${words}，这一条和它后面的没有读`;
}
