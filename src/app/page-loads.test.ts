import { describe, expect, it, vi } from "vitest";
import { QueryClient } from "@tanstack/react-query";
import { createPageLoads, PageMoved, PageNotFound, settledNow, type PageModule } from "./page-loads";

const Component = () => null;
const args = { params: {}, search: new URLSearchParams() };
const moduleWith = (load?: PageModule["load"]) => () => Promise.resolve<PageModule>({ load, Component });

describe("page loads", () => {
  it("answers with the page, with 'not found', or with where the content moved", async () => {
    const loads = createPageLoads(new QueryClient());
    await expect(loads.get("/a", "k1", moduleWith(), args)).resolves.toEqual({ kind: "page", Component });
    const missing = () => Promise.reject(new PageNotFound());
    await expect(loads.get("/b", "k1", moduleWith(missing), args)).resolves.toEqual({ kind: "not-found" });
    const moved = () => Promise.reject(new PageMoved("/posts/p1"));
    await expect(loads.get("/c", "k1", moduleWith(moved), args)).resolves.toEqual({ kind: "moved", to: "/posts/p1" });
  });

  it("gives the page's load the query client, the address's params and its query", async () => {
    const queryClient = new QueryClient();
    const load = vi.fn(() => Promise.resolve());
    await createPageLoads(queryClient).get("/search?q=书", "k1", moduleWith(load), { params: { id: "x" }, search: new URLSearchParams("q=书") });
    expect(load).toHaveBeenCalledWith(expect.objectContaining({ queryClient, params: { id: "x" } }));
    expect((load.mock.calls[0] as unknown as [{ search: URLSearchParams }])[0].search.get("q")).toBe("书");
  });

  it("loads an address once, reads a settled load at once, and loads it again after a retry", async () => {
    const loads = createPageLoads(new QueryClient());
    const load = vi.fn(() => Promise.resolve());
    const first = loads.get("/a", "k1", moduleWith(load), args);
    expect(settledNow(first)).toBeUndefined();
    await first;
    expect(settledNow(first)).toEqual({ ok: true, outcome: { kind: "page", Component } });
    expect(loads.get("/a", "k2", moduleWith(load), args)).toBe(first);
    expect(load).toHaveBeenCalledTimes(1);
    loads.forget("/a");
    await loads.get("/a", "k2", moduleWith(load), args);
    expect(load).toHaveBeenCalledTimes(2);
  });

  it("keeps a failed load for the same visit, and tries again on a new one", async () => {
    const loads = createPageLoads(new QueryClient());
    const load = vi.fn(() => Promise.reject(new Error("网络连接失败")));
    const failed = loads.get("/a", "k1", moduleWith(load), args);
    await expect(failed).rejects.toThrow("网络连接失败");
    expect(settledNow(failed)).toEqual({ ok: false, error: expect.objectContaining({ message: "网络连接失败" }) });
    expect(loads.get("/a", "k1", moduleWith(load), args)).toBe(failed);
    await expect(loads.get("/a", "k2", moduleWith(load), args)).rejects.toThrow("网络连接失败");
    expect(load).toHaveBeenCalledTimes(2);
  });
});
