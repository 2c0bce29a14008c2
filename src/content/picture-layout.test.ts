import { describe, expect, it } from "vitest";
import { formatDuration, isLongPicture, pictureGrid, singleShape, spokenDuration } from "./picture-layout";

const picture = (ext: Record<string, unknown> = {}) => ({ url: "/p.jpg", mime_type: "image/jpeg", _qingyue: ext });

describe("pictureGrid", () => {
  it("lays out pictures as Weibo does", () => {
    expect(pictureGrid(1)).toEqual({ columns: 1, shown: 1, more: 0 });
    expect(pictureGrid(2)).toEqual({ columns: 2, shown: 2, more: 0 });
    expect(pictureGrid(4)).toEqual({ columns: 2, shown: 4, more: 0 });
    expect(pictureGrid(5)).toEqual({ columns: 3, shown: 5, more: 0 });
    expect(pictureGrid(9)).toEqual({ columns: 3, shown: 9, more: 0 });
    expect(pictureGrid(14)).toEqual({ columns: 3, shown: 9, more: 5 });
  });
});

describe("singleShape", () => {
  it("keeps a picture's own aspect unless it is taller than 3:4", () => {
    expect(singleShape(1600, 900)).toBe("wide");
    expect(singleShape(1000, 1000)).toBe("wide");
    expect(singleShape(900, 1200)).toBe("upright");
    expect(singleShape(600, 1200)).toBe("tall");
    expect(singleShape(undefined, 1200)).toBe("unknown");
  });
});

describe("isLongPicture", () => {
  it("believes the data, else measures", () => {
    expect(isLongPicture(picture({ long: true }))).toBe(true);
    expect(isLongPicture(picture({ long: false, width: 100, height: 900 }))).toBe(false);
    expect(isLongPicture(picture({ width: 100, height: 900 }))).toBe(true);
    expect(isLongPicture(picture({ width: 100, height: 200 }))).toBe(false);
    expect(isLongPicture(picture())).toBe(false);
  });
});

describe("durations", () => {
  it("prints lengths as players do and says them in words", () => {
    expect(formatDuration(65)).toBe("1:05");
    expect(formatDuration(7.4)).toBe("0:07");
    expect(formatDuration(3723)).toBe("1:02:03");
    expect(spokenDuration(65)).toBe("1分5秒");
    expect(spokenDuration(3723)).toBe("1小时2分3秒");
  });
});
