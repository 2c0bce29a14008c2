import { defineConfig } from "vitest/config";

// Browser tests: the built site in the system Chromium, one file at a time.
export default defineConfig({
  test: {
    environment: "node",
    include: ["tests/e2e/**/*.e2e.ts"],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
