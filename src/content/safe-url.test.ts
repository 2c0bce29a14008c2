import { describe, expect, it } from "vitest";
import { isSafeUrl } from "./safe-url";

describe("isSafeUrl", () => {
  it.each(["https://t.cn/EzdjDmC", "http://example.com/a?b=1#c", "/articles/a-1", "/posts/p#p-2"])("accepts %s", (u) =>
    expect(isSafeUrl(u)).toBe(true),
  );
  it.each([
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    " javascript:alert(1)",
    "java\tscript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "vbscript:msgbox(1)",
    "//evil.test/x",
    "/\\evil.test",
    "https://",
    "http://exa mple.com",
    "not a url",
    "https://example.com/\u202egnp.exe",
    "",
    42,
    null,
  ])("refuses %s", (u) => expect(isSafeUrl(u)).toBe(false));
});
