import { useEffect, useSyncExternalStore } from "react";
import { readStored, writeStored } from "../../lib/local-store";

interface Stored {
  paragraph: number;
  at: number;
}
const isStored = (v: unknown): v is Stored =>
  typeof v === "object" && v !== null && Number.isInteger((v as Stored).paragraph) && (v as Stored).paragraph > 0;

const keyFor = (articleId: string) => `qingyue:position:${articleId}`;

// The position stored before this visit, read once per visit: what we save while the
// reader scrolls must not change the offer to resume.
const atOpen = new Map<string, number | undefined>();
const noSubscription = () => () => {};

/** The first paragraph still on screen below the header: where the reader is. */
function currentParagraph(): number | undefined {
  const paragraphs = document.querySelectorAll<HTMLElement>("[data-paragraph]");
  for (const p of paragraphs) {
    if (p.getBoundingClientRect().bottom > 80) return Number(p.dataset.paragraph);
  }
  return undefined;
}

/**
 * Remembers, on this device, the paragraph the reader reached in each article, and returns
 * the one stored from an earlier visit (none while prerendering or hydrating).
 */
export function useReadingPosition(articleId: string): number | undefined {
  const saved = useSyncExternalStore(
    noSubscription,
    () => {
      if (!atOpen.has(articleId)) atOpen.set(articleId, readStored(keyFor(articleId), isStored)?.paragraph);
      return atOpen.get(articleId);
    },
    () => undefined,
  );
  useEffect(() => {
    let timer: number | undefined;
    const save = () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(() => {
        const paragraph = currentParagraph();
        if (paragraph !== undefined) writeStored(keyFor(articleId), { paragraph, at: Date.now() });
      }, 400);
    };
    window.addEventListener("scroll", save, { passive: true });
    return () => {
      window.clearTimeout(timer);
      window.removeEventListener("scroll", save);
      atOpen.delete(articleId);
    };
  }, [articleId]);
  return saved;
}
