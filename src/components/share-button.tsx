import { lazy, Suspense, useState } from "react";
import { copyText } from "../lib/clipboard";

// The QR encoder is only fetched when a reader asks for the code.
const QrCode = lazy(() => import("./qr-code").then((m) => ({ default: m.QrCode })));

/**
 * Share: the system share sheet where the browser has one; otherwise the link is copied,
 * with a visible confirmation. A QR code of the link is offered for phones.
 */
export function ShareButton({ title, path }: { title: string; path: string }) {
  const [url, setUrl] = useState("");
  const [status, setStatus] = useState("");
  const [showQr, setShowQr] = useState(false);

  // The link is the page's own address, known only in the browser (not while prerendering).
  const resolve = () => {
    const href = new URL(path, window.location.origin).href;
    setUrl(href);
    return href;
  };

  const share = async () => {
    const url = resolve();
    if (typeof navigator.share === "function") {
      try {
        await navigator.share({ title, url });
        return;
      } catch (error) {
        if (error instanceof DOMException && error.name === "AbortError") return;
      }
    }
    setStatus((await copyText(url)) ? "链接已复制" : `无法自动复制，请手动复制：${url}`);
  };

  return (
    <div data-needs-js className="no-print flex flex-wrap items-center gap-2 text-sm">
      <button type="button" onClick={() => void share()} className="rounded border border-line px-3 py-1 hover:bg-ink/5">
        分享
      </button>
      <button
        type="button"
        aria-expanded={showQr}
        onClick={() => {
          resolve();
          setShowQr((v) => !v);
        }}
        className="rounded border border-line px-3 py-1 hover:bg-ink/5"
      >
        二维码
      </button>
      <span role="status" className="text-accent">
        {status}
      </span>
      {showQr && url ? (
        <div className="basis-full pt-2">
          <Suspense fallback={<p>正在生成二维码…</p>}>
            <QrCode text={url} label={`本页链接的二维码：${url}`} />
          </Suspense>
        </div>
      ) : null}
    </div>
  );
}
