// The sanitizer HTML written into the page goes through, once DOMPurify has loaded with a
// view that shows feed HTML. Until then there is none, and such HTML is made inert text.
let sanitizer: ((html: string) => string) | undefined;

export function setHtmlSanitizer(sanitize: (html: string) => string): void {
  sanitizer = sanitize;
}

export const htmlSanitizer = (): ((html: string) => string) | undefined => sanitizer;
