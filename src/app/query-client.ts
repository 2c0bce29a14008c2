import { QueryClient } from "@tanstack/react-query";
import { FetchError } from "../lib/fetch-json";
import { FeedFormatError } from "../content/feed-format-error";
import { ItemNotFoundError } from "../features/feed/data/item-not-found";

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // Retrying cannot fix a 404, a malformed feed or a missing item; it can fix a flaky network.
        retry: (count, error) => {
          if (error instanceof FeedFormatError || error instanceof ItemNotFoundError) return false;
          if (error instanceof FetchError && error.kind !== "network") return false;
          return count < 2;
        },
        refetchOnWindowFocus: false,
      },
    },
  });
}
