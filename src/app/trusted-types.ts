import { htmlSanitizer } from "../lib/html-sanitizer";

interface TrustedTypePolicyFactoryLike {
  createPolicy: (name: string, rules: Record<string, (input: string) => string | null>) => unknown;
}

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/**
 * The CSP requires Trusted Types for every DOM sink. DOMPurify loads with the views that show
 * feed HTML, not on every page (components/story-html-loader.ts); from then on this default
 * policy lets HTML through only after it, and before then makes any string written as HTML
 * inert text. String-to-script is refused, and scripts come from this site only.
 */
export function installTrustedTypesPolicy(win: Window = window): void {
  const factory = (win as unknown as { trustedTypes?: TrustedTypePolicyFactoryLike }).trustedTypes;
  if (!factory) return;
  try {
    factory.createPolicy("default", {
      createHTML: (input) => htmlSanitizer()?.(input) ?? input.replace(/[&<>"']/g, (c) => ESCAPES[c]!),
      createScript: () => null,
      createScriptURL: (input) => (new URL(input, win.location.href).origin === win.location.origin ? input : null),
    });
  } catch {
    // A default policy already exists (e.g. a second copy of the app): keep it.
  }
}
