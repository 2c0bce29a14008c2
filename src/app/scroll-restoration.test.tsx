import { describe, expect, it, vi } from "vitest";
import { act, render } from "@testing-library/react";
import { MemoryRouter, useNavigate, type NavigateFunction } from "react-router";
import { useScrollRestoration } from "./scroll-restoration";

function scrollWindowTo(y: number) {
  Object.defineProperty(window, "scrollY", { value: y, configurable: true });
  window.dispatchEvent(new Event("scroll"));
}

function renderAt(path: string) {
  const scrollTo = vi.spyOn(window, "scrollTo").mockImplementation(() => undefined);
  let navigate: NavigateFunction = () => undefined;
  function Page() {
    useScrollRestoration();
    navigate = useNavigate();
    return null;
  }
  render(
    <MemoryRouter initialEntries={[path]}>
      <Page />
    </MemoryRouter>,
  );
  const go = (to: string | number) => act(() => void (typeof to === "number" ? navigate(to) : navigate(to)));
  return { scrollTo, go };
}

describe("scroll restoration", () => {
  it("opens a new page at the top and finds the old one where it was on Back and Forward", () => {
    const { scrollTo, go } = renderAt("/articles/a1");
    expect(scrollTo).not.toHaveBeenCalled(); // the first page stays where the browser put it
    scrollWindowTo(1200);
    go("/people");
    expect(scrollTo).toHaveBeenLastCalledWith(0, 0);
    scrollWindowTo(300);
    go(-1);
    expect(scrollTo).toHaveBeenLastCalledWith(0, 1200);
    go(1);
    expect(scrollTo).toHaveBeenLastCalledWith(0, 300);
  });

  it("opens a new page at its #anchor", () => {
    const { scrollTo, go } = renderAt("/");
    const target = document.createElement("p");
    target.id = "p-5";
    target.scrollIntoView = vi.fn();
    document.body.append(target);
    go("/articles/a1#p-5");
    expect(target.scrollIntoView).toHaveBeenCalled();
    expect(scrollTo).not.toHaveBeenCalled();
    target.remove();
  });

  it("keeps the places for the tab's life, through a reload", () => {
    const { go } = renderAt("/articles/a1");
    scrollWindowTo(800);
    go("/people");
    window.dispatchEvent(new Event("pagehide"));
    expect(Object.values(JSON.parse(sessionStorage.getItem("qingyue-scroll") ?? "{}"))).toContain(800);
  });
});
