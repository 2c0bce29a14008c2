// A page's code and data, loaded before it renders. Every page module says what it needs
// (`load`: fills the query cache) and what it shows (`Component`); this store runs each
// page's load once per address, so the prerender, the first render in the browser and
// every later visit of the address read the same settled load.
import type { ComponentType } from "react";
import type { Params } from "react-router";
import type { QueryClient } from "@tanstack/react-query";

export interface LoadArgs {
  queryClient: QueryClient;
  params: Params;
  /** The address's query (?q=…). */
  search: URLSearchParams;
}

/** What a page module gives the app: what it loads first, and what it shows. */
export interface PageModule {
  load?: (args: LoadArgs) => Promise<unknown>;
  Component: ComponentType;
}

/** The page's answer: itself, "no such page" (404), or "it is at another address". */
export type PageOutcome = { kind: "page"; Component: ComponentType } | { kind: "not-found" } | { kind: "moved"; to: string };

/** Thrown by a page's load: the address names nothing (a 404). */
export class PageNotFound extends Error {
  constructor() {
    super("页面不存在");
  }
}

/** Thrown by a page's load: what the address names lives at `to` (a redirect). */
export class PageMoved extends Error {
  constructor(readonly to: string) {
    super(`内容在 ${to}`);
  }
}

/** How an address's load ended: its outcome (none for an address that is no page of ours), or its error. */
export type Settled = { ok: true; outcome?: PageOutcome } | { ok: false; error: unknown };

/** A promise that says how it settled, so React's `use` reads a settled one without suspending. */
type Tracked<T> = Promise<T> & { status?: "pending" | "fulfilled" | "rejected"; value?: T; reason?: unknown };

function track<T>(promise: Promise<T>): Tracked<T> {
  const tracked = promise as Tracked<T>;
  tracked.status = "pending";
  tracked.then(
    (value) => {
      tracked.status = "fulfilled";
      tracked.value = value;
    },
    (reason: unknown) => {
      tracked.status = "rejected";
      tracked.reason = reason;
    },
  );
  return tracked;
}

async function outcomeOf(module: Promise<PageModule>, args: LoadArgs): Promise<PageOutcome> {
  const page = await module;
  try {
    await page.load?.(args);
  } catch (error) {
    if (error instanceof PageNotFound) return { kind: "not-found" };
    if (error instanceof PageMoved) return { kind: "moved", to: error.to };
    throw error;
  }
  return { kind: "page", Component: page.Component };
}

/** How `load` has settled, if it has: a page whose load is done renders at once. */
export function settledNow(load: Promise<PageOutcome>): Settled | undefined {
  const tracked = load as Tracked<PageOutcome>;
  if (tracked.status === "fulfilled") return { ok: true, outcome: tracked.value };
  if (tracked.status === "rejected") return { ok: false, error: tracked.reason };
  return undefined;
}

/** How many settled addresses are kept: Back and forward over them reads them at once. */
const KEPT = 30;

export interface PageLoads {
  /**
   * The load of the page at `href` (path and query), started on first ask. A failed load is
   * tried again when a new visit (`visit`: the history entry's key) asks for it.
   */
  get(href: string, visit: string, module: () => Promise<PageModule>, args: Omit<LoadArgs, "queryClient">): Promise<PageOutcome>;
  /** Forgets the load of `href`, so the next ask starts it again (a retry). */
  forget(href: string): void;
}

export function createPageLoads(queryClient: QueryClient): PageLoads {
  const entries = new Map<string, { load: Tracked<PageOutcome>; visit: string }>();

  return {
    get(href, visit, module, args) {
      const entry = entries.get(href);
      if (entry && !(entry.load.status === "rejected" && entry.visit !== visit)) return entry.load;
      const load = track(outcomeOf(module(), { ...args, queryClient }));
      entries.delete(href);
      entries.set(href, { load, visit });
      for (const old of entries.keys()) {
        if (entries.size <= KEPT) break;
        entries.delete(old);
      }
      return load;
    },
    forget(href) {
      entries.delete(href);
    },
  };
}
