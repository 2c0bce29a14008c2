import { useEffect, useState } from "react";
import type { Item } from "../../content/feed-schema";
import { isKept, onKept } from "./keep-offline";

/** Whether the story can be read offline (its copy is in the saved cache). */
export function useKept(item: Item, check: boolean): boolean {
  const [kept, setKept] = useState(false);
  useEffect(() => {
    if (!check) return;
    let live = true;
    const look = () => void isKept(item).then((k) => live && setKept(k), () => undefined);
    look();
    const stop = onKept(look);
    return () => {
      live = false;
      stop();
    };
  }, [item, check]);
  return check && kept;
}
