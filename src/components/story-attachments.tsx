import type { Attachment } from "../content/feed-schema";
import { attachmentKind, fileTypeLabel, formatBytes, formatDuration } from "../content/attachments";
import { PictureGrid } from "./post/picture-grid";
import { VideoPlayer } from "./post/video-player";

const fileName = (url: string) => {
  try {
    return decodeURIComponent(new URL(url, "https://x.invalid").pathname.split("/").pop() ?? "") || "文件";
  } catch {
    return "文件";
  }
};

const hostOf = (url: string) => {
  try {
    return new URL(url, "https://x.invalid").hostname.replace(/^www\./, "");
  } catch {
    return url;
  }
};

/**
 * A story's attachments: pictures in the grid that opens the viewer, video and audio played
 * in place (nothing downloaded until asked), a web page (a video on the site whose player the
 * story embeds) as a link to it, any other file as a download link with its type and size.
 */
export function StoryAttachments({ attachments }: { attachments: readonly Attachment[] | undefined }) {
  if (!attachments || attachments.length === 0) return null;
  const pictures = attachments.filter((a) => attachmentKind(a) === "picture");
  const media = attachments.filter((a) => attachmentKind(a) === "audio" || attachmentKind(a) === "video");
  const pages = attachments.filter((a) => attachmentKind(a) === "page");
  const files = attachments.filter((a) => attachmentKind(a) === "file");
  return (
    <section aria-label="附件" className="not-prose mt-6 space-y-4 text-base">
      <PictureGrid pictures={pictures} />
      {media.map((item) => {
        if (attachmentKind(item) === "video") return <VideoPlayer key={item.url} video={item} />;
        const title = item.title ?? fileName(item.url);
        const duration = item.duration_in_seconds !== undefined ? ` · ${formatDuration(item.duration_in_seconds)}` : "";
        return (
          <figure key={item.url} className="space-y-1">
            <audio controls preload="none" src={item.url} className="w-full" aria-label={title} />
            <figcaption className="text-sm text-muted">
              {title}
              {duration}
            </figcaption>
          </figure>
        );
      })}
      {pages.length > 0 ? (
        <ul aria-label="相关网页" className="space-y-1">
          {pages.map((page) => (
            <li key={page.url}>
              <a href={page.url} rel="noopener noreferrer nofollow ugc" className="text-accent underline">
                {page.title ?? hostOf(page.url)}
              </a>
              <span className="ml-2 text-sm text-muted">{hostOf(page.url)}</span>
            </li>
          ))}
        </ul>
      ) : null}
      {files.length > 0 ? (
        <ul aria-label="可下载的文件" className="space-y-1">
          {files.map((file) => (
            <li key={file.url}>
              <a href={file.url} download rel="noopener noreferrer nofollow ugc" className="text-accent underline">
                下载 {file.title ?? fileName(file.url)}
              </a>
              <span className="ml-2 text-sm text-muted">
                {fileTypeLabel(file)}
                {file.size_in_bytes !== undefined ? ` · ${formatBytes(file.size_in_bytes)}` : ""}
              </span>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
