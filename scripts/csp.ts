// The site's Content-Security-Policy: the built index.html carries it as a meta tag, the
// static server sends it as a header (with frame-ancestors, which only works as a header),
// and the README gives it to hosts.
export const CSP_DIRECTIVES = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' https:",
  "font-src 'self'",
  "connect-src 'self'",
  // Audio and video (attachments, a post's video) play from this site or any https host.
  "media-src 'self' https:",
  "object-src 'none'",
  "frame-src 'none'",
  // The service worker for offline reading (src/offline/sw.ts), from this site only.
  "worker-src 'self'",
  "base-uri 'none'",
  // The header's search form submits to /search on this site (a GET, also with JavaScript off).
  "form-action 'self'",
  "manifest-src 'self'",
  "require-trusted-types-for 'script'",
  "trusted-types default dompurify",
];

export const CSP_META = CSP_DIRECTIVES.join("; ");
export const CSP_HEADER = [...CSP_DIRECTIVES, "frame-ancestors 'none'"].join("; ");
