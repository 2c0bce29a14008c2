// @vitest-environment node
// Reading a page's bytes in the encoding it is really in: BOM, HTTP header, XML declaration,
// <meta>, then the bytes themselves. Nothing valid in its real encoding becomes U+FFFD.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { decodePage } from "../../../src/ingest/decode";
import { ROOT } from "./helpers";

const HTML = join(ROOT, "tests", "fixtures", "html");
const bytes = (name: string) => readFileSync(join(HTML, name));
const TITLE = "县政府召开秋粮收购工作会议";

/** Each character of a single-byte encoding → its byte, from the decoder itself. */
function encodeTable(encoding: string): [string, number][] {
  const decoder = new TextDecoder(encoding);
  return Array.from({ length: 128 }, (_, i) => [decoder.decode(new Uint8Array([i + 128])), i + 128] as [string, number]);
}

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
    expect(decodePage(withBytes("\xb4 ".repeat(40)))).toEqual({ reason: "无法解码：标明的编码 gbk 与内容不符，读不出是哪种文字编码" });
  });
});

describe("which declaration wins", () => {
  const gbk = bytes("gov-gbk.html");

  it("takes the HTTP header over the page's own <meta>", () => {
    const czech = Buffer.from(execFileSync("iconv", ["-f", "utf-8", "-t", "windows-1250"], { input: '<meta charset="gbk"><p>Počasí na víkend: v Praze bude teplo, předpověď slibuje slunce.</p>' }));
    expect(decoded(czech, "text/html; charset=windows-1250")).toMatchObject({ encoding: "windows-1250", text: expect.stringContaining("předpověď slibuje") });
    const french = Buffer.from('<meta charset="gbk"><p>Voilà une page écrite en français, très simple : ça marche, déjà à côté.</p>', "latin1");
    expect(decoded(french, "text/html; charset=iso-8859-1")).toMatchObject({ encoding: "windows-1252", text: expect.stringContaining("écrite en français") });
    expect(decoded(gbk, "text/html").encoding).toBe("gb18030");
  });

  it("reads Chinese under a header that names the server's Latin-1 default, or the other Chinese encoding", () => {
    expect(decoded(gbk, "text/html; charset=iso-8859-1")).toMatchObject({ encoding: "gb18030", text: expect.stringContaining(TITLE) });
    expect(decoded(gbk, "text/html; charset=windows-1250")).toMatchObject({ encoding: "gb18030", text: expect.stringContaining(TITLE) });
    expect(decoded(bytes("news-big5.html"), "text/html; charset=gbk")).toMatchObject({ encoding: "big5", text: expect.stringContaining("縣政府召開秋糧收購工作會議") });
    expect(decoded(gbk, "text/html; charset=big5")).toMatchObject({ encoding: "gb18030", text: expect.stringContaining(TITLE) });
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
    expect(decodePage(Buffer.from([0x3c, 0x70, 0x3e, 0xff, 0x80, 0xff]))).toEqual({ reason: "无法解码：读不出是哪种文字编码" });
  });
});

describe("bytes that declare nothing and are not Chinese", () => {
  it("reads Latin-1 text written by Windows (accented letters between plain ones) as windows-1252", () => {
    const french = Buffer.from("<p>Le café est à côté de l'église, près du marché.</p>", "latin1");
    expect(decoded(french)).toEqual({ text: "<p>Le café est à côté de l'église, près du marché.</p>", encoding: "windows-1252" });
  });

  it("reads Cyrillic in a single-byte encoding as Russian, not as the Chinese its bytes also decode to", () => {
    // "Привет мама дома окно" in windows-1251: every word an even number of bytes, so the
    // bytes also decode as GB18030, to rare characters.
    const russian = Buffer.from("Привет мама дома окно, привет мама дома окно.", "utf8").toString("utf8");
    const bytes1251 = Buffer.from([...russian].map((ch) => (ch.charCodeAt(0) >= 0x410 ? ch.charCodeAt(0) - 0x410 + 0xc0 : ch.charCodeAt(0))));
    expect(new TextDecoder("gb18030", { fatal: true }).decode(bytes1251)).toMatch(/\p{Script=Han}/u);
    expect(decodePage(bytes1251)).toEqual({ text: russian, encoding: "windows-1251" });
  });

  // My own sentences, in the encodings their languages' pages were long written in.
  const JAPANESE = "東京で新しい交通計画が発表されました。専門家は、この計画が中小企業の発展に役立つと考えています。";
  const KOREAN = "정부는 새로운 교통 계획을 발표했습니다. 전문가들은 이 계획이 중소기업 발전에 도움이 될 것이라고 생각합니다.";
  const RUSSIAN = "Правительство утвердило новую программу развития транспорта. Эксперты считают, что она поможет малому бизнесу.";
  it.each([
    ["Japanese in Shift_JIS", "shift_jis", JAPANESE, "938c8b9e82c5905682b582a28cf092ca8c7689e682aa94ad955c82b382ea82dc82b582bd814290ea96e589c682cd814182b182cc8c7689e682aa92868fac8ae98bc682cc94ad935782c996f097a782c282c68d6c82a682c482a282dc82b78142"],
    ["Korean in EUC-KR", "euc-kr", KOREAN, "c1a4baceb4c220bbf5b7cebfee20b1b3c5eb20b0e8c8b9c0bb20b9dfc7a5c7dfbdc0b4cfb4d92e20c0fcb9aeb0a1b5e9c0ba20c0cc20b0e8c8b9c0cc20c1dfbcd2b1e2bef720b9dfc0fcbfa120b5b5bff2c0cc20b5c920b0cdc0ccb6f3b0ed20bbfdb0a2c7d5b4cfb4d92e"],
    ["Russian in KOI8-R", "koi8-r", RUSSIAN, "f0d2c1d7c9d4c5ccd8d3d4d7cf20d5d4d7c5d2c4c9cccf20cecfd7d5c020d0d2cfc7d2c1cdcdd520d2c1dad7c9d4c9d120d4d2c1ced3d0cfd2d4c12e20fccbd3d0c5d2d4d920d3dec9d4c1c0d42c20ded4cf20cfcec120d0cfcdcfd6c5d420cdc1cccfcdd520c2c9dacec5d3d52e"],
  ])("reads %s that declares nothing", (_, encoding, text, hex) => {
    const bytes = Buffer.from(hex, "hex");
    expect(new TextDecoder(encoding).decode(bytes)).toBe(text);
    expect(decodePage(bytes)).toEqual({ text, encoding });
  });

  // A short feed is mostly tags, addresses and dates: its words must still name the encoding.
  const feed = (title: string, body: string) =>
    `<?xml version="1.0"?>\n<rss version="2.0"><channel><title>Feed</title><link>http://news.example/</link>\n<item><title>${title}</title><link>http://news.example/1</link><description>${body}</description><pubDate>Mon, 01 Jan 2024 10:00:00 GMT</pubDate></item>\n</channel></rss>`;
  const GREEK = "Η κυβέρνηση ανακοίνωσε σήμερα ένα νέο πρόγραμμα για την ανάπτυξη των μεταφορών στη χώρα. Οι ειδικοί πιστεύουν ότι το πρόγραμμα θα βοηθήσει τις μικρές επιχειρήσεις.";
  const TURKISH = "Hükümet bugün ulaşımın geliştirilmesi için yeni bir program açıkladı. Uzmanlar, programın küçük işletmelere yardımcı olacağına inanıyor.";
  it.each([
    ["Russian in windows-1251", "windows-1251", feed("Новости", RUSSIAN)],
    ["Russian in KOI8-R", "koi8-r", feed("Новости", RUSSIAN)],
    ["Greek in ISO-8859-7", "iso-8859-7", feed("Ειδήσεις", GREEK)],
    ["Turkish in ISO-8859-9", "windows-1254", feed("Haberler", TURKISH)],
  ])("reads a short feed of %s that declares nothing, or declares UTF-8", (_, encoding, xml) => {
    const bytes = Buffer.from(new Uint8Array([...xml].map((ch) => new Map(encodeTable(encoding)).get(ch) ?? ch.charCodeAt(0))));
    expect(new TextDecoder(encoding).decode(bytes)).toBe(xml);
    expect(decoded(bytes)).toEqual({ text: xml, encoding });
    const wrong = Buffer.concat([Buffer.from('<?xml version="1.0" encoding="utf-8"?>'), bytes.subarray(bytes.indexOf(0x0a))]);
    expect(decoded(wrong).text).toContain(xml.slice(xml.indexOf("\n")));
  });

  it("reads UTF-16 XML and JSON without a byte order mark, by the NUL bytes beside their first characters", () => {
    const xml = '<?xml version="1.0" encoding="utf-16"?><rss version="2.0"><channel><title>标题</title></channel></rss>';
    const le = Buffer.from(xml, "utf16le");
    expect(decoded(le)).toEqual({ text: xml, encoding: "utf-16le" });
    expect(decoded(Buffer.from(le).swap16())).toEqual({ text: xml, encoding: "utf-16be" });
    const json = '{"text": "微博正文"}';
    expect(decoded(Buffer.from(json, "utf16le"))).toEqual({ text: json, encoding: "utf-16le" });
    // Bytes of no text that merely start so are still named.
    expect(decodePage(Buffer.from([0x3c, 0, 0x61, 0, 0x00, 0xd8, 0x00, 0xd8]))).toEqual({ reason: "不是文字：含有 NUL 字节（像是二进制文件）" });
  });

  it("still reads it when its charset is declared", () => {
    const russian = Buffer.concat([Buffer.from('<meta charset="windows-1251"><p>'), Buffer.from([0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2]), Buffer.from("</p>")]);
    expect(decoded(russian).text).toContain("Привет");
  });
});
