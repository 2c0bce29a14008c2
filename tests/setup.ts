import "@testing-library/jest-dom/vitest";
import { afterAll, afterEach, beforeAll, beforeEach, vi } from "vitest";
import { cleanup, configure } from "@testing-library/react";
import { server } from "./utils/server";

// The first render of a page in a test file waits for its lazily imported route module to be
// transformed, which on a busy machine takes longer than find*'s default second.
configure({ asyncUtilTimeout: 5000 });

// jsdom lays nothing out, so there is no viewport to move: it reports window.scrollTo as "not
// implemented" and has no Element#scrollIntoView (react-router then misreports the #hash as
// undecodable). Here both do what they do on a page too short to scroll: nothing. Real
// scrolling is checked in the browser tests.
if (typeof window !== "undefined") {
  window.scrollTo = (() => undefined) as typeof window.scrollTo;
  Element.prototype.scrollIntoView = () => undefined;
}

beforeAll(() => server.listen({ onUnhandledFrame: "error" }));
afterAll(() => server.close());

// A console.error during a test is a bug (a React warning, an unhandled rejection that got
// logged): fail the test that produced it.
let errors: unknown[][] = [];
beforeEach(() => {
  errors = [];
  vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => {
    errors.push(args);
  });
});
afterEach(() => {
  cleanup();
  server.resetHandlers();
  if (errors.length > 0) {
    const first = errors[0]?.map(String).join(" ") ?? "";
    errors = [];
    throw new Error(`console.error was called during the test: ${first}`);
  }
});
