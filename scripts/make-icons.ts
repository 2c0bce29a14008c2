// `npx tsx scripts/make-icons.ts`: the app's PNG icons (public/icons/) drawn from the favicon's
// own paths by the system Chromium, so the installed app and the tab show the same mark.
// A maskable icon keeps the mark inside the central safe zone on a full-bleed background.
import { readFileSync } from "node:fs";
import { launchBrowser } from "../tests/e2e/browser";

const favicon = readFileSync("public/favicon.svg", "utf8");
const glyph = favicon.replace(/^<svg[^>]*>/, "").replace(/<\/svg>\s*$/, "").replace(/<rect[^>]*\/>/, "");
const maskable = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><rect width="64" height="64" fill="#1f5f4a"/><g transform="translate(12.8 12.8) scale(0.6)">${glyph}</g></svg>`;

const browser = await launchBrowser();
try {
  const page = await (await browser.newContext()).newPage();
  for (const [name, svg, size] of [
    ["icon-192.png", favicon, 192],
    ["icon-512.png", favicon, 512],
    ["icon-maskable-512.png", maskable, 512],
  ] as const) {
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(`<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`);
    await page.screenshot({ path: `public/icons/${name}`, omitBackground: true });
  }
} finally {
  await browser.close();
}
