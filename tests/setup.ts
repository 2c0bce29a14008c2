import "@testing-library/jest-dom/vitest";
import { afterAll, afterEach, beforeAll, beforeEach, vi } from "vitest";
import { cleanup, configure } from "@testing-library/react";
import { server } from "./utils/server";

beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
// A route's first render waits for its lazily imported module, which the test runner
// transforms on first use: on a busy machine that alone can pass the default 1 s.
configure({ asyncUtilTimeout: 4000 });
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
