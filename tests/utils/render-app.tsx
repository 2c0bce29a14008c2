import { render } from "@testing-library/react";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { MemoryRouter, useLocation, type Location } from "react-router";
import { AppRoutes } from "../../src/app/router";
import { createPageLoads } from "../../src/app/page-loads";
import { PageLoadsProvider } from "../../src/app/page-host";

/** Renders the real route table at `path` with a fresh QueryClient that never retries. */
export function renderApp(path: string) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const seen: { location?: Location } = {};
  function LocationProbe() {
    seen.location = useLocation();
    return null;
  }
  const result = render(
    <QueryClientProvider client={queryClient}>
      <PageLoadsProvider value={createPageLoads(queryClient)}>
        <MemoryRouter initialEntries={[path]}>
          <AppRoutes />
          <LocationProbe />
        </MemoryRouter>
      </PageLoadsProvider>
    </QueryClientProvider>,
  );
  /** Where the app is now (after its redirects and navigations). */
  const location = (): Location => {
    if (!seen.location) throw new Error("the app has not rendered");
    return seen.location;
  };
  return { ...result, location, queryClient };
}
