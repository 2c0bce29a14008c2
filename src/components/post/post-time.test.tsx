import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { act } from "@testing-library/react";
import { renderToString } from "react-dom/server";
import { hydrateRoot } from "react-dom/client";
import { MemoryRouter } from "react-router";
import { PostTime } from "./post-time";

describe("PostTime", () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2026-06-14T15:30:00+08:00"));
  });
  afterEach(() => vi.useRealTimers());

  it("prerenders the exact time, hydrates it without a mismatch, then says how long ago", async () => {
    const ui = (
      <MemoryRouter>
        <PostTime date="2026-06-14T13:30:00+08:00" to="/posts/p1" />
      </MemoryRouter>
    );
    const html = renderToString(ui);
    expect(html).toContain(">2026年6月14日 13:30</time>");
    const container = document.createElement("div");
    container.innerHTML = html;
    document.body.append(container);
    // A hydration mismatch is reported through console.error, which fails the test.
    const root = await act(async () => hydrateRoot(container, ui));
    expect(container.querySelector("time")).toHaveTextContent("2小时前");
    expect(container.querySelector("time")).toHaveAttribute("title", "2026年6月14日 13:30");
    act(() => root.unmount());
    container.remove();
  });
});
