import { describe, expect, it } from "vitest";
import { fullWidthPunctuation } from "./cjk-punctuation";

describe("fullWidthPunctuation", () => {
  it("shows half-width , : ; ! ? between Han characters as full-width, with no gap beside them", () => {
    expect(fullWidthPunctuation("援疆三年回眸:倾情倾力倾智,援疆真情")).toBe("援疆三年回眸：倾情倾力倾智，援疆真情");
    expect(fullWidthPunctuation("好吗? 好的! 第一;第二")).toBe("好吗？好的！第一；第二");
    expect(fullWidthPunctuation("他说:“走吧”,我们就走了")).toBe("他说：“走吧”，我们就走了");
  });
  it("shows a Chinese sentence's closing ! or ? full-width", () => {
    expect(fullWidthPunctuation("这里的时间走得慢一些!")).toBe("这里的时间走得慢一些！");
    expect(fullWidthPunctuation("还在吗?\n在")).toBe("还在吗？\n在");
    expect(fullWidthPunctuation("Really? Yes!")).toBe("Really? Yes!");
  });
  it("leaves Latin text, numbers, times and URLs alone", () => {
    for (const text of ["Hello, world: yes!", "10:30 开会", "比分 3:2", "见 https://a.example/x?y=1,2", "中文 and English, mixed", "A,中"]) {
      expect(fullWidthPunctuation(text)).toBe(text);
    }
  });
});
