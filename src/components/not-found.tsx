import { Link } from "react-router";

export function NotFound() {
  return (
    <section aria-labelledby="nf-title" className="mx-auto max-w-2xl space-y-4 py-8">
      <title>页面不存在 · 轻阅</title>
      <h1 id="nf-title" className="text-2xl font-bold">
        页面不存在
      </h1>
      <p className="text-muted">这个链接指向的内容不存在，或已被移除。</p>
      <Link to="/" className="inline-block rounded bg-accent px-4 py-2 text-on-accent">
        回到首页
      </Link>
    </section>
  );
}
