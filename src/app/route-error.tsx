import { Link, useLocation } from "react-router";

interface Props {
  error: unknown;
  retry: () => void;
  retrying: boolean;
}

/**
 * What the reader is told went wrong: the app's own errors say it in Chinese; anything else
 * (a fault in the code, a browser's or library's English message) is not shown as it is.
 */
function inWords(error: unknown): string {
  return error instanceof Error && /\p{Script=Han}/u.test(error.message) ? error.message : "页面出了意外的错误";
}

/** A page whose data could not be read: what went wrong, and a retry. */
export function RouteError({ error, retry, retrying }: Props) {
  const { pathname } = useLocation();
  const message = inWords(error);
  return (
    <section role="alert" aria-labelledby="error-title" className="mx-auto max-w-2xl space-y-4 py-8">
      <title>出错了 · 轻阅</title>
      <h1 id="error-title" className="text-xl font-bold">
        内容没能加载出来
      </h1>
      <p className="text-muted">{message}</p>
      <div className="flex gap-3">
        <button type="button" disabled={retrying} onClick={retry} className="rounded bg-accent px-4 py-2 text-on-accent">
          重试
        </button>
        {/* On the home page itself, a link home would only lead back here. */}
        {pathname === "/" ? null : (
          <Link to="/" className="rounded px-4 py-2 underline">
            回到首页
          </Link>
        )}
      </div>
    </section>
  );
}
