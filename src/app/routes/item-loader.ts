import type { QueryClient } from "@tanstack/react-query";
import { itemQuery } from "../../features/feed/data/item-queries";
import { ItemNotFoundError } from "../../features/feed/data/item-not-found";
import { itemPath } from "../../lib/paths";
import type { Item, ItemKind } from "../../content/feed-schema";
import { PageMoved, PageNotFound } from "../page-loads";

/**
 * Loads the item for an item route. An unknown id is a 404; an item of another kind is
 * sent to its own route, so a hand-edited /articles/<post id> still lands on the post.
 */
export async function loadItem(
  queryClient: QueryClient,
  id: string | undefined,
  kinds: readonly ItemKind[],
): Promise<Item> {
  if (!id) throw new PageNotFound();
  let item: Item;
  try {
    item = await queryClient.ensureQueryData(itemQuery(id));
  } catch (error) {
    if (error instanceof ItemNotFoundError) throw new PageNotFound();
    throw error;
  }
  if (!kinds.includes(item._qingyue.kind)) throw new PageMoved(itemPath(item));
  return item;
}
