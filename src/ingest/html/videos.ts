// The videos a news page plays in its story: <video src>, or <video> with its <source>s, or a
// video site's player in an <iframe> (its video's page there, players.ts). The page chrome is
// taken out with every <video> and <iframe> in it, so each is first replaced by an empty
// marker that keeps its place; the story's videos are those whose marker stands in the story.
import type { Attachment } from "../../content/feed-schema";
import { cleanName } from "../../content/clean-text";
import { mimeOf } from "../mime";
import { absoluteUrl } from "../urls";
import { PLAYER_ELEMENTS, playerElementPage, playerPage } from "./players";

interface PageVideo {
  marker: Element;
  attachment: Attachment;
}

const MARKER = "qingyue-video";
/** What plays a video: <video>, a player's frame, an old page's <object> or <embed>, AMP's players. */
const PLAYERS = ["video", "iframe", "object", "embed", ...PLAYER_ELEMENTS].join(", ");

/** A <video>'s own src and its <source>s, in order, and its still picture, as the page writes them. */
export interface VideoElement {
  sources: { src: string | null | undefined; type: string | null | undefined }[];
  poster: string | null | undefined;
}

/**
 * The video's file: the first a browser plays as a video (an MP4 before an HLS list), with its
 * still picture; in a page or a feed entry's HTML alike.
 */
export function videoAttachment(video: VideoElement, pageUrl: string | undefined): Attachment | undefined {
  const files: { url: string; mime: string }[] = [];
  for (const source of video.sources) {
    const url = absoluteUrl(source.src ?? undefined, pageUrl);
    if (url === undefined) continue;
    const type = source.type?.trim().toLowerCase();
    files.push({ url, mime: type !== undefined && /^video\/[a-z0-9.+-]+$/u.test(type) ? type : mimeOf(url, "video/mp4") });
  }
  const file = files.find((f) => f.mime.startsWith("video/")) ?? files[0];
  if (file === undefined) return undefined;
  const poster = absoluteUrl(video.poster ?? undefined, pageUrl);
  return { url: file.url, mime_type: file.mime, ...(poster !== undefined ? { _qingyue: { poster } } : {}) };
}

function attachmentOf(video: Element, pageUrl: string | undefined): Attachment | undefined {
  const sources = [video, ...Array.from(video.querySelectorAll("source"))].map((source) => ({ src: source.getAttribute("src"), type: source.getAttribute("type") }));
  const attachment = videoAttachment({ sources, poster: video.getAttribute("poster") }, pageUrl);
  const title = captionOf(video);
  if (attachment === undefined || title === undefined) return attachment;
  return { url: attachment.url, mime_type: attachment.mime_type, title, ...(attachment._qingyue ? { _qingyue: attachment._qingyue } : {}) };
}

/** The caption of the <figure> that holds this video alone ("A quick tour of the new design"). */
function captionOf(video: Element): string | undefined {
  const figure = video.closest("figure");
  if (figure === null || figure.querySelectorAll(PLAYERS).length !== 1) return undefined;
  const caption = cleanName(figure.querySelector("figcaption")?.textContent?.replace(/\s+/gu, " ") ?? "");
  return caption !== undefined && caption.length <= 300 ? caption : undefined;
}

/** A player's video (an <iframe>, or an old page's <object> or <embed>): its page on the video site, named by the frame's title or its figure's caption. */
function playerAttachment(frame: Element): Attachment | undefined {
  const addresses = ["src", "data-src", "data-lazy-src", "data"].map((name) => frame.getAttribute(name));
  // An <object> names its player in a <param name="movie"> or the <embed> inside it.
  addresses.push(frame.querySelector("param[name=movie i]")?.getAttribute("value") ?? null, frame.querySelector("embed")?.getAttribute("src") ?? null);
  const tag = frame.tagName.toLowerCase();
  const page = addresses.map(playerPage).find((url) => url !== undefined) ?? playerElementPage(tag, frame.getAttribute("data-videoid") ?? frame.getAttribute("videoid"));
  if (page === undefined) return undefined;
  const given = cleanName(frame.getAttribute("title") ?? "");
  // "YouTube video player": the player's own label names no video; a label of pages is no title.
  const named = given !== undefined && given.length <= 300 && !/^(?:youtube|vimeo|bilibili|dailymotion)?\s*(?:embedded\s+)?(?:video\s*)?player$|^(?:视频)?播放器$/iu.test(given) ? given : undefined;
  const title = named ?? captionOf(frame);
  return { url: page, mime_type: "text/html", ...(title !== undefined ? { title } : {}) };
}

/** Each playable <video> and video player replaced by a marker where it stood (any other is left to the chrome). */
export function markVideos(root: Element, pageUrl: string | undefined): PageVideo[] {
  const videos: PageVideo[] = [];
  const seen = new Set<string>();
  // An old page's player is an <object> with an <embed> inside: one video.
  for (const video of Array.from(root.querySelectorAll(PLAYERS))) {
    if (!video.isConnected) continue;
    const attachment = video.tagName.toLowerCase() === "video" ? attachmentOf(video, pageUrl) : playerAttachment(video);
    if (attachment === undefined || seen.has(attachment.url)) continue;
    seen.add(attachment.url);
    const marker = root.ownerDocument.createElement(MARKER);
    video.replaceWith(marker);
    videos.push({ marker, attachment });
  }
  return videos;
}

/** A video site's player page in a frame (v.qq.com/txp/iframe/player.html, player.youku.com/embed/…). */
const PLAYER_FRAME = /player|embed|video|vod|(?:^|\/\/)v\./iu;
/** A box the page's script fills with its player: id="myFlash", class="video_box", class="player". */
const PLAYER_BOX = /(?:^|[\s_-])(?:flash|myflash|player|vod|video(?:box|_box|-box|player|-player|_player)?)(?:$|[\s_-]|\d)/u;

/**
 * Where a page plays a video it gives neither a file for nor a page on a known video site (read
 * first, by markVideos): another site's player frame, a Flash object, or the box its script fills
 * (empty, or holding only the notice a player prints until it plays). It stays a video's page
 * whose words about the video are its story, though nothing of the player is kept.
 */
export function markPlayers(root: Element): Element[] {
  const markers: Element[] = [];
  for (const el of Array.from(root.querySelectorAll("iframe[src], embed, object, div[id], div[class]"))) {
    const tag = el.tagName.toLowerCase();
    const player =
      tag === "iframe"
        ? PLAYER_FRAME.test(el.getAttribute("src") ?? "")
        : tag === "embed" || tag === "object" || (PLAYER_BOX.test(`${el.getAttribute("id") ?? ""} ${el.getAttribute("class") ?? ""}`.toLowerCase()) && [...(el.textContent ?? "").trim()].length <= 60 && el.querySelector("a, p, li") === null);
    if (!player || el.parentElement === null) continue;
    const marker = root.ownerDocument.createElement(MARKER);
    el.before(marker);
    markers.push(marker);
  }
  return markers;
}
