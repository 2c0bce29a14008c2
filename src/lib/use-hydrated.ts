import { useSyncExternalStore } from "react";

const noSubscription = () => () => {};

/**
 * False while rendering on the server and while hydrating prerendered HTML, true after.
 * State that only the browser knows (the URL's #hash, local storage) waits for it, so the
 * first client render matches the HTML it hydrates.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
}
