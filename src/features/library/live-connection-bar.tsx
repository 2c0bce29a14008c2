import { useSyncExternalStore } from "react";
import { acceptUpdate, subscribeUpdate, updateWaiting } from "./register";

function subscribeOnline(listener: () => void) {
  window.addEventListener("online", listener);
  window.addEventListener("offline", listener);
  return () => {
    window.removeEventListener("online", listener);
    window.removeEventListener("offline", listener);
  };
}

/** The connection bar once loaded: offline, or a new version waiting. */
export default function LiveConnectionBar() {
  const online = useSyncExternalStore(subscribeOnline, () => navigator.onLine, () => true);
  const update = useSyncExternalStore(subscribeUpdate, updateWaiting, () => false);
  if (online && !update) return null;
  return (
    <div data-chrome className="no-print border-b border-line bg-card text-sm">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center gap-3 px-4 py-2">
        {!online ? (
          <p role="status">
            <span aria-hidden="true">⚡ </span>已断网：可以继续阅读收藏和读过的内容。
          </p>
        ) : null}
        {update ? (
          <p role="status" className="flex items-center gap-2">
            轻阅有新版本。
            <button type="button" onClick={acceptUpdate} className="rounded bg-accent px-3 py-1 text-on-accent">
              重新载入
            </button>
          </p>
        ) : null}
      </div>
    </div>
  );
}
