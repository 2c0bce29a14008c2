// Kept apart from the parser, so that code which only needs to recognise the error (the
// query client's retry rule) does not load the schema.

/** A fetched page that is not a JSON Feed: retrying cannot fix it. */
export class FeedFormatError extends Error {
  override name = "FeedFormatError";
}
