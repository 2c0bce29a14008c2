/** No story with that id in the feed: a 404, which retrying cannot fix. */
export class ItemNotFoundError extends Error {
  override name = "ItemNotFoundError";
}
