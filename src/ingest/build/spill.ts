// Items parked on disk between the ingest's two passes, so a corpus of any size never holds its
// items in memory: the first pass writes them in order, the second reads them back in the same
// order. Each is parked as its page will hold it (renderItem), as it is, each ended by the
// record separator U+001E, which JSON never holds raw (a string escapes it as \u001e).
// The file is UTF-16, as the strings are held: Chinese text takes as many bytes as in UTF-8,
// and is copied out and back instead of being transcoded both ways.
import { createWriteStream, type WriteStream } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { once } from "node:events";
import type { Item } from "../../content/feed-schema";
import type { ReadyItem } from "./feed-pages";
import { linesOf } from "../json-lines";

const ENCODING = "utf16le";
const END = "\u001e";

export class ItemSpill {
  private constructor(
    private readonly dir: string,
    private readonly file: string,
    private readonly out: WriteStream,
  ) {}

  static async open(): Promise<ItemSpill> {
    const dir = await mkdtemp(join(tmpdir(), "qingyue-ingest-"));
    const file = join(dir, "items");
    return new ItemSpill(dir, file, createWriteStream(file, { encoding: ENCODING }));
  }

  /**
   * Appends items given as their renderings (renderItem; one write for a page's worth),
   * waiting when the disk is behind so the queue never grows.
   */
  async add(texts: readonly string[]): Promise<void> {
    if (texts.length === 0) return;
    if (!this.out.write(`${texts.join(END)}${END}`)) await once(this.out, "drain");
  }

  /** The items, in the order they were added, each with its rendering. */
  async *items(): AsyncGenerator<Required<ReadyItem>> {
    if (!this.out.closed) await new Promise<void>((resolve, reject) => this.out.end((error?: Error | null) => (error ? reject(error) : resolve())));
    for await (const text of linesOf(this.file, ENCODING, END)) {
      if (text !== "") yield { item: JSON.parse(text) as Item, text };
    }
  }

  async dispose(): Promise<void> {
    this.out.destroy();
    await rm(this.dir, { recursive: true, force: true });
  }
}
