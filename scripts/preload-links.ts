// The code a prerendered page needs to become interactive, asked for by its HTML at once and
// in parallel (<link rel="modulepreload">), instead of one chunk after another as each import
// is reached: the boot script's own imports, then the page's module, each with every chunk it
// imports. Read from Vite's build manifest.
import { readFile } from "node:fs/promises";
import { join } from "node:path";

interface Chunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
}

type Manifest = Record<string, Chunk>;

export async function readManifest(distDir: string): Promise<Manifest> {
  return JSON.parse(await readFile(join(distDir, ".vite", "manifest.json"), "utf8")) as Manifest;
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

/** The tags, for the page's <head>. */
export function preloadLinks(files: readonly string[]): string {
  return files.map((file) => `<link rel="modulepreload" crossorigin href="/${file}">`).join("\n    ");
}
