// @vitest-environment node
// Feeds in the encodings blogs were long written in, as a reader gets them: the titles and words
// in their own script, whatever the label says and however the file is named.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { Item } from "../../../src/content/feed-schema";
import { dataEvents } from "../../../src/ingest/data-files";
import { readInputs } from "../../../src/ingest/inputs";

const dir = mkdtempSync(join(tmpdir(), "qingyue-feed-encodings-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const rss = (declaration: string, title: Uint8Array, body: Uint8Array) =>
  Buffer.concat([
    Buffer.from(`${declaration}<rss version="2.0"><channel><title>Feed</title><link>https://enc.example.org/</link><item><title>`),
    title,
    Buffer.from("</title><link>https://enc.example.org/1</link><description>"),
    body,
    Buffer.from("</description></item></channel></rss>\n"),
  ]);

async function itemsOf(bytes: Uint8Array): Promise<Item[]> {
  const found: Item[] = [];
  for await (const event of dataEvents("feed.xml", bytes, "feed", { baseUrl: "" })) if (event.ok && "items" in event) found.push(...event.items);
  return found;
}

// My own sentences, in Big5 and in GBK.
const BIG5_TITLE = Buffer.from("b4e4a466c258abd8a475b57ba4b5a4e9b0caa475", "hex");
const BIG5_BODY = Buffer.from("a475b57ba55dac41b773abd8a8e2ae79bd58c059bb50a440b1f8c170a57eb944b8f4a141c160b867b64facf9b773bb4fb9f4a440a6cabbf5a4b8a143", "hex");
const GBK_TITLE = Buffer.from("bdadb3c7b4f3c7c5bdf1c8d5cda8b3b5", "hex");
const GBK_BODY = Buffer.from("cad0c3f1bfc9d2d4b2bdd0d0c9cfc7c5b2ceb9dba3acd5e2cac7bdf1c4ead7eed6d8d2aab5c4bdbbcda8b9a4b3ccd6aed2bba1a3", "hex");

describe("feed encodings", () => {
  it("a Big5 feed labelled GBK, and a GBK feed labelled Big5, read in the encoding their bytes are in", async () => {
    expect(new TextDecoder("big5").decode(BIG5_TITLE)).toBe("港口擴建工程今日動工");
    expect(new TextDecoder("gbk").decode(GBK_TITLE)).toBe("江城大桥今日通车");
    const [big5] = await itemsOf(rss('<?xml version="1.0" encoding="gbk"?>', BIG5_TITLE, BIG5_BODY));
    expect(big5).toMatchObject({ title: "港口擴建工程今日動工", content_text: "工程包括新建兩座碼頭與一條聯外道路，總經費約新臺幣一百億元。" });
    const [gbk] = await itemsOf(rss('<?xml version="1.0" encoding="big5"?>', GBK_TITLE, GBK_BODY));
    expect(gbk).toMatchObject({ title: "江城大桥今日通车", content_text: "市民可以步行上桥参观，这是今年最重要的交通工程之一。" });
  });

  it("a GBK or Big5 feed labelled ISO-8859-1 or windows-1252 (a server's default) reads as Chinese, not as runs of accented letters", async () => {
    const [gbk] = await itemsOf(rss('<?xml version="1.0" encoding="ISO-8859-1"?>', GBK_TITLE, GBK_BODY));
    expect(gbk).toMatchObject({ title: "江城大桥今日通车", content_text: "市民可以步行上桥参观，这是今年最重要的交通工程之一。" });
    const [big5] = await itemsOf(rss('<?xml version="1.0" encoding="windows-1252"?>', BIG5_TITLE, BIG5_BODY));
    expect(big5).toMatchObject({ title: "港口擴建工程今日動工", content_text: "工程包括新建兩座碼頭與一條聯外道路，總經費約新臺幣一百億元。" });
  });

  it("a UTF-16 feed in a file with no extension is read as a feed, with or without a byte order mark", async () => {
    const xml = '<?xml version="1.0" encoding="UTF-16"?><rss version="2.0"><channel><title>双字节</title><link>https://u.example.org/</link><item><title>UTF-16 的标题</title><link>https://u.example.org/1</link><description>这是正文。</description></item></channel></rss>';
    const le = Buffer.from(xml, "utf16le");
    writeFileSync(join(dir, "feed-le"), le);
    writeFileSync(join(dir, "feed-be-bom"), Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(le).swap16()]));
    const titles: (string | undefined)[] = [];
    for await (const event of readInputs([join(dir, "feed-le"), join(dir, "feed-be-bom")])) {
      expect(event.ok && "items" in event).toBe(true);
      if (event.ok && "items" in event) titles.push(...event.items.map((i) => i.title));
    }
    expect(titles).toEqual(["UTF-16 的标题", "UTF-16 的标题"]);
  });

  // My own Russian, in each encoding Russian was written in; copies converted from one to
  // another keep the label they had.
  const TITLE = "Врачи советуют больше гулять зимой";
  const BODY = "Специалисты считают, что прогулки на свежем воздухе укрепляют иммунитет и помогают справиться с сезонной усталостью.";
  /** Text in a single-byte encoding, by the decoder's own table. */
  function singleByte(text: string, encoding: string): Uint8Array {
    const decoder = new TextDecoder(encoding);
    const table = new Map(Array.from({ length: 128 }, (_, i) => [decoder.decode(new Uint8Array([i + 128])), i + 128]));
    return Uint8Array.from([...text].map((ch) => table.get(ch) ?? ch.charCodeAt(0)));
  }
  const russian = (declaration: string, encoding: string) => rss(declaration, singleByte(TITLE, encoding), singleByte(BODY, encoding));

  it.each(["koi8-r", "ibm866", "iso-8859-5", "x-mac-cyrillic"])("Russian in %s labelled windows-1251 reads as Russian", async (encoding) => {
    const [post] = await itemsOf(russian('<?xml version="1.0" encoding="windows-1251"?>', encoding));
    expect(post).toMatchObject({ title: TITLE, content_text: BODY });
  });

  it("Russian in IBM855 (which no TextDecoder reads), labelled so, labelled windows-1251 or not at all, reads as Russian", async () => {
    const title = Buffer.from("ece1a0fbb720e3d6eba8e5e79ce520a2d6d0edf5a820ace7d0dee5ed20f3b7d2d6bd", "hex");
    const body = Buffer.from(
      "e4d8a8a4b7a0d0b7e3e5f120e3fbb7e5a09ce52c20fbe5d620d8e1d6ace7d0c6b720d4a020e3eba8e9a8d220ebd6f3a6e7b5a820e7c6e1a8d8d0de9ce520b7d2d2e7d4b7e5a8e520b720d8d6d2d6aca09ce520e3d8e1a0ebb7e5ede3de20e320e3a8f3d6d4d4d6bd20e7e3e5a0d0d6e3e5ed9c2e",
      "hex",
    );
    for (const declaration of ['<?xml version="1.0" encoding="IBM855"?>', '<?xml version="1.0" encoding="windows-1251"?>', '<?xml version="1.0"?>']) {
      const [post] = await itemsOf(rss(declaration, title, body));
      expect(post).toMatchObject({ title: TITLE, content_text: BODY });
    }
  });

  it("Russian in IBM866 or Mac Cyrillic that declares nothing, and in windows-1251 labelled ISO-8859-1, reads as Russian", async () => {
    for (const [declaration, encoding] of [
      ['<?xml version="1.0"?>', "ibm866"],
      ['<?xml version="1.0"?>', "x-mac-cyrillic"],
      ['<?xml version="1.0" encoding="ISO-8859-1"?>', "windows-1251"],
    ] as const) {
      const [post] = await itemsOf(russian(declaration, encoding));
      expect(post).toMatchObject({ title: TITLE, content_text: BODY });
    }
    // Latin-1 that is Latin-1 stays so.
    const german = "Die Bürger äußerten sich über die Pläne für den Umbau öffentlicher Plätze.";
    const [latin] = await itemsOf(rss('<?xml version="1.0" encoding="ISO-8859-1"?>', singleByte("Über die Größe", "windows-1252"), singleByte(german, "windows-1252")));
    expect(latin).toMatchObject({ title: "Über die Größe", content_text: german });
  });

  it("a short Greek feed in windows-1253 that declares nothing reads as Greek", async () => {
    const title = "Η κυβέρνηση ενέκρινε νέο πρόγραμμα";
    const body = "Οι ειδικοί πιστεύουν ότι το πρόγραμμα θα βοηθήσει τις μικρές επιχειρήσεις.";
    const [post] = await itemsOf(rss('<?xml version="1.0"?>', singleByte(title, "windows-1253"), singleByte(body, "windows-1253")));
    expect(post).toMatchObject({ title, content_text: body });
  });

  it("a Thai feed in windows-874 (TIS-620) that declares nothing reads as Thai; random bytes do not", async () => {
    const title = "รัฐบาลอนุมัติแผนการขนส่งใหม่";
    const body = "ผู้เชี่ยวชาญเชื่อว่าแผนนี้จะช่วยธุรกิจขนาดเล็กและพัฒนาคุณภาพชีวิตของประชาชน";
    const [post] = await itemsOf(rss('<?xml version="1.0"?>', singleByte(title, "windows-874"), singleByte(body, "windows-874")));
    expect(post).toMatchObject({ title, content_text: body });
    const noise = Uint8Array.from({ length: 200 }, (_, i) => 0xa1 + ((i * 37) % 90));
    expect(await itemsOf(rss('<?xml version="1.0"?>', noise, noise))).toEqual([]);
  });

  it("Japanese in EUC-JP that declares nothing reads as Japanese, not as the Chinese its bytes also decode to", async () => {
    const title = Buffer.from("bfb7a4b7a4a4a5aba5e1a5e9a4f2c7e3a4a4a4dea4b7a4bf", "hex");
    const body = Buffer.from(
      "bdb5cbf6a4cbbfb7a4b7a4a4a5aba5e1a5e9a4f2c7e3a4a4a4dea4b7a4bfa1a3a4c8a4c6a4e2b7daa4afa4c6bbc8a4a4a4e4a4b9a4a4a4c7a4b9a1a3bcccbfbfa4f2a4bfa4afa4b5a4f3bba3a4eaa4bfa4a4a4c8bbd7a4a4a4dea4b9a1a3",
      "hex",
    );
    expect(new TextDecoder("euc-jp").decode(title)).toBe("新しいカメラを買いました");
    expect(new TextDecoder("gb18030", { fatal: true }).decode(body)).toMatch(/\p{Script=Han}/u);
    const [post] = await itemsOf(rss('<?xml version="1.0"?>', title, body));
    expect(post).toMatchObject({ title: "新しいカメラを買いました", content_text: "週末に新しいカメラを買いました。とても軽くて使いやすいです。写真をたくさん撮りたいと思います。" });
  });

  it("a UTF-32 feed, with a byte order mark or without one, is read as a feed", async () => {
    const xml = '<?xml version="1.0" encoding="UTF-32"?><rss version="2.0"><channel><title>四字节</title><link>https://w.example.org/</link><item><title>UTF-32 的标题 😀</title><link>https://w.example.org/1</link><description>正文。</description></item></channel></rss>';
    const utf32 = (text: string, little: boolean, bom: boolean) => {
      const codes = [...(bom ? "\ufeff" : ""), ...text].map((ch) => ch.codePointAt(0)!);
      const view = new DataView(new ArrayBuffer(codes.length * 4));
      codes.forEach((code, i) => view.setUint32(i * 4, code, little));
      return new Uint8Array(view.buffer);
    };
    writeFileSync(join(dir, "feed-32le-bom"), utf32(xml, true, true));
    writeFileSync(join(dir, "feed-32be"), utf32(xml, false, false));
    const titles: (string | undefined)[] = [];
    for await (const event of readInputs([join(dir, "feed-32be"), join(dir, "feed-32le-bom")])) {
      expect(event.ok && "items" in event).toBe(true);
      if (event.ok && "items" in event) titles.push(...event.items.map((i) => i.title));
    }
    expect(titles).toEqual(["UTF-32 的标题 😀", "UTF-32 的标题 😀"]);
  });

  it("Japanese in ISO-2022-JP, Korean in ISO-2022-KR and Chinese in HZ, all in 7-bit bytes, read in their scripts", async () => {
    const ascii = (text: string) => Buffer.from(text, "latin1");
    const [japanese] = await itemsOf(rss('<?xml version="1.0"?>', ascii("\u001b$B?7$7$$%+%a%i$rGc$$$^$7$?\u001b(B"), ascii("\u001b$B=5Kv$K?7$7$$%+%a%i$rGc$$$^$7$?!#\u001b(B")));
    expect(japanese).toMatchObject({ title: "新しいカメラを買いました", content_text: "週末に新しいカメラを買いました。" });
    const [korean] = await itemsOf(rss('<?xml version="1.0" encoding="ISO-2022-KR"?>', ascii("\u001b$)C\u000e;u\u000f \u000eD+8^6s8&\u000f \u000e;r=@4O4Y\u000f"), ascii("\u000e;u\u000f")));
    expect(korean).toMatchObject({ title: "새 카메라를 샀습니다", content_text: "새" });
    const [chinese] = await itemsOf(rss('<?xml version="1.0" encoding="HZ-GB-2312"?>', ascii("~{=-3G4sGE=qHUM(35~}"), ascii("~{JPCq?IRT2=PPIOGE2N9[!#~}")));
    expect(chinese).toMatchObject({ title: "江城大桥今日通车", content_text: "市民可以步行上桥参观。" });
    // ASCII that only looks so stays ASCII.
    const [plain] = await itemsOf(rss('<?xml version="1.0"?>', ascii("Use ~{ and ~} in templates"), ascii("See ~user/docs.")));
    expect(plain).toMatchObject({ title: "Use ~{ and ~} in templates", content_text: "See ~user/docs." });
  });

  it("a UTF-8 feed with a summary cut in the middle of a character is read, the stray byte said, not refused whole", async () => {
    const long = "市民可以步行上桥参观，这是今年最重要的交通工程之一。".repeat(10);
    const cut = Buffer.from("这是一段被截断的摘").subarray(0, -1);
    const feed = Buffer.concat([
      Buffer.from(`<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>新闻</title><link>https://n.example.cn/</link><item><title>大桥通车</title><link>https://n.example.cn/1</link><description>${long}</description></item><item><title>截断的摘要</title><link>https://n.example.cn/2</link><description>`),
      cut,
      Buffer.from("</description></item></channel></rss>"),
    ]);
    const events = [];
    for await (const event of dataEvents("feed.xml", feed, "feed", { baseUrl: "" })) events.push(event);
    expect(events).toMatchObject([{ ok: true, notes: ["有 1 处字节不属于 utf-8 编码，读作 �，其余照常读取"] }]);
    const items = events.flatMap((e) => (e.ok && "items" in e ? e.items : []));
    expect(items.map((i) => i.title)).toEqual(["大桥通车", "截断的摘要"]);
    expect(items[1]?.content_text).toBe("这是一段被截断的�");
  });
});
