import type { Attachment } from "../content/feed-schema";
import { attachmentKind, fileTypeLabel, formatBytes, formatDuration } from "../content/attachments";
import { StoryPicture } from "./story-picture";

const fileName = (url: string) => {
  try {
    return decodeURIComponent(new URL(url, "https://x.invalid").pathname.split("/").pop() ?? "") || "文件";
  } catch {
    return "文件";
  }
};

/**
 * A story's attachments: pictures as a gallery, audio and video as the browser's own
 * players (nothing downloaded until asked), any other file as a download link with its type
 * and size.
 */
export function StoryAttachments({ attachments }: { attachments: readonly Attachment[] | undefined }) {
  if (!attachments || attachments.length === 0) return null;
  const pictures = attachments.filter((a) => attachmentKind(a) === "picture");
  const media = attachments.filter((a) => attachmentKind(a) === "audio" || attachmentKind(a) === "video");
  const files = attachments.filter((a) => attachmentKind(a) === "file");
  return (
    <section aria-label="附件" className="not-prose mt-6 space-y-4 text-base">
      {pictures.length > 0 ? (
        <ul aria-label={`图片（${pictures.length} 张）`} className={`grid gap-2 ${pictures.length === 1 ? "grid-cols-1" : "grid-cols-2 sm:grid-cols-3"}`}>
          {pictures.map((picture) => {
            const ext = picture._qingyue;
            return (
              <li key={picture.url}>
                <a href={picture.url} target="_blank" rel="noopener noreferrer nofollow ugc" className="block">
                  <StoryPicture
                    src={ext?.thumbnail ?? picture.url}
                    alt={ext?.alt ?? picture.title}
                    width={ext?.width}
                    height={ext?.height}
                    className={pictures.length > 1 ? "story-picture-tile" : ""}
                  />
                </a>
                {pictures.length === 1 && picture.title ? <p className="mt-1 text-center text-sm text-muted">{picture.title}</p> : null}
              </li>
            );
          })}
        </ul>
      ) : null}
      {media.map((item) => {
        const title = item.title ?? fileName(item.url);
        const duration = item.duration_in_seconds !== undefined ? ` · ${formatDuration(item.duration_in_seconds)}` : "";
        return (
          <figure key={item.url} className="space-y-1">
            {attachmentKind(item) === "video" ? (
              <video controls preload="none" src={item.url} poster={item._qingyue?.poster} className="w-full rounded bg-ink/5" aria-label={title} />
            ) : (
              <audio controls preload="none" src={item.url} className="w-full" aria-label={title} />
            )}
            <figcaption className="text-sm text-muted">
              {title}
              {duration}
            </figcaption>
          </figure>
        );
      })}
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
