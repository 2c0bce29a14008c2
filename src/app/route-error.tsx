import { isRouteErrorResponse, Link, useLocation, useRevalidator, useRouteError } from "react-router";
import { NotFound } from "../components/not-found";

/** Every route's error state: not found gets the 404 page, anything else a message and a retry. */
export function RouteError() {
  const error = useRouteError();
  const revalidator = useRevalidator();
  const { pathname } = useLocation();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFound />;
  const message = error instanceof Error ? error.message : "发生了未知错误";
  return (
    <section role="alert" aria-labelledby="error-title" className="mx-auto max-w-2xl space-y-4 py-8">
      <title>出错了 · 轻阅</title>
      <h1 id="error-title" className="text-xl font-bold">
        内容没能加载出来
      </h1>
      <p className="text-muted">{message}</p>
      <div className="flex gap-3">
        <button
          type="button"
          disabled={revalidator.state === "loading"}
          onClick={() => void revalidator.revalidate()}
          className="rounded bg-accent px-4 py-2 text-on-accent"
        >
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
