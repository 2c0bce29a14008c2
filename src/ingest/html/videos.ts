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
