import { useEffect, useState } from "react";
import type { Item } from "../../content/feed-schema";

/** Whether the story can be read offline (its copy is in the saved cache): looked up only for a saved story. */
export function useKept(item: Item, check: boolean): boolean {
  const [kept, setKept] = useState(false);
  useEffect(() => {
    if (!check) return;
    let live = true;
    let stop = () => {};
    void import("./keep-offline").then(({ isKept, onKept }) => {
      if (!live) return;
      const look = () => void isKept(item).then((k) => live && setKept(k), () => undefined);
      look();
      stop = onKept(look);
    });
    return () => {
      live = false;
      stop();
    };
  }, [item, check]);
  return check && kept;
}
