import { startTransition, useCallback, useEffect, useMemo, useState } from "react";
import { matchRoutes, Route, Routes, UNSAFE_LocationContext as LocationContext, useLocation, useNavigationType, type Location, type NavigationType, type Params } from "react-router";
import { RootLayout } from "./root-layout";
import { NotFoundRoute } from "./routes/not-found";
import { PageFrame, PageHost, ShownPageProvider, usePageLoads } from "./page-host";
import { settledNow, type PageLoads, type PageModule, type Settled } from "./page-loads";

interface Page {
  path?: string;
  index?: true;
  /** The page's module, as the build names it: the prerendered HTML lists its code. */
  source: string;
  module: () => Promise<PageModule>;
}

// Every page is its own chunk: the home page loads none of the reading views, and a story
// page none of the feed's windowing.
const PAGES: Page[] = [
  { index: true, source: "src/app/routes/home.tsx", module: async () => (await import("./routes/home")).homePage },
  { path: "articles/:id", source: "src/app/routes/article.tsx", module: async () => (await import("./routes/article")).articlePage },
  { path: "posts/:id", source: "src/app/routes/post.tsx", module: async () => (await import("./routes/post")).postPage },
  { path: "people", source: "src/app/routes/people.tsx", module: async () => (await import("./routes/people")).peoplePage },
  { path: "people/:id", source: "src/app/routes/person.tsx", module: async () => (await import("./routes/person")).personPage },
  { path: "topics/:name", source: "src/app/routes/topic.tsx", module: async () => (await import("./routes/topic")).topicPage },
  { path: "about", source: "src/app/routes/about.tsx", module: async () => (await import("./routes/about")).aboutPage },
  { path: "search", source: "src/app/routes/search.tsx", module: async () => (await import("./routes/search")).searchPage },
  { path: "bookmarks", source: "src/app/routes/shelf.tsx", module: async () => (await import("./routes/shelf")).bookmarksPage },
  { path: "history", source: "src/app/routes/shelf.tsx", module: async () => (await import("./routes/shelf")).historyPage },
];

const PAGE_ROUTES = PAGES.map(({ path, index }) => (index ? { index } : { path }));

/**
 * The load of the page at an address (its path and ?query; `key`, the history entry, "initial"
 * for the page a document opens on); none for an address that is no page of ours.
 */
export function loadAt(loads: PageLoads, { pathname, search, key = "initial" }: { pathname: string; search: string; key?: string }) {
  const match = matchPage(pathname);
  return match && loads.get(pathname + search, key, match.page.module, { params: match.params, search: new URLSearchParams(search) });
}

/**
 * The address on the screen and how its load ended. A new address is shown once its page
 * has loaded: until then the page the reader is on stays, as it is, under the busy bar.
 */
function useShownAddress() {
  const loads = usePageLoads();
  const location = useLocation();
  const navigationType = useNavigationType();
  const [retries, setRetries] = useState(0);
  const [shown, setShown] = useState<{ location: Location; navigationType: NavigationType; settled?: Settled; retries: number }>(() => {
    const load = loadAt(loads, location);
    return { location, navigationType, settled: load ? settledNow(load) : { ok: true }, retries };
  });
  const current = shown.location === location && shown.retries === retries && shown.settled !== undefined;
  // Started as the new address renders, not after: the page's code and data are on their way
  // at once (a load already asked for is the same promise).
  const load = current ? undefined : loadAt(loads, location);

  useEffect(() => {
    if (current) return;
    let live = true;
    const show = (settled: Settled) => {
      if (live) startTransition(() => setShown({ location, navigationType, settled, retries }));
    };
    if (!load) show({ ok: true });
    else load.then((outcome) => show({ ok: true, outcome }), (error: unknown) => show({ ok: false, error }));
    return () => {
      live = false;
    };
  }, [current, load, location, navigationType, retries]);

  const { pathname, search } = shown.location;
  const retry = useCallback(() => {
    loads.forget(pathname + search);
    setRetries((n) => n + 1);
  }, [loads, pathname, search]);
  return { shown, busy: !current, retry };
}

/** The app's pages inside the site's chrome; any other address is 页面不存在. */
export function AppRoutes() {
  const { shown, busy, retry } = useShownAddress();
  // Stable values: a page re-renders when its own address or state changes, not on every step.
  const page = useMemo(() => ({ settled: shown.settled, busy, retry }), [shown.settled, busy, retry]);
  const at = useMemo(() => ({ location: shown.location, navigationType: shown.navigationType }), [shown.location, shown.navigationType]);
  return (
    <ShownPageProvider value={page}>
      {/* Everything under here sees the shown address, and how the reader came to it (Back is POP). */}
      <LocationContext value={at}>
        <Routes>
          <Route path="/" element={<RootLayout />}>
            <Route element={<PageFrame />}>
              {PAGES.map((page) => (
                <Route key={page.path ?? ""} index={page.index} path={page.path} element={<PageHost />} />
              ))}
              <Route path="*" element={<NotFoundRoute />} />
            </Route>
          </Route>
        </Routes>
      </LocationContext>
    </ShownPageProvider>
  );
}

/** The page at `pathname` and the values of its :params, if it is one of the app's pages. */
function matchPage(pathname: string): { page: Page; params: Params } | undefined {
  const leaf = matchRoutes([{ path: "/", children: PAGE_ROUTES }], pathname)?.at(-1);
  if (!leaf) return undefined;
  const page = PAGES[PAGE_ROUTES.indexOf(leaf.route)];
  return page ? { page, params: leaf.params } : undefined;
}

/** Loads (and so evaluates) the code of the page at `pathname`, if it is one of the app's pages. */
export async function preloadPage(pathname: string): Promise<void> {
  await matchPage(pathname)?.page.module();
}

/** The source module of the page at `pathname`, for the build's list of a page's code. */
export function pageSource(pathname: string): string | undefined {
  return matchPage(pathname)?.page.source;
}
