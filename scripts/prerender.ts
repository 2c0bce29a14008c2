// Build step after `vite build`: writes a real HTML page for every story, person and topic
// in the shipped feed (plus the home page, 404.html, sitemap.xml and robots.txt), rendered
// by the app's own routes and components. Link-preview crawlers run no script; these pages
// carry each story's title, description, Open Graph tags and readable text.
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { installFeedFetch } from "./prerender-fetch";
import { collectPages, routeFile } from "./prerender-pages";
import { precompress } from "./precompress";
import { preloadFiles, preloadList, readManifest } from "./preload-links";

const DIST = resolve("dist");
const SITE_URL = (process.env.SITE_URL ?? "http://127.0.0.1:4173").replace(/\/+$/, "");

interface RenderedPage {
  status: number;
  head: string;
  body: string;
  data: string;
}

async function writeWhole(path: string, text: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temp = `${path}.${process.pid}.tmp`;
  await writeFile(temp, text);
  await rename(temp, path);
}

function fillTemplate(template: string, route: string, page: RenderedPage, preload: string): string {
  let html = template;
  // The list of the page's code, which the boot script asks for all at once once the words are on the screen.
  if (preload) html = html.replace(/(<link rel="stylesheet"[^>]*>)/, (tag) => `${tag}\n    ${preload}`);
  if (page.head.includes("<title>")) html = html.replace(/<title>[^<]*<\/title>\s*/, "");
  if (page.head.includes('name="description"')) html = html.replace(/<meta name="description"[^>]*>\s*/, "");
  // Replacer functions: a story's text may hold "$&" or "$'", which a replacement string would expand.
  html = html.replace("</head>", () => `${page.head}\n  </head>`);
  // The data the page was rendered from, right after it: the app hydrates from it.
  return html.replace('<div id="root"></div>', () => `<div id="root" data-route="${route}">${page.body}</div>\n    ${page.data}`);
}

const escapeXml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

async function main() {
  // Run again on a built site, index.html is the prerendered home page: the shell it was made from is kept.
  let template = await readFile(join(DIST, "index.html"), "utf8");
  if (!template.includes('<div id="root"></div>')) template = await readFile(join(DIST, "app-shell.html"), "utf8").catch(() => template);
  if (!template.includes('<div id="root"></div>')) throw new Error("dist/index.html has no empty #root");
  // The unrendered app, for hosts and tests that serve a feed other than the one built with.
  await writeWhole(join(DIST, "app-shell.html"), template);
  installFeedFetch(DIST, SITE_URL);
  const entry = pathToFileURL(resolve("dist-ssr/prerender.js")).href;
  const { renderPath, pageSource } = (await import(entry)) as {
    renderPath: (path: string, origin: string) => Promise<RenderedPage>;
    pageSource: (path: string) => string | undefined;
  };
  // Out of the site at once: the site does not serve it.
  const manifest = await readManifest(DIST, resolve("dist-ssr/client-manifest.json"));
  const preloadFor = (route: string) => preloadList(preloadFiles(manifest, pageSource(route)));

  const pages = await collectPages(DIST);
  const failures: string[] = [];
  for (const route of pages.routes) {
    const page = await renderPath(route, SITE_URL);
    if (page.status !== 200) {
      failures.push(`${route}: status ${page.status}`);
      continue;
    }
    const file = routeFile(DIST, route);
    if (file === undefined) {
      // Not a name a file can have (a slash or a dot segment): the app shell serves it.
      console.warn(`not prerendered (no file name for it): ${route}`);
      continue;
    }
    await writeWhole(file, fillTemplate(template, route, page, preloadFor(route)));
  }
  // Pages that are the reader's own (a search, the shelf): nothing to prerender, but a real
  // page at their address, so a shared link is answered 200 with the app, not with 404.html.
  for (const route of ["/search", "/bookmarks", "/history"]) {
    const shell = fillTemplate(template, route, { status: 200, head: "", body: "", data: "" }, preloadFor(route));
    // The app renders these fresh: no prerendered route to hydrate.
    await writeWhole(routeFile(DIST, route)!, shell.replace(`<div id="root" data-route="${route}">`, '<div id="root">'));
  }
  const notFound = await renderPath("/404", SITE_URL);
  await writeWhole(join(DIST, "404.html"), fillTemplate(template, "/404", notFound, preloadFor("/404")));

  // Routes are already percent-encoded paths (paths.topic encodes the name).
  const urls = pages.routes.map((route) => `  <url><loc>${escapeXml(SITE_URL + route)}</loc></url>`);
  await writeWhole(
    join(DIST, "sitemap.xml"),
    `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join("\n")}\n</urlset>\n`,
  );
  await writeWhole(join(DIST, "robots.txt"), `User-agent: *\nAllow: /\nSitemap: ${SITE_URL}/sitemap.xml\n`);

  // Not the feed: a publisher replaces its files without rebuilding the site, and a
  // compressed copy left from the build would be served in place of the new feed.
  const compressed = await precompress(DIST, { skip: ["feed"] });
  console.log(`prerendered ${pages.routes.length - failures.length} pages, 404.html, sitemap.xml, robots.txt; ${compressed} files precompressed`);
  if (failures.length > 0) {
    console.error(`prerender failed for:\n${failures.join("\n")}`);
    process.exitCode = 1;
  }
}

await main();
