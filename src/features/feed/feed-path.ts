/** Where the feed's first page lives on this site. */
export const FEED_PATH = "/feed/feed.json";
