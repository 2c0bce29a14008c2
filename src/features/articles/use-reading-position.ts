import { useEffect, useState } from "react";
import { readStored, writeStored } from "../../lib/local-store";

interface Stored {
  paragraph: number;
  at: number;
}
const isStored = (v: unknown): v is Stored =>
  typeof v === "object" && v !== null && Number.isInteger((v as Stored).paragraph) && (v as Stored).paragraph > 0;

const keyFor = (articleId: string) => `qingyue:position:${articleId}`;

/** The first paragraph whose top is below the top of the viewport: where the reader is. */
function currentParagraph(): number | undefined {
  const paragraphs = document.querySelectorAll<HTMLElement>("[data-paragraph]");
  for (const p of paragraphs) {
    if (p.getBoundingClientRect().bottom > 80) return Number(p.dataset.paragraph);
  }
  return undefined;
}

/**
 * Remembers, on this device, the paragraph the reader reached in each article, and returns
 * the one stored from an earlier visit (read once, when the article opens).
 */
export function useReadingPosition(articleId: string): number | undefined {
  const [saved] = useState(() => readStored(keyFor(articleId), isStored)?.paragraph);
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
    };
  }, [articleId]);
  return saved;
}
