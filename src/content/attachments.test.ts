import { describe, expect, it } from "vitest";
import { attachmentKind, fileTypeLabel, formatBytes, formatDuration } from "./attachments";

describe("attachments", () => {
  it("tells pictures, audio, video and other files apart by MIME type", () => {
    expect(["image/png", "audio/mpeg", "video/mp4", "application/pdf"].map((mime_type) => attachmentKind({ mime_type }))).toEqual(["picture", "audio", "video", "file"]);
  });
  it("takes a web page (a video's page on the site whose player a story embeds) for a page to open, not a file", () => {
    expect(["text/html", "application/xhtml+xml", "text/plain"].map((mime_type) => attachmentKind({ mime_type }))).toEqual(["page", "page", "file"]);
  });
  it("names a file's type and size as a reader reads them", () => {
    expect(fileTypeLabel({ mime_type: "application/pdf", url: "https://a.example/t.pdf?x=1" })).toBe("PDF");
    expect(fileTypeLabel({ mime_type: "application/epub+zip", url: "https://a.example/book" })).toBe("EPUB");
    expect([980, 183_500, 24_117_248, 3 * 1024 ** 3].map(formatBytes)).toEqual(["980 B", "179 KB", "23 MB", "3 GB"]);
    expect(formatBytes(1536)).toBe("1.5 KB");
  });
  it("gives a duration as minutes and seconds, with hours when it has them", () => {
    expect([95, 1834, 3723].map(formatDuration)).toEqual(["1:35", "30:34", "1:02:03"]);
  });
});
