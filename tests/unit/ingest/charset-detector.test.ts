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
});
