import { describe, expect, it } from "vitest";
import { sanitizeHtml as sanitize } from "./sanitize-html";

// jsdom has no Trusted Types: the result is the sanitized string.
const sanitizeHtml = (html: string) => String(sanitize(html));

describe("sanitizeHtml", () => {
  it("keeps ordinary article HTML", () => {
    expect(sanitizeHtml("<p>一段<b>加粗</b>与<em>强调</em></p><ul><li>项</li></ul>")).toBe(
      "<p>一段<b>加粗</b>与<em>强调</em></p><ul><li>项</li></ul>",
    );
  });
  it("removes scripts, event handlers and dangerous URLs", () => {
    const out = sanitizeHtml(
      '<img src=x onerror="alert(1)"><script>alert(1)</script><a href="javascript:alert(1)">x</a><a href="data:text/html,x">y</a><iframe src="https://e.test"></iframe>',
    );
    expect(out).not.toMatch(/onerror|<script|javascript:|data:|<iframe/i);
  });
  it("removes style, id, name and forms (no overlays, no DOM clobbering)", () => {
    const out = sanitizeHtml('<p style="position:fixed" id="root" name="x">t</p><form action="/x"><input name="q"></form>');
    expect(out).toBe("<p>t</p>");
  });
  it("forces a safe rel on links and opens external ones in a new tab", () => {
    expect(sanitizeHtml('<a href="https://example.com" rel="opener">e</a><a href="/articles/a">i</a>')).toBe(
      '<a href="https://example.com" rel="noopener noreferrer nofollow ugc" target="_blank">e</a>' +
        '<a href="/articles/a" rel="noopener noreferrer nofollow ugc">i</a>',
    );
  });
});
