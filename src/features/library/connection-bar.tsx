import { lazy, Suspense } from "react";
import { useHydrated } from "../../lib/use-hydrated";

// Nothing to say until the page is up: its code (and the update check's) comes after it.
const LiveConnectionBar = lazy(() => import("./live-connection-bar"));

/** Under the header: that the reader is offline, and that a new version is ready. */
export function ConnectionBar() {
  const hydrated = useHydrated();
  if (!hydrated) return null;
  return (
    <Suspense fallback={null}>
      <LiveConnectionBar />
    </Suspense>
  );
}
