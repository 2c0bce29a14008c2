import { startTransition, useEffect, useState } from "react";

let hydrating = false;

/** Called by main.tsx just before it hydrates prerendered HTML. */
export function beginHydration(): void {
  hydrating = true;
}

/** Called once the hydrating render has committed (the root layout's first effect). */
export function endHydration(): void {
  hydrating = false;
}

/**
 * False while rendering on the server and while hydrating prerendered HTML, true after.
 * State that only the browser knows (the URL's #hash, local storage, measured sizes) waits
 * for it, so the first client render matches the HTML it hydrates. The switch after
 * hydration is a transition: it yields to the browser instead of blocking input for the
 * whole re-render. A component first rendered in the browser outside hydration gets true at once.
 */
export function useHydrated(): boolean {
  const [hydrated, setHydrated] = useState(() => typeof window !== "undefined" && !hydrating);
  useEffect(() => {
    if (!hydrated) startTransition(() => setHydrated(true));
  }, [hydrated]);
  return hydrated;
}
