// A video embedded by a site's player (an <iframe> of YouTube, Vimeo, bilibili, Tencent Video,
// Youku, Xigua, iQIYI, Dailymotion), in a page or a feed's entry: the player is a page of that site, not a file a browser plays, so the
// story is given the video's own page there, where a reader watches it.

type Watch = (url: URL) => string | undefined;

const ID = /^[A-Za-z0-9_-]{4,64}$/u;
const idAt = (value: string | null | undefined) => (value != null && ID.test(value) ? value : undefined);
/** The path's segment after `after` ("/embed/ID" → "ID"). */
const segmentAfter = (url: URL, after: string) => {
  const parts = url.pathname.split("/");
  const at = parts.indexOf(after);
  // The Flash player took its options after an "&" in the path ("/v/ID&hl=en").
  return at === -1 ? undefined : idAt(parts[at + 1]?.split("&")[0]);
};

const PLAYERS: { host: RegExp; watch: Watch }[] = [
  {
    host: /(?:^|\.)youtube(?:-nocookie)?\.com$/u,
    watch: (u) => {
      // "/embed/ID", or the Flash player's "/v/ID" on older pages.
      const id = segmentAfter(u, "embed") ?? segmentAfter(u, "v");
      return id !== undefined && id !== "videoseries" ? `https://www.youtube.com/watch?v=${id}` : undefined;
    },
  },
  {
    host: /^player\.vimeo\.com$/u,
    watch: (u) => {
      const id = segmentAfter(u, "video");
      return id !== undefined && /^\d+$/u.test(id) ? `https://vimeo.com/${id}` : undefined;
    },
  },
  {
    // Its player, and the older players under www.bilibili.com/blackboard/ that feeds of its
    // uploads embed ("html5mobileplayer.html?aid=…&bvid=…").
    host: /^(?:player|www)\.bilibili\.com$/u,
    watch: (u) => {
      if (u.hostname.startsWith("www.") && !u.pathname.startsWith("/blackboard/")) return undefined;
      const bvid = idAt(u.searchParams.get("bvid"));
      const aid = idAt(u.searchParams.get("aid"));
      return bvid !== undefined ? `https://www.bilibili.com/video/${bvid}` : aid !== undefined && /^\d+$/u.test(aid) ? `https://www.bilibili.com/video/av${aid}` : undefined;
    },
  },
  {
    host: /^v\.qq\.com$/u,
    watch: (u) => {
      const vid = idAt(u.searchParams.get("vid"));
      return vid !== undefined ? `https://v.qq.com/x/page/${vid}.html` : undefined;
    },
  },
  {
    host: /^player\.youku\.com$/u,
    watch: (u) => {
      const id = segmentAfter(u, "embed");
      return id !== undefined ? `https://v.youku.com/v_show/id_${id}.html` : undefined;
    },
  },
  {
    host: /^(?:www\.)?ixigua\.com$/u,
    watch: (u) => {
      const id = segmentAfter(u, "iframe");
      return id !== undefined && /^\d+$/u.test(id) ? `https://www.ixigua.com/${id}` : undefined;
    },
  },
  {
    // iQIYI's partner player names no page of the video: its own address is where it plays.
    host: /^open\.iqiyi\.com$/u,
    watch: (u) => (u.searchParams.has("vid") ? u.href : undefined),
  },
  {
    host: /(?:^|\.)dailymotion\.com$/u,
    watch: (u) => {
      const id = segmentAfter(u, "video");
      return id !== undefined && u.pathname.startsWith("/embed/") ? `https://www.dailymotion.com/video/${id}` : undefined;
    },
  },
];

/** The video's page for a player's address ("//www.youtube.com/embed/ID?rel=0" → its watch page); undefined for any other frame. */
export function playerPage(src: string | null | undefined): string | undefined {
  if (src == null) return undefined;
  let url: URL;
  try {
    url = new URL(src.trim(), "https://player.invalid/");
  } catch {
    return undefined;
  }
  if (!/^https?:$/u.test(url.protocol)) return undefined;
  const host = url.hostname.toLowerCase();
  return PLAYERS.find((p) => p.host.test(host))?.watch(url);
}

/** AMP's and lite-youtube's player elements, which name their video by its id alone. */
const BY_ID: Record<string, (id: string) => string> = {
  "amp-youtube": (id) => `https://www.youtube.com/watch?v=${id}`,
  "lite-youtube": (id) => `https://www.youtube.com/watch?v=${id}`,
  "amp-vimeo": (id) => (/^\d+$/u.test(id) ? `https://vimeo.com/${id}` : ""),
};
export const PLAYER_ELEMENTS = Object.keys(BY_ID);

/** The video's page for `<amp-youtube data-videoid="ID">`, `<lite-youtube videoid="ID">`, `<amp-vimeo data-videoid="ID">`. */
export function playerElementPage(tag: string, id: string | null | undefined): string | undefined {
  const page = id != null && ID.test(id) ? BY_ID[tag]?.(id) : undefined;
  return page === "" ? undefined : page;
}
