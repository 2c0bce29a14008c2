// @vitest-environment node
// Reading a page's bytes in the encoding it is really in: BOM, HTTP header, XML declaration,
// <meta>, then the bytes themselves. Nothing valid in its real encoding becomes U+FFFD.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { decodePage } from "../../../src/ingest/decode";
import { ROOT } from "./helpers";

const HTML = join(ROOT, "tests", "fixtures", "html");
const bytes = (name: string) => readFileSync(join(HTML, name));
const TITLE = "县政府召开秋粮收购工作会议";

function decoded(input: Uint8Array, contentType?: string) {
  const result = decodePage(input, contentType !== undefined ? { contentType } : {});
  if ("reason" in result) throw new Error(result.reason);
  return result;
}

describe("legacy Chinese encodings", () => {
  it("reads a page that declares gbk", () => {
    const page = decoded(bytes("gov-gbk.html"));
    expect(page.encoding).toBe("gb18030");
    expect(page.text).toContain(TITLE);
    expect(page.text).not.toContain("\uFFFD");
  });

  it("reads a page labelled gb2312 with a character only GB18030 has", () => {
    const page = decoded(bytes("gov-gb18030.html"));
    expect(page.text).toContain("𠮷字也要读对");
    expect(page.text).not.toContain("\uFFFD");
  });

  it("reads a page labelled gb2312 whose bytes are UTF-8 as UTF-8", () => {
    const page = decoded(bytes("gb2312-label-utf8.html"));
    expect(page.encoding).toBe("utf-8");
    expect(page.text).toContain(TITLE);
  });

  it("reads Big5", () => {
    expect(decoded(bytes("news-big5.html")).text).toContain("縣政府召開秋糧收購工作會議");
  });

  it("sniffs GBK that declares nothing", () => {
    const body = new Uint8Array(bytes("gov-gbk.html").toString("latin1").replace("charset=gbk", "").split("").map((c) => c.charCodeAt(0)));
    expect(decoded(body).text).toContain(TITLE);
  });
});

describe("a few stray bytes", () => {
  const gbk = bytes("gov-gbk.html");
  const withBytes = (extra: string) => Buffer.from(gbk.toString("latin1").replace("</title>", `${extra}</title>`), "latin1");

  it("reads a GBK page with a character cut in half, and counts it", () => {
    const page = decodePage(withBytes("\xb4"));
    if ("reason" in page) throw new Error(page.reason);
    expect(page).toMatchObject({ encoding: "gb18030", damaged: 1 });
    expect(page.text).toContain(TITLE);
  });

  it("still names a page with more stray bytes than one character in a thousand", () => {
    expect(decodePage(withBytes("\xb4 ".repeat(40)))).toEqual({ reason: "无法解码：标明的编码 gbk 与内容不符，不是 UTF-8、GBK/GB18030、Big5 或西欧文字" });
  });
});

describe("which declaration wins", () => {
  const gbk = bytes("gov-gbk.html");

  it("takes the HTTP header over the page's own <meta>", () => {
    // Latin-1 would read any byte: the header is obeyed even against the meta tag.
    expect(decoded(gbk, "text/html; charset=iso-8859-1").encoding).toBe("windows-1252");
    expect(decoded(gbk, "text/html").encoding).toBe("gb18030");
  });

  it("takes the byte order mark over everything", () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("<meta charset=gbk><p>你好</p>", "utf16le")]);
    expect(decoded(utf16, "text/html; charset=gbk")).toEqual({ text: "<meta charset=gbk><p>你好</p>", encoding: "utf-16le" });
  });

  it("reads an XML declaration", () => {
    const xml = Buffer.concat([Buffer.from('<?xml version="1.0" encoding="GB2312"?><html><body><p>'), Buffer.from([0xc4, 0xe3, 0xba, 0xc3]), Buffer.from("</p></body></html>")]);
    expect(decoded(xml).text).toContain("你好");
  });

  it("falls back to the bytes when a declared charset does not decode them", () => {
    const mislabelled = Buffer.concat([Buffer.from('<meta charset="utf-8"><p>'), Buffer.from([0xc4, 0xe3, 0xba, 0xc3]), Buffer.from("</p>")]);
    expect(decoded(mislabelled).text).toContain("你好");
  });
});

describe("bytes no encoding reads", () => {
  it("are named, never turned into replacement characters", () => {
    expect(decodePage(Buffer.from([0x3c, 0x70, 0x3e, 0xff, 0x80, 0xff]))).toEqual({ reason: "无法解码：不是 UTF-8、GBK/GB18030、Big5 或西欧文字" });
  });
});

describe("bytes that declare nothing and are not Chinese", () => {
  it("reads Latin-1 text written by Windows (accented letters between plain ones) as windows-1252", () => {
    const french = Buffer.from("<p>Le café est à côté de l'église, près du marché.</p>", "latin1");
    expect(decoded(french)).toEqual({ text: "<p>Le café est à côté de l'église, près du marché.</p>", encoding: "windows-1252" });
  });

  it("refuses Cyrillic in a single-byte encoding rather than read it as Chinese", () => {
    // "Привет мама дома окно" in windows-1251: every word an even number of bytes, so the
    // bytes also decode as GB18030, to rare characters.
    const russian = Buffer.from("Привет мама дома окно, привет мама дома окно.", "utf8").toString("utf8");
    const bytes1251 = Buffer.from([...russian].map((ch) => (ch.charCodeAt(0) >= 0x410 ? ch.charCodeAt(0) - 0x410 + 0xc0 : ch.charCodeAt(0))));
    expect(new TextDecoder("gb18030", { fatal: true }).decode(bytes1251)).toMatch(/\p{Script=Han}/u);
    const result = decodePage(bytes1251);
    expect(result).toEqual({ reason: "无法解码：不是 UTF-8、GBK/GB18030、Big5 或西欧文字" });
  });

  it("still reads it when its charset is declared", () => {
    const russian = Buffer.concat([Buffer.from('<meta charset="windows-1251"><p>'), Buffer.from([0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2]), Buffer.from("</p>")]);
    expect(decoded(russian).text).toContain("Привет");
  });
});
