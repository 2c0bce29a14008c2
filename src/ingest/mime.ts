// A picture's, a video's, an episode's or a document's type from its address, for attachments the source gives without one.

const TYPES: Record<string, string> = {
  jpg: "image/jpeg", jpeg: "image/jpeg", png: "image/png", gif: "image/gif", webp: "image/webp",
  mp4: "video/mp4", mov: "video/quicktime", webm: "video/webm", m3u8: "application/vnd.apple.mpegurl",
  // A podcast's episode, a document a story links.
  mp3: "audio/mpeg", m4a: "audio/mp4", aac: "audio/aac", ogg: "audio/ogg", oga: "audio/ogg", opus: "audio/ogg", wav: "audio/wav", flac: "audio/flac", pdf: "application/pdf",
};

/** The type its file name says, else `fallback` (what the source says the file is: a picture, a video). */
export function mimeOf(url: string, fallback: string): string {
  const ext = /\.([a-z0-9]{3,4})(?:[?#]|$)/i.exec(url)?.[1]?.toLowerCase();
  return (ext !== undefined ? TYPES[ext] : undefined) ?? fallback;
}
