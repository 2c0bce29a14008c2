// Where a page renders. The page on the screen stays while the next one loads (its code and
// data), as a data router keeps it; the frame then shows the page, 页面不存在, where it moved,
// or what went wrong with a retry.
import { Component, createContext, useContext, type ReactNode } from "react";
import { Navigate, Outlet, useLocation } from "react-router";
import type { PageLoads, Settled } from "./page-loads";
import { NotFound } from "../components/not-found";
import { RouteError } from "./route-error";
import { PageLoading } from "./routes/page-loading";

const PageLoadsContext = createContext<PageLoads | null>(null);
export const PageLoadsProvider = PageLoadsContext.Provider;

export function usePageLoads(): PageLoads {
  const loads = useContext(PageLoadsContext);
  if (!loads) throw new Error("PageLoadsProvider is missing");
  return loads;
}

export interface ShownPage {
  /** How the shown address's load ended; absent while its first load runs. */
  settled?: Settled;
  /** The reader asked for another address, or a retry, and it is loading. */
  busy: boolean;
  retry: () => void;
}

const ShownPageContext = createContext<ShownPage>({ busy: false, retry: () => undefined });
export const ShownPageProvider = ShownPageContext.Provider;
export const useShownPage = () => useContext(ShownPageContext);

/** The page at the shown address, once loaded. */
export function PageHost() {
  const { settled, retry, busy } = useShownPage();
  if (!settled) return <PageLoading />;
  if (!settled.ok) return <RouteError error={settled.error} retry={retry} retrying={busy} />;
  const { outcome } = settled;
  if (!outcome || outcome.kind === "not-found") return <NotFound />;
  if (outcome.kind === "moved") return <Navigate to={outcome.to} replace />;
  return <outcome.Component />;
}

interface BoundaryProps {
  href: string;
  children: ReactNode;
  fallback: (error: unknown, reset: () => void) => ReactNode;
}

/** Catches a page that fails as it renders; a new address starts afresh. */
class PageErrorBoundary extends Component<BoundaryProps, { error?: unknown; href: string }> {
  override state: { error?: unknown; href: string } = { href: this.props.href };

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  static getDerivedStateFromProps(props: BoundaryProps, state: { error?: unknown; href: string }) {
    return props.href === state.href ? null : { error: undefined, href: props.href };
  }

  override render() {
    const { error } = this.state;
    return error === undefined ? this.props.children : this.props.fallback(error, () => this.setState({ error: undefined }));
  }
}

/** The frame every page renders in, inside the site's chrome. */
export function PageFrame() {
  const { pathname, search } = useLocation();
  const { retry, busy } = useShownPage();
  return (
    <PageErrorBoundary
      href={pathname + search}
      fallback={(error, reset) => (
        <RouteError
          error={error}
          retrying={busy}
          retry={() => {
            reset();
            retry();
          }}
        />
      )}
    >
      {/* No Suspense boundary here: the page hydrates in one piece with the chrome around it,
          so "hydrated" means the same moment for the page's parts as for the header's. */}
      <Outlet />
    </PageErrorBoundary>
  );
}
