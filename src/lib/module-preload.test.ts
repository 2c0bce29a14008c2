import { afterEach, describe, expect, it } from "vitest";
import { listedModules, preloadListedModules } from "./module-preload";

afterEach(() => {
  document.head.innerHTML = "";
});

const list = (json: string) => {
  const block = document.createElement("script");
  block.type = "application/json";
  block.id = "qingyue-modules";
  block.textContent = json;
  document.head.append(block);
};

const preloads = () => [...document.head.querySelectorAll<HTMLLinkElement>('link[rel="modulepreload"]')].map((l) => l.getAttribute("href"));

describe("the page's listed code", () => {
  it("becomes one modulepreload link a chunk, in the listed order, each once", () => {
    list(JSON.stringify(["/assets/react-1.js", "/assets/router-2.js", "/assets/react-1.js"]));
    preloadListedModules();
    preloadListedModules();
    expect(preloads()).toEqual(["/assets/react-1.js", "/assets/router-2.js"]);
    expect(document.head.querySelector("link")?.crossOrigin).toBe("");
  });

  it("takes only this site's script paths, and nothing from a damaged or absent list", () => {
    list(JSON.stringify(["https://elsewhere.example/x.js", "//elsewhere.example/y.js", "/assets/ok-3.js", "/assets/style.css", 7]));
    expect(listedModules(document)).toEqual(["/assets/ok-3.js"]);
    document.head.innerHTML = "";
    list("[not json");
    expect(listedModules(document)).toEqual([]);
    document.head.innerHTML = "";
    expect(listedModules(document)).toEqual([]);
  });
});
