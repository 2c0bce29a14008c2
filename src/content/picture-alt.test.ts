import { describe, expect, it } from "vitest";
import { describingAlt } from "./picture-alt";

describe("a picture's alt text", () => {
  it("is kept when it describes the picture", () => {
    for (const alt of ["阿里巴巴集团首席技术官张建锋发布含光800", "iPhone15 的背面", "A tram in Lisbon, 2019", "图为开放日现场", "Galaxy-S24"]) {
      expect(describingAlt(alt), alt).toBe(alt);
    }
    expect(describingAlt("  开放日\n现场 ")).toBe("开放日 现场");
  });

  it("is dropped when it is a file's name, an address, a code or a bare word for picture", () => {
    for (const alt of ["004ednc20190925", "IMG_0423.JPG", "微信图片_20190925.jpg", "https://example.org/a.jpg", "图片", "image", "配图1", "photo 2", "", "  ", "20190925"]) {
      expect(describingAlt(alt), alt).toBeUndefined();
    }
    expect(describingAlt(undefined)).toBeUndefined();
  });
});
