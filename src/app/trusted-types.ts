import { sanitizeHtml } from "../lib/sanitize-html";

interface TrustedTypePolicyFactoryLike {
  createPolicy: (name: string, rules: Record<string, (input: string) => string | null>) => unknown;
}

/**
 * The CSP requires Trusted Types for every DOM sink. The default policy lets HTML through
 * only after DOMPurify, refuses string-to-script, and allows scripts from this site only.
 */
export function installTrustedTypesPolicy(win: Window = window): void {
  const factory = (win as unknown as { trustedTypes?: TrustedTypePolicyFactoryLike }).trustedTypes;
  if (!factory) return;
  try {
    factory.createPolicy("default", {
      createHTML: (input) => sanitizeHtml(input),
      createScript: () => null,
      createScriptURL: (input) => (new URL(input, win.location.href).origin === win.location.origin ? input : null),
    });
  } catch {
    // A default policy already exists (e.g. a second copy of the app): keep it.
  }
}
