/**
 * Calls `update` now and then at most once a frame while the page scrolls or resizes, so a
 * reader of layout (getBoundingClientRect) never runs more often than the screen paints.
 * Returns the function that stops it.
 */
export function onViewportChange(update: () => void): () => void {
  let frame = 0;
  const schedule = () => {
    if (frame === 0) frame = requestAnimationFrame(() => {
      frame = 0;
      update();
    });
  };
  update();
  window.addEventListener("scroll", schedule, { passive: true });
  window.addEventListener("resize", schedule);
  return () => {
    cancelAnimationFrame(frame);
    window.removeEventListener("scroll", schedule);
    window.removeEventListener("resize", schedule);
  };
}
