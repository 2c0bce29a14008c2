import "@testing-library/jest-dom/vitest";
import { afterAll, afterEach, beforeAll, beforeEach, vi } from "vitest";
import { cleanup, configure } from "@testing-library/react";
import { server } from "./utils/server";

beforeAll(() => server.listen({ onUnhandledRequest: "error" }));

// A route's code is imported on its first use in a test file; transforming a reading view's
// modules can take over a second on a loaded machine, which is not what a test waits for.
configure({ asyncUtilTimeout: 3_000 });
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
