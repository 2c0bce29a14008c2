// The code a prerendered page needs to become interactive, listed in its HTML so the boot
// script can ask for all of it at once and in parallel (<link rel="modulepreload">) as soon as
// the page's words are on the screen, instead of one chunk after another as each import is
// reached: the boot script's own imports, then the page's module, each with every chunk it
// imports. Read from Vite's build manifest. (As <link> tags in the HTML they were asked for
// before the words painted, competing with the page itself: Lighthouse's LCP went from about
// 1.2 s to 2.3 s.)
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";

interface Chunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
}

type Manifest = Record<string, Chunk>;

/**
 * Vite writes the manifest into the site (dist/.vite/manifest.json); the prerender moves it
 * beside the SSR build (`keptAt`), which the site does not serve, so that prerendering the
 * built site again (with another feed) still finds it.
 */
export async function readManifest(distDir: string, keptAt: string): Promise<Manifest> {
  const fresh = join(distDir, ".vite", "manifest.json");
  let text: string;
  try {
    text = await readFile(fresh, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
    text = await readFile(keptAt, "utf8");
  }
  await mkdir(dirname(keptAt), { recursive: true });
  await writeFile(keptAt, text);
  await rm(join(distDir, ".vite"), { recursive: true, force: true });
  return JSON.parse(text) as Manifest;
}

/**
 * The chunk files to preload for a page whose module is `page` (a manifest key), in the
 * order the boot script needs them; the entry itself is already a <script> of the page.
 */
export function preloadFiles(manifest: Manifest, page: string | undefined): string[] {
  const entry = Object.values(manifest).find((chunk) => chunk.isEntry);
  if (!entry) throw new Error("the build manifest has no entry chunk");
  const files: string[] = [];
  const seen = new Set<string>([entry.file]);
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk) throw new Error(`the build manifest has no ${key}`);
    for (const dependency of chunk.imports ?? []) visit(dependency);
    if (seen.has(chunk.file)) return;
    seen.add(chunk.file);
    files.push(chunk.file);
  };
  const steps = entry.dynamicImports ?? [];
  // The page's module before main: main hydrates once the page's code is there.
  const main = steps.find((key) => key.endsWith("src/main.tsx"));
  for (const key of steps) if (key !== main) visit(key);
  if (page !== undefined) visit(page);
  if (main !== undefined) visit(main);
  return files;
}

/** The list, for the page's <head>: a JSON block, which the CSP lets be since it never runs (src/lib/module-preload.ts reads it). */
export function preloadList(files: readonly string[]): string {
  return `<script type="application/json" id="qingyue-modules">${JSON.stringify(files.map((file) => `/${file}`))}</script>`;
}
