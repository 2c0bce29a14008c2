import { useState } from "react";
import { createRoot } from "react-dom/client";

/**
 * A notice above a prerendered page whose data could not be loaded. `retry` reloads the
 * data and resolves true once the app has taken the page over.
 */
export function showLoadFailure(page: HTMLElement, retry: () => Promise<boolean>): void {
  const host = document.createElement("div");
  page.before(host);
  const root = createRoot(host);
  root.render(
    <LoadFailure
      retry={async () => {
        const done = await retry();
        if (done) {
          root.unmount();
          host.remove();
        }
        return done;
      }}
    />,
  );
}

function LoadFailure({ retry }: { retry: () => Promise<boolean> }) {
  const [state, setState] = useState<"failed" | "retrying" | "failed-again">("failed");
  return (
    <div role="alert" className="no-print border-b border-line bg-card px-4 py-2 text-center text-sm">
      {state === "failed-again" ? "还是没能连上，" : "内容没能更新，"}下面是已保存的版本，链接都能打开。
      <button
        type="button"
        disabled={state === "retrying"}
        onClick={() => {
          setState("retrying");
          void retry().then((done) => {
            if (!done) setState("failed-again");
          });
        }}
        className="ml-2 rounded border border-line px-3 py-1 underline"
      >
        {state === "retrying" ? "正在重试…" : "重试"}
      </button>
    </div>
  );
}
