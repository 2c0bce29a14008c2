// Where the feed starts. Kept apart from feed-pages so the boot script can ask for page 1
// without loading the contract.
import { currentOrigin } from "./site";

/** Where the feed's first page lives on this site. */
export const FEED_PATH = "/feed/feed.json";

/** The absolute URL of the feed's first page. */
export function feedUrl(): string {
  return new URL(FEED_PATH, currentOrigin()).href;
}
