// The search index's postings as the ingest builds them: each key's posting is kept already
// packed (postings.ts: one byte a character, the string a shard file holds), and when the
// postings held reach a budget they are parked on disk, grouped by token shard, so memory
// stays flat whatever the corpus. A posting's parts join end to end: each part's first gap
// counts from the last story of the part before. The keys, their order and the packed
// strings are those SearchIndexBuilder's numbers pack into; only where they wait differs.
import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { SearchTokenShardSchema } from "../../content/feed-schema";
import { shardOf } from "../../content/item-index";
import { MAX_UNIT_LENGTH, type SearchDoc } from "../../content/search/index-builder";
import { kindCode, MAX_PACKED_CHARS, packNumberInto, PAIR_ONCE, POSTINGS_PACKING } from "../../content/search/postings";
import { pairKey } from "../../content/search/terms";
import { charClass, foldChar } from "../../content/search/units";
import { assertValid } from "./check";

/** Packed postings held in memory before they are parked on disk. */
export const HELD_BYTES = 8 * 1024 * 1024;

const EMPTY = new Uint8Array(0);
const NONE: number[] = [];

/** One key's posting: its packed tail in memory, and where its parked parts lie (run, offset, length). */
class Posting {
  last = 0;
  bytes: Uint8Array = EMPTY;
  length = 0;
  parked: number[] = [];
  /** The story last read that holds the key (-1: none yet), with, for that story, a unit's flags or a pair's positions. */
  story = -1;
  flags = 0;
  /**
   * A pair's places in that story: how many are in the title, the first place, and the places
   * after it (title places come first: the title is read first). Most pairs occur once in a
   * story, so the list is made only for a second place.
   */
  titles = 0;
  first = 0;
  more: number[] = NONE;

  constructor(
    readonly key: string,
    readonly shard: number,
  ) {}

  push(n: number, held: { bytes: number }): void {
    if (this.length + MAX_PACKED_CHARS > this.bytes.length) {
      const grown = new Uint8Array(Math.max(16, this.bytes.length * 2));
      grown.set(this.bytes.subarray(0, this.length));
      held.bytes += grown.length - this.bytes.length;
      this.bytes = grown;
    }
    this.length = packNumberInto(this.bytes, this.length, n);
  }
}

/** The class (0: not yet known) and folding of each character of one UTF-16 unit, worked out on first sight. */
const KIND_CODES = ["cjk", "word", "sep"] as const;
const bmpKinds = new Uint8Array(0x10000);
const bmpFolded: string[] = new Array<string>(0x10000).fill("");

function bmpKind(code: number): "cjk" | "word" | "sep" {
  const known = bmpKinds[code]!;
  if (known !== 0) return KIND_CODES[known - 1]!;
  const folded = foldChar(String.fromCharCode(code));
  const kind = charClass(folded);
  bmpFolded[code] = folded;
  bmpKinds[code] = KIND_CODES.indexOf(kind) + 1;
  return kind;
}

const TITLE = 1;
const BODY = 2;

/**
 * Where readField hands each unit: `code` is the unit's one UTF-16 character (`text` unused),
 * or -1 with the unit in `text` (a word, or a character of two units or folded to several).
 * Most units are one Han character: passed by code, none of them is made into a string.
 */
type UnitSink = (code: number, text: string, pos: number) => void;

/**
 * Reads a field's units and neighbouring pairs (with their positions) into the story's tokens:
 * the units and positions `units` gives (units.ts), read here without making a unit object
 * each, the common characters (ASCII, the main Han block) classed without folding.
 */
function readField(text: string, addUnit: UnitSink): void {
  // As in `units`: a separator (or the start) before a unit leaves a hole in the positions.
  let pos = -1;
  let gap = false;
  let opened = false;
  let word: string | undefined;
  let wordPos = 0;
  const length = text.length;
  for (let i = 0; i < length; ) {
    const code = text.charCodeAt(i);
    // The character folded: by code when it is one UTF-16 character, else as `folded`.
    let foldedCode = -1;
    let folded = "";
    let kind: "cjk" | "word" | "sep";
    if (code < 0x80) {
      i += 1;
      if (code >= 0x61 && code <= 0x7a) {
        foldedCode = code;
        kind = "word";
      } else if (code >= 0x41 && code <= 0x5a) {
        foldedCode = code + 32;
        kind = "word";
      } else if (code >= 0x30 && code <= 0x39) {
        foldedCode = code;
        kind = "word";
      } else kind = "sep";
    } else if (code >= 0x4e00 && code <= 0x9fff) {
      i += 1;
      foldedCode = code;
      kind = "cjk";
    } else if ((code & 0xf800) !== 0xd800) {
      // Any other character of one UTF-16 unit: folded and classed once per run, then looked up.
      i += 1;
      kind = bmpKind(code);
      folded = bmpFolded[code]!;
      if (folded.length === 1) foldedCode = folded.charCodeAt(0);
    } else {
      // One code point, as a string iterator gives it: a surrogate pair, or a lone surrogate.
      const pair = code <= 0xdbff && i + 1 < length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
      const ch = text.slice(i, pair ? i + 2 : i + 1);
      i += ch.length;
      folded = foldChar(ch);
      kind = charClass(folded);
      if (folded.length === 1) foldedCode = folded.charCodeAt(0);
    }
    if (kind === "word") {
      const part = foldedCode >= 0 ? String.fromCharCode(foldedCode) : folded;
      if (word !== undefined) word += part;
      else {
        pos += gap && opened ? 2 : 1;
        gap = false;
        opened = true;
        word = part;
        wordPos = pos;
      }
      continue;
    }
    if (word !== undefined) {
      addUnit(word.length === 1 ? word.charCodeAt(0) : -1, word, wordPos);
      word = undefined;
    }
    if (kind === "sep") gap = true;
    else {
      pos += gap && opened ? 2 : 1;
      gap = false;
      opened = true;
      addUnit(foldedCode, folded, pos);
    }
  }
  if (word !== undefined) addUnit(word.length === 1 ? word.charCodeAt(0) : -1, word, wordPos);
}

/**
 * Pairs of two one-unit characters by their codes (first << 16 | second, never 0: a pair's
 * characters are units, never NUL), each to its place in the list of pairs: open addressing
 * in typed arrays, as every pair of the text is looked up here.
 */
class PairTable {
  private keys = new Int32Array(1 << 16);
  private values = new Int32Array(1 << 16);
  private shift = 16;
  private count = 0;

  private slot(codes: number): number {
    const mask = this.keys.length - 1;
    let i = Math.imul(codes, 0x9e3779b1) >>> this.shift;
    while (this.keys[i] !== 0 && this.keys[i] !== codes) i = (i + 1) & mask;
    return i;
  }

  /** The pair's place, or -1. */
  find(codes: number): number {
    const i = this.slot(codes);
    return this.keys[i] === 0 ? -1 : this.values[i]!;
  }

  insert(codes: number, value: number): void {
    if ((this.count + 1) * 2 > this.keys.length) this.grow();
    const i = this.slot(codes);
    this.keys[i] = codes;
    this.values[i] = value;
    this.count += 1;
  }

  private grow(): void {
    const { keys, values } = this;
    this.keys = new Int32Array(keys.length * 2);
    this.values = new Int32Array(keys.length * 2);
    this.shift -= 1;
    for (let i = 0; i < keys.length; i += 1) {
      if (keys[i] === 0) continue;
      const at = this.slot(keys[i]!);
      this.keys[at] = keys[i]!;
      this.values[at] = values[i]!;
    }
  }
}

export class SearchPostings {
  /**
   * Every unit's and every pair's posting, in the order the keys were first seen (the order
   * of SearchIndexBuilder.keys). A unit of one UTF-16 character (most are) is found by its
   * code, a pair of two such by their codes, with no string made to look it up; the others by
   * their keys.
   */
  private readonly units: Posting[] = [];
  private readonly pairs: Posting[] = [];
  private readonly unitByCode: (Posting | undefined)[] = new Array<Posting | undefined>(0x10000).fill(undefined);
  private readonly pairByCodes = new PairTable();
  private readonly unitByKey = new Map<string, Posting>();
  private readonly pairByKey = new Map<string, Posting>();
  private readonly held = { bytes: 0 };
  private count = 0;
  private dir: string | undefined;
  /** Per parked run, where each shard's parts start: runs[r][s] … runs[r][s + 1]. */
  private readonly runs: Float64Array[] = [];
  private fd: number | undefined;
  private fileBytes = 0;

  constructor(
    readonly shards: number,
    private readonly budget = HELD_BYTES,
  ) {}

  get size(): number {
    return this.count;
  }

  /** Runs parked on disk so far. */
  get parkedRuns(): number {
    return this.runs.length;
  }

  /** The story being read: its units' and pairs' postings in the order they first appear in it. */
  private readonly storyUnits: Posting[] = [];
  private readonly storyPairs: Posting[] = [];
  private flag: typeof TITLE | typeof BODY = TITLE;
  /** The unit before in the field being read (as UnitSink gives it), and its position (-2: none it pairs with). */
  private prevCode = -1;
  private prevText = "";
  private prevPos = -2;
  private readonly addUnit: UnitSink = (code, folded, pos) => {
    if (code < 0 && folded.length > MAX_UNIT_LENGTH) {
      this.prevPos = -2;
      return;
    }
    const story = this.count;
    const u = code >= 0 ? this.unitOfCode(code) : this.posting(this.unitByKey, this.units, folded);
    if (u.story !== story) {
      u.story = story;
      u.flags = this.flag;
      this.storyUnits.push(u);
    } else u.flags |= this.flag;
    if (pos === this.prevPos + 1) {
      const p =
        code >= 0 && this.prevCode >= 0
          ? this.pairOfCodes(this.prevCode, code)
          : this.posting(
              this.pairByKey,
              this.pairs,
              pairKey(this.prevCode >= 0 ? String.fromCharCode(this.prevCode) : this.prevText, code >= 0 ? String.fromCharCode(code) : folded),
            );
      if (p.story !== story) {
        p.story = story;
        p.titles = this.flag === TITLE ? 1 : 0;
        p.first = this.prevPos;
        this.storyPairs.push(p);
      } else {
        if (p.more === NONE) p.more = [this.prevPos];
        else p.more.push(this.prevPos);
        if (this.flag === TITLE) p.titles += 1;
      }
    }
    this.prevCode = code;
    this.prevText = folded;
    this.prevPos = pos;
  };

  private readField(text: string, flag: typeof TITLE | typeof BODY): void {
    this.flag = flag;
    this.prevCode = -1;
    this.prevText = "";
    this.prevPos = -2;
    readField(text, this.addUnit);
  }

  /** Indexes the next story, in feed order, as SearchIndexBuilder.add does. */
  add(doc: SearchDoc): void {
    const n = this.count;
    this.readField(doc.title ?? "", TITLE);
    this.readField(doc.text, BODY);
    this.count += 1;
    const kind = kindCode(doc.kind);
    for (const p of this.storyUnits) {
      const flags = p.flags;
      p.push((n - p.last) * 16 + (flags & TITLE ? 8 : 0) + (flags & BODY ? 4 : 0) + kind, this.held);
      p.last = n;
    }
    this.storyUnits.length = 0;
    for (const p of this.storyPairs) {
      const { titles, first, more } = p;
      p.more = NONE;
      const last = p.last;
      p.last = n;
      if (titles === 0 && more.length === 0) {
        p.push((n - last) * 8 + PAIR_ONCE + kind, this.held);
        p.push(first, this.held);
        continue;
      }
      p.push((n - last) * 8 + kind, this.held);
      p.push(titles, this.held);
      p.push(more.length + 1 - titles, this.held);
      // Title places, then body places, each as a gap from the one before (from 0).
      p.push(first, this.held);
      let prev = first;
      for (let i = 0; i < more.length; i += 1) {
        if (i + 1 === titles) prev = 0;
        p.push(more[i]! - prev, this.held);
        prev = more[i]!;
      }
    }
    this.storyPairs.length = 0;
    if (this.held.bytes >= this.budget) this.park();
  }

  private posting(map: Map<string, Posting>, order: Posting[], key: string): Posting {
    let p = map.get(key);
    if (!p) {
      p = new Posting(key, shardOf(key, this.shards));
      map.set(key, p);
      order.push(p);
    }
    return p;
  }

  private unitOfCode(code: number): Posting {
    let p = this.unitByCode[code];
    if (!p) {
      const unit = String.fromCharCode(code);
      p = new Posting(unit, shardOf(unit, this.shards));
      this.unitByCode[code] = p;
      this.units.push(p);
    }
    return p;
  }

  private pairOfCodes(a: number, b: number): Posting {
    const codes = (a << 16) | b;
    const at = this.pairByCodes.find(codes);
    if (at >= 0) return this.pairs[at]!;
    const key = pairKey(String.fromCharCode(a), String.fromCharCode(b));
    const p = new Posting(key, shardOf(key, this.shards));
    this.pairByCodes.insert(codes, this.pairs.length);
    this.pairs.push(p);
    return p;
  }

  /** Writes every posting's tail to disk, shard by shard, and lets go of it. */
  private park(): void {
    this.dir ??= mkdtempSync(join(tmpdir(), "qingyue-search-"));
    this.fd ??= openSync(join(this.dir, "postings"), "w+");
    const byShard = Array.from({ length: this.shards }, () => [] as Posting[]);
    for (const order of [this.units, this.pairs]) for (const p of order) if (p.length > 0) byShard[p.shard]!.push(p);
    const starts = new Float64Array(this.shards + 1);
    const run = this.runs.length;
    const chunk: Uint8Array[] = [];
    let chunkBytes = 0;
    const flush = () => {
      const joined = Buffer.concat(chunk, chunkBytes);
      let done = 0;
      while (done < joined.length) done += writeSync(this.fd!, joined, done, joined.length - done, this.fileBytes + done);
      this.fileBytes += joined.length;
      chunk.length = 0;
      chunkBytes = 0;
    };
    byShard.forEach((list, s) => {
      starts[s] = this.fileBytes + chunkBytes;
      for (const p of list) {
        p.parked.push(run, this.fileBytes + chunkBytes, p.length);
        chunk.push(p.bytes.subarray(0, p.length));
        chunkBytes += p.length;
        p.bytes = EMPTY;
        p.length = 0;
      }
      if (chunkBytes >= 4 * 1024 * 1024) flush();
    });
    flush();
    starts[this.shards] = this.fileBytes;
    this.runs.push(starts);
    this.held.bytes = 0;
  }

  /** The postings of each token shard, keys in the order SearchIndexBuilder.keys gives them. */
  private byShard: [string, Posting][][] | undefined;

  /** Every key of token shard `s`, in the order SearchIndexBuilder.keys gives them, with its packed posting. */
  shard(s: number): [key: string, packed: string][] {
    if (this.byShard === undefined) {
      this.byShard = Array.from({ length: this.shards }, () => []);
      for (const order of [this.units, this.pairs]) for (const p of order) this.byShard[p.shard]!.push([p.key, p]);
    }
    const runs = this.runs.map((starts) => {
      const from = starts[s]!;
      const buffer = Buffer.allocUnsafe(starts[s + 1]! - from);
      let done = 0;
      while (done < buffer.length) done += readSync(this.fd!, buffer, done, buffer.length - done, from + done);
      return { from, buffer };
    });
    return this.byShard[s]!.map(([key, p]) => {
      let packed = "";
      for (let i = 0; i < p.parked.length; i += 3) {
        const { from, buffer } = runs[p.parked[i]!]!;
        const at = p.parked[i + 1]! - from;
        packed += buffer.toString("latin1", at, at + p.parked[i + 2]!);
      }
      packed += Buffer.from(p.bytes.buffer, p.bytes.byteOffset, p.length).toString("latin1");
      return [key, packed];
    });
  }

  /** Removes what was parked on disk. */
  dispose(): void {
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
    if (this.dir !== undefined) rmSync(this.dir, { recursive: true, force: true });
    this.dir = undefined;
  }
}

export const searchTokenFileName = (n: number) => `search-${n + 1}.json`;

/** Token shard `n` as its file holds it (compact JSON, read by programs only), checked against the contract. */
export function renderTokenShard(postings: SearchPostings, n: number): string {
  const tokens: Record<string, string> = {};
  for (const [key, packed] of postings.shard(n)) tokens[key] = packed;
  const doc = { version: POSTINGS_PACKING, tokens };
  assertValid(SearchTokenShardSchema, doc, searchTokenFileName(n));
  return `${JSON.stringify(doc)}\n`;
}
