/**
 * A page opened in the app without prerendered HTML (the app shell) shows this inside the
 * site's chrome while its code and data load for the first time. It fills the screen, so the
 * footer waits below it and does not jump down when the page arrives.
 */
export function PageLoading() {
  return (
    <p role="status" className="min-h-dvh py-12 text-center text-muted">
      正在加载…
    </p>
  );
}
