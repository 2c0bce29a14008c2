// A story's HTML view (DOMPurify and the HTML-to-React reader, about 20 kB gzip) loads only
// for a story that has HTML to show: the route's loader awaits it before the story renders,
// so rendering stays synchronous, and the same on the server. Once loaded, the Trusted Types
// default policy sanitizes with the same DOMPurify (see app/trusted-types.ts).
import type * as StoryHtmlModule from "./story-html";
import { loadHtmlSanitizer } from "../lib/html-sanitizer";

let loaded: typeof StoryHtmlModule | undefined;

export async function loadStoryHtml(): Promise<void> {
  if (loaded) return;
  const [view] = await Promise.all([import("./story-html"), loadHtmlSanitizer()]);
  loaded = view;
}

/** The loaded module, or undefined before `loadStoryHtml` has finished. */
export const storyHtml = (): typeof StoryHtmlModule | undefined => loaded;
