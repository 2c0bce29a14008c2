// The videos a news page plays in its story: <video src>, or <video> with its <source>s. The
// page chrome is taken out with every <video> in it, so each is first replaced by an empty
// marker that keeps its place; the story's videos are those whose marker stands in the story.
import type { Attachment } from "../../content/feed-schema";
import { mimeOf } from "../mime";
import { absoluteUrl } from "../urls";

interface PageVideo {
  marker: Element;
  attachment: Attachment;
}

const MARKER = "qingyue-video";

/** The video's file: the first a browser plays as a video (an MP4 before an HLS list), with its still picture. */
function attachmentOf(video: Element, pageUrl: string | undefined): Attachment | undefined {
  const files: { url: string; mime: string }[] = [];
  for (const source of [video, ...Array.from(video.querySelectorAll("source"))]) {
    const url = absoluteUrl(source.getAttribute("src"), pageUrl);
    if (url === undefined) continue;
    const type = source.getAttribute("type")?.trim().toLowerCase();
    files.push({ url, mime: type !== undefined && /^video\/[a-z0-9.+-]+$/u.test(type) ? type : mimeOf(url, "video/mp4") });
  }
  const file = files.find((f) => f.mime.startsWith("video/")) ?? files[0];
  if (file === undefined) return undefined;
  const poster = absoluteUrl(video.getAttribute("poster"), pageUrl);
  return { url: file.url, mime_type: file.mime, ...(poster !== undefined ? { _qingyue: { poster } } : {}) };
}

/** Each playable <video> replaced by a marker where it stood (a video whose file is not given is left to the chrome). */
export function markVideos(root: Element, pageUrl: string | undefined): PageVideo[] {
  const videos: PageVideo[] = [];
  for (const video of Array.from(root.querySelectorAll("video"))) {
    const attachment = attachmentOf(video, pageUrl);
    if (attachment === undefined) continue;
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
 * Where a page plays a video it gives no file for: a player's frame, a Flash object, or the box
 * its script fills (empty, or holding only the notice a player prints until it plays). It stays
 * a video's page whose words about the video are its story, though nothing of the player is kept.
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
