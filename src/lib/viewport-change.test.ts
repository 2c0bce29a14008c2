import { afterEach, expect, it, vi } from "vitest";
import { onViewportChange } from "./viewport-change";

const frames: FrameRequestCallback[] = [];
const runFrame = () => frames.splice(0).forEach((callback) => callback(0));

afterEach(() => {
  frames.length = 0;
  vi.unstubAllGlobals();
});

it("updates at once, then once a frame however many scroll and resize events come, until stopped", () => {
  vi.stubGlobal("requestAnimationFrame", (callback: FrameRequestCallback) => frames.push(callback));
  vi.stubGlobal("cancelAnimationFrame", () => frames.splice(0));
  const update = vi.fn();
  const stop = onViewportChange(update);
  expect(update).toHaveBeenCalledTimes(1);

  for (let i = 0; i < 5; i += 1) window.dispatchEvent(new Event("scroll"));
  window.dispatchEvent(new Event("resize"));
  expect(update).toHaveBeenCalledTimes(1);
  runFrame();
  expect(update).toHaveBeenCalledTimes(2);

  window.dispatchEvent(new Event("scroll"));
  stop();
  runFrame();
  window.dispatchEvent(new Event("scroll"));
  runFrame();
  expect(update).toHaveBeenCalledTimes(2);
});
