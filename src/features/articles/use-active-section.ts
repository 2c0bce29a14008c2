import { useEffect, useState } from "react";
import { onViewportChange } from "../../lib/viewport-change";

/** The id of the section heading the reader is in: the last one scrolled past the top third. */
export function useActiveSection(ids: readonly string[]): string | undefined {
  const [active, setActive] = useState<string | undefined>(undefined);
  const key = ids.join(" ");
  useEffect(() => {
    const list = key === "" ? [] : key.split(" ");
    if (list.length === 0) return;
    const update = () => {
      const line = window.innerHeight / 3;
      let current: string | undefined;
      for (const id of list) {
        const el = document.getElementById(id);
        if (el && el.getBoundingClientRect().top <= line) current = id;
      }
      setActive(current);
    };
    return onViewportChange(update);
  }, [key]);
  return active;
}
