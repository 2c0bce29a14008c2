// What an entry carries besides its words: enclosures (RSS <enclosure>, Atom rel="enclosure",
// JSON Feed attachments, Media RSS <media:content>, also in a <media:group>), with a video's
// still picture and an episode's length; the entry's picture (Media RSS thumbnails, a podcast
// episode's <itunes:image>); and the words Media RSS alone gives (a video site's description).
import type { FeedEnclosure, ParsedFeed } from "./parse";
import { escapeHtml, isObj, list, text, type Obj } from "./values";

const mediaOf = (entry: Obj): Obj => (isObj(entry.media) ? entry.media : {});
const groupsOf = (media: Obj): Obj[] => list(media.groups).filter(isObj);
/**
 * A thumbnail said to be smaller than this is an icon (a code host's 30×30 avatar of the
 * author), not a picture of the story: the size below which news pages' pictures are icons too.
 */
const ICON_WIDTH = 60;
const ICON_HEIGHT = 40;
/** Pixels wide past which a rendition is for printing or zooming, not for reading on a screen. */
const SCREEN_WIDTH = 2048;
const isIcon = (t: Obj) => (typeof t.width === "number" && t.width < ICON_WIDTH) || (typeof t.height === "number" && t.height < ICON_HEIGHT);
/** Of thumbnails in several sizes, the largest that fits a screen; else the first that is no icon. */
const thumbnailOf = (m: Obj): string | undefined => {
  const shown = list(m.thumbnails).filter(isObj).filter((t) => !isIcon(t) && text(t.url) !== undefined);
  const fitting = shown.filter((t) => typeof t.width === "number" && t.width <= SCREEN_WIDTH).sort((a, b) => (a.width as number) - (b.width as number));
  return text((fitting.at(-1) ?? shown[0])?.url);
};

export function enclosuresOf(entry: Obj, format: ParsedFeed["format"]): FeedEnclosure[] {
  const found: FeedEnclosure[] = [];
  const add = (url: unknown, type: unknown, length: unknown, title?: unknown, size?: { width?: unknown; height?: unknown; duration?: unknown }, poster?: string, alt?: string) => {
    const u = text(url);
    if (u === undefined) return;
    const n = typeof length === "number" ? length : typeof length === "string" ? Number(length) : NaN;
    const width = Number(size?.width);
    const height = Number(size?.height);
    const duration = Number(size?.duration);
    found.push({
      url: u,
      ...(typeof type === "string" && type ? { type: type.toLowerCase() } : {}),
      ...(Number.isInteger(n) && n > 0 ? { length: n } : {}),
      ...(text(title) ? { title: text(title)! } : {}),
      ...(Number.isFinite(duration) && duration > 0 ? { duration } : {}),
      ...(Number.isInteger(width) && Number.isInteger(height) && width > 0 && height > 0 ? { width, height } : {}),
      ...(poster !== undefined ? { poster } : {}),
      ...(alt !== undefined ? { alt } : {}),
    });
  };
  if (format === "atom") {
    for (const l of list(entry.links)) if (isObj(l) && l.rel === "enclosure") add(l.href, l.type, l.length, l.title);
  } else if (format === "json") {
    for (const a of list(entry.attachments)) if (isObj(a)) add(a.url, a.mime_type, a.size_in_bytes, a.title, { duration: a.duration_in_seconds });
  } else {
    // A podcast says how long its episode plays in <itunes:duration>: the episode's audio or video.
    const episode = isObj(entry.itunes) ? { duration: entry.itunes.duration } : {};
    for (const e of [...list(entry.enclosures), ...list(entry.enclosure)]) {
      if (isObj(e)) add(e.url, e.type, e.length, undefined, typeof e.type === "string" && /^(?:audio|video)\//i.test(e.type) ? episode : {});
    }
    const transcript = transcriptOf(entry);
    if (transcript !== undefined) add(transcript.url, transcript.type, undefined, "文字稿");
  }
  // Media RSS: <media:content>, also inside <media:group>; its still picture is its own
  // thumbnail, or its group's. One picture or video in several sizes is one, the largest.
  const media = mediaOf(entry);
  const contents = [
    ...renditions(list(media.contents).filter(isObj)).map((m) => [m, undefined] as const),
    ...groupsOf(media).flatMap((g) => oneOfEach(renditions(list(g.contents).filter(isObj))).map((m) => [m, thumbnailOf(g)] as const)),
  ];
  for (const [m, groupPoster] of contents) {
    const type = m.type ?? (m.medium === "image" ? "image/jpeg" : m.medium === "video" ? "video/mp4" : undefined);
    // A picture's own description says what it shows (a microblog's alt text).
    const picture = m.medium === "image" || (typeof type === "string" && type.startsWith("image/"));
    add(m.url, type, m.fileSize, m.title, m, thumbnailOf(m) ?? groupPoster, picture ? text(m.description) : undefined);
  }
  const seen = new Set<string>();
  return found.filter((e) => !seen.has(e.url) && seen.add(e.url));
}

/**
 * Transcript formats a reader can read, best first: a page, plain text, then captions. A
 * podcast's chapters and a JSON transcript are for players, not for readers: not given.
 */
const READABLE_TRANSCRIPTS = ["text/html", "text/plain", "text/vtt", "application/x-subrip", "application/srt"];

/** A podcast episode's transcript (<podcast:transcript>) in the most readable of the forms it is given in. */
function transcriptOf(entry: Obj): { url: string; type: string } | undefined {
  const podcast = isObj(entry.podcast) ? entry.podcast : {};
  const rank = (t: Obj) => (typeof t.type === "string" ? READABLE_TRANSCRIPTS.indexOf(t.type.toLowerCase()) : -1);
  const best = list(podcast.transcripts)
    .filter(isObj)
    .filter((t) => text(t.url) !== undefined && rank(t) !== -1)
    .sort((a, b) => rank(a) - rank(b))[0];
  return best === undefined ? undefined : { url: text(best.url)!, type: (best.type as string).toLowerCase() };
}

const MEDIA_FILE = /\.(?:jpe?g|png|gif|webp|avif|mp4|m4v|webm|mov)$/iu;

/** How large a rendition is: its pixels, else its bytes, else its bit rate. */
const sizeOf = (m: Obj): number => {
  const [width, height, bytes, bitrate] = [m.width, m.height, m.fileSize, m.bitrate].map((n) => (typeof n === "number" && n > 0 ? n : 0)) as [number, number, number, number];
  return width * (height || 1) || bytes || bitrate;
};

/**
 * The contents as a reader sees them: contents at one file's address but for the query (a news
 * site's picture at 140 and 460 pixels wide) are one picture, the largest, where the first stood.
 */
function renditions(contents: Obj[]): Obj[] {
  const kept = new Map<string, Obj>();
  for (const m of contents) {
    // A script's address ("image.php?id=2") names a different picture by its query.
    const path = text(m.url)?.split(/[?#]/u)[0] ?? "";
    const key = MEDIA_FILE.test(path) ? path : "";
    const known = kept.get(key);
    if (known === undefined || (key !== "" && sizeOf(m) > sizeOf(known))) kept.set(key === "" ? `\u0000${kept.size}` : key, m);
  }
  return [...kept.values()];
}

const kindOf = (m: Obj) => (typeof m.medium === "string" ? m.medium : typeof m.type === "string" ? m.type.split("/")[0]! : "");

/**
 * A <media:group>'s contents are one picture, video or sound in several renditions (Media RSS),
 * where the feed says so: it marks a default, or gives each of a kind a different width or bit rate. Of those
 * one of each kind is kept: the default, else the largest that fits a screen (else the smallest).
 * A group of pictures without sizes is taken as the several pictures some feeds put in one.
 */
function oneOfEach(contents: Obj[]): Obj[] {
  const kinds = new Map<string, Obj[]>();
  for (const m of contents) kinds.set(kindOf(m), [...(kinds.get(kindOf(m)) ?? []), m]);
  return [...kinds.values()].flatMap((same) => {
    const marked = same.find((m) => m.isDefault === true);
    if (marked !== undefined) return [marked];
    const differ = (field: string) => same.every((m) => typeof m[field] === "number" && m[field] > 0) && new Set(same.map((m) => m[field])).size === same.length;
    if (same.length < 2 || !(differ("width") || differ("bitrate"))) return same;
    const bySize = [...same].sort((a, b) => sizeOf(a) - sizeOf(b));
    const fitting = bySize.filter((m) => typeof m.width !== "number" || m.width <= SCREEN_WIDTH);
    return [fitting.at(-1) ?? bySize[0]!];
  });
}

/** Media RSS's description of the item, its group or its content (a video site's words are there only). */
export function mediaDescription(entry: Obj): string | undefined {
  const media = mediaOf(entry);
  const described = [media, ...groupsOf(media), ...list(media.contents).filter(isObj)].map((m) => m.description).find((d) => text(d) !== undefined);
  const value = text(described);
  if (value === undefined) return undefined;
  return isObj(described) && described.type === "html" ? value : escapeHtml(value);
}

/** The entry's picture: a Media RSS thumbnail (of the item, its group or its content), else a podcast episode's <itunes:image>. */
export function mediaPicture(entry: Obj): string | undefined {
  const media = mediaOf(entry);
  const holders = [media, ...groupsOf(media), ...[...list(media.contents), ...groupsOf(media).flatMap((g) => list(g.contents))].filter(isObj)];
  return holders.map(thumbnailOf).find((url) => url !== undefined) ?? (isObj(entry.itunes) ? text(entry.itunes.image) : undefined);
}
