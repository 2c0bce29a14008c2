interface TrustedTypePolicyFactoryLike {
  createPolicy: (name: string, rules: Record<string, (input: string) => string | null>) => unknown;
}

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/**
 * The CSP requires Trusted Types for every DOM sink. Feed HTML reaches the page only through
 * SanitizedHtml, as TrustedHTML from DOMPurify's own policy; DOMPurify loads with the views
 * that show HTML, not on every page. Any other string written as HTML is made inert text by
 * this default policy; string-to-script is refused, and scripts come from this site only.
 */
export function installTrustedTypesPolicy(win: Window = window): void {
  const factory = (win as unknown as { trustedTypes?: TrustedTypePolicyFactoryLike }).trustedTypes;
  if (!factory) return;
  try {
    factory.createPolicy("default", {
      createHTML: (input) => input.replace(/[&<>"']/g, (c) => ESCAPES[c]!),
      createScript: () => null,
      createScriptURL: (input) => (new URL(input, win.location.href).origin === win.location.origin ? input : null),
    });
  } catch {
    // A default policy already exists (e.g. a second copy of the app): keep it.
  }
}
