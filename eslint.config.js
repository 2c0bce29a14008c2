import { readdirSync } from "node:fs";
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";
import pluginQuery from "@tanstack/eslint-plugin-query";
import { importX, createNodeResolver } from "eslint-plugin-import-x";
import globals from "globals";

const FEATURES = readdirSync("src/features", { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

/** Globals a browser has and Node does not: the DOM, storage, the window and its events. */
const BROWSER_ONLY = [
  ...Object.keys(globals.browser).filter((name) => !Object.hasOwn(globals.node, name)),
  // Newer Node versions have these too, but not as a browser's: code here must not lean on them.
  "localStorage",
  "sessionStorage",
  "navigator",
];

export default tseslint.config(
  { ignores: ["dist", "dist-ssr", "node_modules", "public/feed", "coverage", "tests/e2e/artifacts", "bench/.corpus"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...pluginQuery.configs["flat/recommended"],
  {
    files: ["**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", ignoreRestSiblings: true }],
    },
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
  {
    files: ["**/*.{js,mjs}"],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    // The shape of the code, held by lint: imports go one way (shared → features → app), a
    // feature never reaches into another, and no module is part of an import cycle.
    files: ["src/**/*.{ts,tsx}"],
    plugins: { "import-x": importX },
    settings: {
      "import-x/extensions": [".ts", ".tsx", ".js"],
      "import-x/parsers": { "@typescript-eslint/parser": [".ts", ".tsx"] },
      "import-x/resolver-next": [createNodeResolver({ extensions: [".ts", ".tsx", ".js", ".json"] })],
    },
    rules: {
      "import-x/no-cycle": "error",
      "import-x/no-restricted-paths": [
        "error",
        {
          zones: [
            ...FEATURES.map((name) => ({
              target: `./src/features/${name}`,
              from: "./src/features",
              except: [`./${name}`],
              message: "A feature does not import another feature: move what both need to src/lib or src/components, or join them in src/app.",
            })),
            {
              target: ["./src/content", "./src/lib", "./src/components", "./src/ingest"],
              from: ["./src/features", "./src/app"],
              message: "Shared code does not import features or the app.",
            },
            { target: "./src/features", from: "./src/app", message: "A feature does not import the app." },
            {
              target: "./src/content",
              from: ["./src/lib", "./src/components", "./src/ingest"],
              message: "src/content is pure logic shared by the app and the ingest: it imports only itself.",
            },
            {
              target: "./src/ingest",
              from: ["./src/lib", "./src/components"],
              message: "The ingest runs in Node: it imports src/content only.",
            },
          ],
        },
      ],
    },
  },
  {
    // Pure logic and the Node command: no React, no DOM, no browser globals.
    files: ["src/content/**/*.ts", "src/ingest/**/*.ts"],
    ignores: ["**/*.test.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: ["react", "react-*", "@tanstack/*", "dompurify"] }],
      "no-restricted-globals": [
        "error",
        ...BROWSER_ONLY.map((name) => ({ name, message: "src/content and src/ingest run in Node too: no browser globals." })),
      ],
    },
  },
);
