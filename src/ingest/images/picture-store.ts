// `--images DIR`: every picture a story shows (attachments, a video's poster, a repost's
// pictures, article figures, authors' avatars) is downloaded once, saved under a name made from
// its content, and the feed points at the site's own copy. The store remembers which address
// gave which file (DIR/sources.json), so a rerun fetches nothing it already has and writes the
// same feed. A picture that cannot be had keeps its address and is named with the reason.
import { createHash } from "node:crypto";
import { mkdir, readFile, rename, stat, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { Attachment, Author, Item } from "../../content/feed-schema";
import { decodeEntities } from "../../content/html-text";
import { fetchPicture, type FetchOptions } from "./fetch-picture";

interface Saved {
  file: string;
  width: number;
  height: number;
}

export interface PictureOptions extends FetchOptions {
  dir: string;
  /** Where the site serves DIR, e.g. "/images" or "https://example.org/images". */
  urlPath: string;
}

const MANIFEST = "sources.json";
const IN_FLIGHT = 4;

export class PictureStore {
  private readonly pending = new Map<string, Promise<Saved | { reason: string }>>();

  private constructor(
    private readonly options: PictureOptions,
    private readonly sources: Map<string, Saved>,
  ) {}

  static async open(options: PictureOptions): Promise<PictureStore> {
    await mkdir(options.dir, { recursive: true });
    const sources = new Map<string, Saved>();
    try {
      const doc = JSON.parse(await readFile(join(options.dir, MANIFEST), "utf8")) as { sources?: Record<string, Saved> };
      for (const [url, saved] of Object.entries(doc.sources ?? {})) {
        if (typeof saved?.file === "string" && /^[0-9a-f]{20}\.[a-z]+$/.test(saved.file)) sources.set(url, saved);
      }
    } catch {
      // No manifest yet (or an unreadable one): every picture is fetched afresh.
    }
    return new PictureStore(options, sources);
  }

  private publicUrl(file: string): string {
    return `${this.options.urlPath.replace(/\/+$/u, "")}/${file}`;
  }

  private async fetchOnce(url: string): Promise<Saved | { reason: string }> {
    const known = this.sources.get(url);
    if (known && (await stat(join(this.options.dir, known.file)).catch(() => undefined))) return known;
    const picture = await fetchPicture(url, this.options);
    if ("reason" in picture) return picture;
    const ext = picture.type === "jpg" ? "jpg" : picture.type;
    const file = `${createHash("sha256").update(picture.bytes).digest("hex").slice(0, 20)}.${ext}`;
    const path = join(this.options.dir, file);
    if (!(await stat(path).catch(() => undefined))) {
      const temp = `${path}.${process.pid}.tmp`;
      await writeFile(temp, picture.bytes);
      await rename(temp, path);
    }
    const saved = { file, width: picture.width, height: picture.height };
    this.sources.set(url, saved);
    return saved;
  }

  /** The site's copy of a picture, fetched at most once per run (and once ever, with the manifest). */
  get(url: string): Promise<Saved | { reason: string }> {
    let found = this.pending.get(url);
    if (!found) {
      found = this.fetchOnce(url);
      this.pending.set(url, found);
    }
    return found;
  }

  /** The item with its pictures pointing at the site's copies, and the pictures it could not have. */
  async localise(item: Item): Promise<{ item: Item; failures: { url: string; reason: string }[] }> {
    const urls = new Set<string>();
    const web = (u: string | undefined) => u !== undefined && /^https?:\/\//i.test(u) && !u.startsWith(this.options.urlPath);
    visit(item, (u) => {
      if (web(u)) urls.add(u);
      return u;
    });
    const results = new Map<string, Saved | { reason: string }>();
    const queue = [...urls];
    await Promise.all(
      Array.from({ length: Math.min(IN_FLIGHT, queue.length) }, async () => {
        for (let url = queue.shift(); url !== undefined; url = queue.shift()) results.set(url, await this.get(url));
      }),
    );
    const failures = [...results].flatMap(([url, r]) => ("reason" in r ? [{ url, reason: r.reason }] : []));
    const local = (u: string) => {
      const r = results.get(u);
      return r && !("reason" in r) ? r : undefined;
    };
    return { item: rewrite(item, local, (file) => this.publicUrl(file)), failures };
  }

  /** A picture address as the site's copy, or as given when it cannot be had (with the reason). */
  async localUrl(url: string): Promise<{ url: string; failure?: { url: string; reason: string } }> {
    if (!/^https?:\/\//i.test(url)) return { url };
    const saved = await this.get(url);
    return "reason" in saved ? { url, failure: { url, reason: saved.reason } } : { url: this.publicUrl(saved.file) };
  }

  /** Writes the address → file manifest (sorted, so a rerun writes the same bytes). */
  async save(): Promise<void> {
    const sources = Object.fromEntries([...this.sources].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    const path = join(this.options.dir, MANIFEST);
    await writeFile(`${path}.tmp`, `${JSON.stringify({ version: 1, sources }, null, 1)}\n`);
    await rename(`${path}.tmp`, path);
  }
}

type Local = (url: string) => Saved | undefined;

/** Calls `see` on every picture address an item shows. */
function visit(item: Item, see: (url: string) => string): void {
  const attachments = (list: readonly Attachment[] | undefined) => {
    for (const a of list ?? []) {
      if (/^image\//.test(a.mime_type)) see(a.url);
      if (a._qingyue?.poster) see(a._qingyue.poster);
    }
  };
  const authors = (list: readonly Author[] | undefined) => list?.forEach((a) => a.avatar && see(a.avatar));
  attachments(item.attachments);
  authors(item.authors);
  if (item.image) see(item.image);
  if (item.banner_image) see(item.banner_image);
  const ext = item._qingyue;
  if (ext.kind === "post" && ext.repost) {
    attachments(ext.repost.attachments);
    authors(ext.repost.authors);
  }
  if (ext.kind === "article") for (const s of ext.sections) for (const f of s.figures ?? []) see(f.url);
}

function rewrite(item: Item, local: Local, publicUrl: (file: string) => string): Item {
  const to = (u: string) => {
    const saved = local(u);
    return saved ? publicUrl(saved.file) : u;
  };
  const attachment = (a: Attachment): Attachment => {
    const saved = /^image\//.test(a.mime_type) ? local(a.url) : undefined;
    const poster = a._qingyue?.poster;
    if (!saved && !(poster && local(poster))) return a;
    const ext = { ...a._qingyue };
    delete ext.thumbnail;
    const kept = {
      ...ext,
      ...(saved ? { width: ext.width ?? saved.width, height: ext.height ?? saved.height } : {}),
      ...(poster ? { poster: to(poster) } : {}),
    };
    // A thumbnail on the picture's host would not show; the site's copy stands in for it.
    return { ...a, url: saved ? publicUrl(saved.file) : a.url, ...(saved ? { mime_type: mimeOf(saved.file) } : {}), _qingyue: kept };
  };
  const authors = (list: Author[] | undefined) => list?.map((a) => (a.avatar ? { ...a, avatar: to(a.avatar) } : a));
  const ext = item._qingyue;
  const done: Item = {
    ...item,
    ...(item.attachments ? { attachments: item.attachments.map(attachment) } : {}),
    ...(item.authors ? { authors: authors(item.authors)! } : {}),
    ...(item.image ? { image: to(item.image) } : {}),
    ...(item.banner_image ? { banner_image: to(item.banner_image) } : {}),
    ...(item.content_html !== undefined ? { content_html: localHtml(item.content_html, item.external_url, local, publicUrl) } : {}),
  };
  if (ext.kind === "post" && ext.repost) {
    const repost = {
      ...ext.repost,
      ...(ext.repost.attachments ? { attachments: ext.repost.attachments.map(attachment) } : {}),
      ...(ext.repost.authors ? { authors: authors(ext.repost.authors)! } : {}),
    };
    return { ...done, _qingyue: { ...ext, repost } };
  }
  if (ext.kind === "article") {
    const sections = ext.sections.map((s) => (s.figures ? { ...s, figures: s.figures.map((f) => ({ ...f, url: to(f.url) })) } : s));
    return { ...done, _qingyue: { ...ext, sections } };
  }
  return done;
}

/** The entry's HTML with each <img> whose picture was saved pointing at the site's copy. */
function localHtml(html: string, base: string | undefined, local: Local, publicUrl: (file: string) => string): string {
  return html.replace(/(<img\b[^>]*?\bsrc\s*=\s*)(["'])(.*?)\2/gi, (whole, before: string, quote: string, src: string) => {
    let absolute: string;
    try {
      absolute = new URL(decodeEntities(src).trim(), base).href;
    } catch {
      return whole;
    }
    const saved = local(absolute);
    return saved ? `${before}${quote}${publicUrl(saved.file)}${quote}` : whole;
  });
}

function mimeOf(file: string): string {
  const ext = file.slice(file.lastIndexOf(".") + 1);
  return ext === "jpg" ? "image/jpeg" : ext === "svg" ? "image/svg+xml" : `image/${ext}`;
}
