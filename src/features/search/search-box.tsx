import { useEffect, useRef } from "react";
import { useLocation, useNavigate, useSearchParams } from "react-router";
import { paths } from "../../lib/paths";

/** Whether a key press lands in something the reader types into. */
function typingIn(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName);
}

/** The header's search box: submits to /search?q=…; "/" focuses it (not while typing elsewhere). */
export function SearchBox() {
  const input = useRef<HTMLInputElement>(null);
  const [params] = useSearchParams();
  const { pathname } = useLocation();
  const navigate = useNavigate();
  const current = pathname === paths.search() ? (params.get("q") ?? "") : "";
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== "/" || event.ctrlKey || event.metaKey || event.altKey || typingIn(event.target)) return;
      event.preventDefault();
      input.current?.focus();
      input.current?.select();
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, []);
  return (
    // A plain GET form before the app is up; after, the app opens the results itself.
    <form
      role="search"
      action={paths.search()}
      onSubmit={(event) => {
        event.preventDefault();
        const query = new URLSearchParams(new FormData(event.currentTarget) as unknown as Record<string, string>);
        void navigate(`${paths.search()}?${query}`);
      }}
      className="order-last w-full sm:order-none sm:w-56"
    >
      <label className="sr-only" htmlFor="site-search">
        搜索
      </label>
      <input
        ref={input}
        // A new query in the address (Back, a link) shows in the box.
        key={current}
        id="site-search"
        type="search"
        name="q"
        defaultValue={current}
        placeholder="搜索（按 / 键）"
        enterKeyHint="search"
        autoComplete="off"
        className="w-full rounded border border-line bg-card px-3 py-1.5 text-sm placeholder:text-muted focus:outline-2 focus:outline-accent"
      />
    </form>
  );
}
