/** Marks text the source cut off: an ellipsis for the eye, words for a screen reader. */
export function TruncatedMark() {
  return (
    <>
      <span aria-hidden="true">…</span>
      <span className="sr-only">（原文在此被截断，并非全文）</span>
    </>
  );
}
