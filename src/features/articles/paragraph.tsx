import { useState, type HTMLAttributes, type ReactNode } from "react";
import { copyText } from "../../lib/clipboard";

interface Props {
  n: number;
  /** The article's path; the paragraph's link is its URL plus #p-N. */
  articlePath: string;
  marked: boolean;
  children: ReactNode;
  /** What a story's own HTML set on the paragraph (its direction, language, class). */
  attributes?: HTMLAttributes<HTMLParagraphElement>;
  /** False inside a story's HTML, whose flow spaces its blocks itself. */
  spaced?: boolean;
}

/** A body paragraph with a stable anchor (#p-N) and a control to copy its link. */
export function Paragraph({ n, articlePath, marked, children, attributes, spaced = true }: Props) {
  const [copied, setCopied] = useState<"idle" | "done" | "failed">("idle");
  const copy = async () => {
    const url = new URL(articlePath, window.location.origin);
    url.hash = `p-${n}`;
    setCopied((await copyText(url.href)) ? "done" : "failed");
    window.setTimeout(() => setCopied("idle"), 2000);
  };
  return (
    <div className="group relative">
      <p {...attributes} id={`p-${n}`} data-paragraph={n} className={`${spaced ? "mb-[1em]" : ""} scroll-mt-20 ${attributes?.className ?? ""} ${marked ? "paragraph-marked" : ""}`}>
        {children}
      </p>
      <button
        type="button"
        data-needs-js
        onClick={() => void copy()}
        className="no-print absolute -right-7 top-0.5 rounded px-1.5 text-sm text-muted opacity-50 focus:opacity-100 md:-left-9 md:right-auto md:opacity-0 md:group-hover:opacity-100 md:focus:opacity-100"
        aria-label={`复制第 ${n} 段的链接`}
      >
        ¶
      </button>
      <span role="status" className="absolute -top-6 right-0 text-sm text-accent empty:hidden">
        {copied === "done" ? "已复制本段链接" : copied === "failed" ? "无法复制，请手动复制地址栏链接" : ""}
      </span>
    </div>
  );
}
