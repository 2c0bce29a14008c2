// @vitest-environment node
// The statistical detector is slow on large inputs (about 3 MiB a second): it reads a sample
// of the bytes, never a whole large file, and the whole is then decoded in what it named.
import { describe, expect, it, vi } from "vitest";

const seen: number[] = [];
vi.mock("chardet", async (original) => {
  const real = await original<typeof import("chardet")>();
  return { ...real, analyse: (bytes: Uint8Array) => (seen.push(bytes.length), real.analyse(bytes)) };
});

const { decodePage } = await import("../../../src/ingest/decode");
const { betterAlphabet } = await import("../../../src/ingest/alphabets");

describe("the encoding detector", () => {
  it("reads a sample of a large file, and the whole file is decoded in the encoding it names", () => {
    // Russian in KOI8-R, my own sentence, repeated to 1 MiB.
    const sentence = Buffer.from("f0d2c1d7c9d4c5ccd8d3d4d7cf20d5d4d7c5d2c4c9cccf20cecfd7d5c020d0d2cfc7d2c1cdcdd520d2c1dad7c9d4c9d120d4d2c1ced3d0cfd2d4c12e20", "hex");
    const bytes = Buffer.concat(Array.from({ length: Math.ceil((1024 * 1024) / sentence.length) }, () => sentence));
    const page = decodePage(bytes);
    expect(seen.length).toBeGreaterThan(0);
    expect(Math.max(...seen)).toBeLessThanOrEqual(64 * 1024);
    if ("reason" in page) throw new Error(page.reason);
    expect(page.encoding).toBe("koi8-r");
    expect(page.text.length).toBe(bytes.length);
    expect(page.text.endsWith("Правительство утвердило новую программу развития транспорта. ")).toBe(true);
  });

  it("judges each single-byte encoding on a sample, and reads the whole in the one it takes", () => {
    // Russian in IBM866, my own sentence, repeated to 1 MiB.
    const sentence = Buffer.from(new Uint8Array([0x8f, 0xe0, 0xa0, 0xa2, 0xa8, 0xe2, 0xa5, 0xab, 0xec, 0xe1, 0xe2, 0xa2, 0xae, 0x20, 0xe3, 0xe2, 0xa2, 0xa5, 0xe0, 0xa4, 0xa8, 0xab, 0xae, 0x20, 0xad, 0xae, 0xa2, 0xe3, 0xee, 0x20, 0xaf, 0xe0, 0xae, 0xa3, 0xe0, 0xa0, 0xac, 0xac, 0xe3, 0x2e, 0x20]));
    expect(new TextDecoder("ibm866").decode(sentence)).toBe("Правительство утвердило новую программу. ");
    const bytes = Buffer.concat(Array.from({ length: Math.ceil((1024 * 1024) / sentence.length) }, () => sentence));
    const whole: string[] = [];
    const decode = (encoding: string, part: Uint8Array) => {
      if (part.length === bytes.length) whole.push(encoding);
      return encoding === "ibm855" ? undefined : new TextDecoder(encoding).decode(part);
    };
    const found = betterAlphabet(bytes, decode);
    expect(found?.encoding).toBe("ibm866");
    expect(found?.text.length).toBe(bytes.length);
    expect(whole).toEqual(["ibm866"]);
  });
});

describe("a few words", () => {
  it("are judged by their bytes' blocks only when they are few: a long input is left to the detector, and not held as pairs", async () => {
    const { fewWords } = await import("../../../src/ingest/short-texts");
    const decode = (encoding: string, bytes: Uint8Array) => new TextDecoder(encoding).decode(bytes);
    // 오늘의 주요 뉴스 in EUC-KR.
    const words = Buffer.from("bfc0b4c3c0c720c1d6bfe420b4babdba", "hex");
    expect(fewWords(words, decode)).toEqual({ text: "오늘의 주요 뉴스", encoding: "euc-kr" });
    const many = Buffer.concat(Array.from({ length: 100 }, () => Buffer.concat([words, Buffer.from(" ")])));
    expect(fewWords(many, decode)).toBeUndefined();
  });
});
