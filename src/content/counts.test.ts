import { describe, expect, it } from "vitest";
import { showCount } from "./counts";

describe("a count as Weibo shows it", () => {
  it("keeps up to 9999 as the number and shows more in 万 and 亿, cut to one decimal", () => {
    expect(["0", "9999", "10000", "12345", "19999", "1000000", "99999999", "100000000", "123456789"].map(showCount))
      .toEqual(["0", "9999", "1万", "1.2万", "1.9万", "100万", "9999.9万", "1亿", "1.2亿"]);
  });

  it("keeps a count the source printed with its unit as printed", () => {
    expect(["1.2万", "100万+", "3亿", "12.5"].map(showCount)).toEqual(["1.2万", "100万+", "3亿", "12.5"]);
  });
});
