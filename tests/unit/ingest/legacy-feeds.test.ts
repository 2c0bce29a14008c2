// @vitest-environment node
// Blog and news feeds in the legacy encodings of many languages, as sites served them: labelled
// right, labelled with the names Windows, Java or Python give the encoding, labelled ISO-8859-1
// by a server that labels everything so, or not labelled at all. The reader gets each item's
// title and words in their own script.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { Item } from "../../../src/content/feed-schema";
import { dataEvents } from "../../../src/ingest/data-files";
import { decodePage } from "../../../src/ingest/decode";
import { readInputs } from "../../../src/ingest/inputs";

/** The text in an encoding, by the system's converter. */
const encode = (text: string, encoding: string): Buffer => execFileSync("iconv", ["-f", "utf-8", "-t", encoding], { input: text });

interface Post {
  title: string;
  body?: string;
}

const feed = (declaration: string, channel: string, posts: Post[]) =>
  `${declaration}\n<rss version="2.0"><channel><title>${channel}</title><link>http://blog.example.org/</link>` +
  posts
    .map(
      (p, i) =>
        `<item><title>${p.title}</title><link>http://blog.example.org/2009/05/post-${i + 1}.html</link><pubDate>Mon, 04 May 2009 10:2${i}:00 +0200</pubDate>` +
        (p.body !== undefined ? `<description>${p.body}</description>` : "") +
        `</item>`,
    )
    .join("") +
  `</channel></rss>\n`;

async function itemsOf(bytes: Uint8Array): Promise<Item[]> {
  const found: Item[] = [];
  for await (const event of dataEvents("feed.xml", bytes, "feed", { baseUrl: "" })) if (event.ok && "items" in event) found.push(...event.items);
  return found;
}

/** What a reader gets of each item: its title and its words. */
const read = (items: Item[]) => items.map((i) => ({ title: i.title, body: i.content_text }));
const expected = (posts: Post[]) => posts.map((p) => ({ title: p.title, body: p.body }));

async function expectRead(bytes: Uint8Array, posts: Post[]) {
  expect(read(await itemsOf(bytes))).toEqual(expected(posts));
}

const latin1 = '<?xml version="1.0" encoding="ISO-8859-1"?>';
const none = '<?xml version="1.0"?>';

describe("labels other software gives an encoding", () => {
  it.each([
    ["cp932", "shift_jis", { title: "今日の天気", body: "東京は雨です。" }],
    ["CP949", "cp949", { title: "오늘의 뉴스", body: "서울은 맑음." }],
    ["ms949", "cp949", { title: "지하철 요금", body: "내년에 인상." }],
    ["cp936", "gbk", { title: "交通新规", body: "下月实施。" }],
    ["MacCyrillic", "mac-cyrillic", { title: "Итоги недели", body: "Новые рейсы." }],
    ["win-1251", "windows-1251", { title: "Итоги недели", body: "Новые рейсы." }],
  ])("a short feed labelled %s reads in its script", async (label, encoding, post) => {
    await expectRead(encode(feed(`<?xml version="1.0" encoding="${label}"?>`, "Blog", [post]), encoding), [post]);
  });
});

describe("Ukrainian, Hebrew and Arabic in their single-byte encodings", () => {
  const ukrainian = [
    { title: "Київ готується до свята", body: "У неділю в центрі столиці відбудеться ярмарок українських виробників." },
    { title: "Погода на вихідні", body: "Синоптики обіцяють сонячну погоду та теплий вітер." },
  ];
  it("Ukrainian in KOI8-U that declares nothing, or is labelled KOI8-R or windows-1251, reads as Ukrainian", async () => {
    for (const declaration of [none, '<?xml version="1.0" encoding="koi8-r"?>', '<?xml version="1.0" encoding="windows-1251"?>'])
      await expectRead(encode(feed(declaration, "Новини", ukrainian), "koi8-u"), ukrainian);
  });

  const hebrew = [
    { title: "חדשות הטכנולוגיה", body: "החברה הודיעה על מוצר חדש." },
    { title: "מזג האוויר", body: "מחר יהיה חם." },
  ];
  it("a short Hebrew feed that declares nothing, or is labelled ISO-8859-1, reads as Hebrew, not as the Cyrillic its bytes also decode to", async () => {
    for (const encoding of ["windows-1255", "iso-8859-8"])
      for (const declaration of [none, latin1]) await expectRead(encode(feed(declaration, "בלוג", hebrew), encoding), hebrew);
  });

  it("a Bulgarian feed of one short title in ISO-8859-5 that declares nothing reads as Bulgarian, not as Chinese with stray bytes", () => {
    const decoded = decodePage(encode(feed(none, "Blog", [{ title: "Времето през уикенда" }]), "iso-8859-5"));
    expect(decoded).toMatchObject({ encoding: "iso-8859-5" });
    expect("text" in decoded && decoded.text).toContain("<title>Времето през уикенда</title>");
  });

  it("Hebrew labelled right stays Hebrew", async () => {
    await expectRead(encode(feed('<?xml version="1.0" encoding="windows-1255"?>', "בלוג", hebrew), "windows-1255"), hebrew);
  });
});

describe("a feed labelled ISO-8859-1 whose bytes are in another encoding", () => {
  it.each([
    ["windows-1256", "أخبار الرياضة اليوم", "فاز المنتخب الوطني على منافسه في المباراة التي أقيمت مساء أمس في العاصمة."],
    ["windows-874", "ข่าววันนี้", "รัฐบาลประกาศมาตรการใหม่เพื่อช่วยเหลือเกษตรกรที่ได้รับผลกระทบจากน้ำท่วม"],
    ["shift_jis", "今日の天気", "東京では朝から雨が降っています。午後には晴れる予報です。"],
    ["euc-jp", "今日の天気", "東京では朝から雨が降っています。午後には晴れる予報です。"],
    ["euc-kr", "오늘의 주요 뉴스", "서울시는 내년부터 대중교통 요금을 인상한다고 발표했습니다."],
    ["iso-8859-2", "Wiadomości z kraju: zmiany w szkołach", "Ministerstwo edukacji ogłosiło, że od września uczniowie będą mieli więcej zajęć."],
    ["windows-1250", "Počasí na víkend: v Praze bude teplo", "Meteorologové předpovídají na sobotu slunečno a teploty až dvacet pět stupňů."],
    ["iso-8859-2", "Új törvény a közlekedésről", "A kormány szerdán elfogadta az új közlekedési törvényt, amely jövő évtől lép életbe."],
    ["iso-8859-9", "Türkiye'de bugün öne çıkan haberler", "İstanbul'da düzenlenen fuarda yerli üreticiler yeni ürünlerini tanıttı."],
  ])("%s reads in its script: %s", async (encoding, title, body) => {
    await expectRead(encode(feed(latin1, "Blog", [{ title, body }]), encoding), [{ title, body }]);
  });

  it.each([
    ["Élections : les résultats du premier tour", "Le taux de participation a été plus élevé que prévu ; les électeurs sont venus dès l'ouverture."],
    ["Große Pläne für den Hafen", "Die Stadt möchte den alten Hafen umbauen. Geplant sind Wohnungen, Büros und ein öffentlicher Park."],
    ["¿Qué pasará con el precio de la luz?", "El Gobierno español anunció una rebaja del IVA. Los expertos señalan que el ahorro será pequeño."],
    ["Eleições: opiniões divididas", "As eleições municipais mostraram opiniões divididas entre os eleitores das grandes cidades."],
    ["Københavns nye bydel får grønne områder", "Kommunen vil bygge flere boliger ved havnen, og beboerne får adgang til en stor park."],
    ["Più treni per l'estate", "Però i prezzi dei biglietti aumenteranno già dal mese prossimo, così ha detto il ministro."],
  ])("Latin-1 text stays Latin-1: %s", async (title, body) => {
    await expectRead(encode(feed(latin1, "Blog", [{ title, body }]), "iso-8859-1"), [{ title, body }]);
  });
});

/** A WordPress feed of the late 2000s: links, comments, dates, authors and categories around the words. */
const wordpress = (declaration: string, channel: string, posts: Required<Post>[]) =>
  `${declaration}\n<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">\n<channel>\n<title>${channel}</title>\n<link>http://blog.example.org/</link>\n<description>${channel}</description>\n<generator>http://wordpress.org/?v=2.7</generator>\n` +
  posts
    .map(
      (p, i) =>
        `<item>\n<title>${p.title}</title>\n<link>http://blog.example.org/?p=${100 + i}</link>\n<comments>http://blog.example.org/?p=${100 + i}#comments</comments>\n<pubDate>Mon, 0${i + 1} Jun 2009 08:15:00 +0000</pubDate>\n<dc:creator>admin</dc:creator>\n<category><![CDATA[Uncategorized]]></category>\n<guid isPermaLink="false">http://blog.example.org/?p=${100 + i}</guid>\n<description><![CDATA[${p.body}]]></description>\n</item>\n`,
    )
    .join("") +
  `</channel>\n</rss>\n`;

describe("the words, not the markup, say the encoding", () => {
  const polish = [
    { title: "Wiadomości z kraju: zmiany w szkołach", body: "Ministerstwo edukacji ogłosiło, że od września uczniowie będą mieli więcej zajęć z języka angielskiego." },
    { title: "Nauczyciele są zadowoleni", body: "Związek nauczycieli przyjął zmiany z zadowoleniem." },
    { title: "Pogoda na weekend", body: "W sobotę będzie słonecznie, a w niedzielę przelotne opady deszczu." },
  ];
  it("a Polish WordPress feed in ISO-8859-2 that declares nothing, or declares UTF-8 wrongly, reads as Polish", async () => {
    for (const declaration of [none, '<?xml version="1.0" encoding="UTF-8"?>']) await expectRead(encode(wordpress(declaration, "Blog", polish), "iso-8859-2"), polish);
  });

  it("a Japanese feed of one short title in EUC-JP or Shift_JIS that declares nothing reads as Japanese, not as box-drawing characters", () => {
    for (const encoding of ["euc-jp", "shift_jis"]) {
      const decoded = decodePage(encode(feed(none, "Blog", [{ title: "今日の天気とニュース" }]), encoding));
      expect(decoded).toMatchObject({ encoding });
      expect("text" in decoded && decoded.text).toContain("<title>今日の天気とニュース</title>");
    }
  });
});

describe("Korean in CP949, the syllables EUC-KR lacks among them", () => {
  const posts = [
    { title: "똠방각하 햏자의 하루", body: "오늘 똠방각하 햏자가 뷁 소리를 냈습니다. 서울시는 내년부터 대중교통 요금을 인상한다고 발표했습니다." },
    { title: "주말 날씨", body: "토요일에는 맑고 일요일에는 비가 오겠습니다." },
  ];
  it.each(["euc-kr", "ks_c_5601-1987", "cp949", "none"])("labelled %s, reads whole", async (label) => {
    await expectRead(encode(feed(label === "none" ? none : `<?xml version="1.0" encoding="${label}"?>`, "블로그", posts), "cp949"), posts);
  });

  it("Japanese in Shift_JIS labelled EUC-KR is not read as CP949's rare syllables", async () => {
    const post = [{ title: "今日の天気とニュース", body: "東京では朝から雨が降っています。午後には晴れる予報ですが、傘を持って出かけたほうがいいでしょう。" }];
    await expectRead(encode(feed('<?xml version="1.0" encoding="euc-kr"?>', "Blog", post), "shift_jis"), post);
  });
});

describe("a feed labelled with a single-byte encoding whose bytes are UTF-8", () => {
  it.each([
    ["ISO-8859-1", "Café — très “bon”", "On y mange bien."],
    ["windows-1252", "Große Pläne", "Die Stadt baut um."],
    ["windows-1251", "Итоги", "Всё хорошо."],
  ])("labelled %s, a few accented letters and quotes read as UTF-8: %s", async (label, title, body) => {
    await expectRead(Buffer.from(feed(`<?xml version="1.0" encoding="${label}"?>`, "Blog", [{ title, body }])), [{ title, body }]);
  });
});

describe("a feed labelled windows-1251 whose bytes are not Cyrillic", () => {
  it.each([
    ["iso-8859-1", "Élections : les résultats du premier tour", "Le taux de participation a été plus élevé que prévu."],
    ["gbk", "【博客】周末去爬山", "周六早上六点就出发了，山上空气很好，风景也不错。"],
    ["big5", "【部落格】週末去爬山", "星期六早上六點就出發了，山上空氣很好，風景也不錯。"],
    ["euc-kr", "[블로그] 주말에 다녀온 제주도 여행", "지난 주말 가족과 함께 제주도에 다녀왔습니다."],
    ["iso-8859-9", "Şehir Haberleri: Ulaşımda yeni dönem", "Belediye başkanı, yeni metro hattının önümüzdeki ay açılacağını söyledi."],
  ])("%s reads in its script: %s", async (encoding, title, body) => {
    await expectRead(encode(feed('<?xml version="1.0" encoding="windows-1251"?>', "Blog", [{ title, body }]), encoding), [{ title, body }]);
  });
});

describe("a feed whose label names another language's encoding", () => {
  it.each([
    ["gb2312", "iso-8859-2", "Új törvény a közlekedésről", "A kormány szerdán elfogadta az új közlekedési törvényt, amely jövő évtől lép életbe."],
    ["gb2312", "iso-8859-1", "Élections : les résultats du premier tour", "Le taux de participation a été plus élevé que prévu ; les électeurs sont venus dès l'ouverture."],
    ["shift_jis", "iso-8859-2", "Wiadomości z kraju: zmiany w szkołach", "Ministerstwo edukacji ogłosiło, że od września uczniowie będą mieli więcej zajęć."],
    ["shift_jis", "koi8-r", "Ёлка на главной площади", "В субботу на Красной площади установят новогоднюю ёлку высотой 25 метров."],
    ["euc-kr", "euc-jp", "今日の天気とニュース", "東京では朝から雨が降っています。午後には晴れる予報ですが、傘を持って出かけたほうがいいでしょう。"],
    ["windows-874", "koi8-r", "Новости авиации: итоги недели", "Авиакомпания объявила о запуске новых рейсов из Москвы в Казань и Екатеринбург."],
    ["iso-8859-7", "windows-1256", "أخبار الرياضة اليوم", "فاز المنتخب الوطني على منافسه في المباراة التي أقيمت مساء أمس في العاصمة، وسط حضور جماهيري كبير."],
    ["iso-8859-2", "windows-1253", "Νέα μέτρα για την οικονομία", "Η κυβέρνηση ανακοίνωσε σήμερα νέα μέτρα στήριξης για τις μικρές επιχειρήσεις και τους εργαζόμενους."],
  ])("labelled %s, in %s, reads in its script", async (label, encoding, title, body) => {
    await expectRead(encode(feed(`<?xml version="1.0" encoding="${label}"?>`, "Blog", [{ title, body }]), encoding), [{ title, body }]);
  });
});

describe("a feed labelled ISO-8859 whose bytes are in its Windows sibling", () => {
  it.each([
    ["iso-8859-2", "windows-1250", "Počasí: „Bude teplo“ – říkají meteorologové", "Šťastný víkend přeje redakce."],
    ["iso-8859-15", "windows-1252", "L’été : « très chaud » — dit-on…", "Le billet coûte 5 € ; c’est l’œuvre d’un artiste."],
    ["iso-8859-8", "windows-1255", "החברה הודיעה: “מוצר חדש” – בקרוב", "המוצר יימכר בחנויות בתל אביב ובחיפה."],
    ["iso-8859-13", "windows-1257", "Jaunākās ziņas: “Rīga” – šodien", "Rīgā šodien būs saulains laiks."],
    ["iso-8859-6", "windows-1256", "أخبار: “الرياضة” – اليوم", "فاز المنتخب الوطني على منافسه في المباراة."],
  ])("labelled %s, in %s: quotes, dashes and letters read, not control characters", async (label, encoding, title, body) => {
    await expectRead(encode(feed(`<?xml version="1.0" encoding="${label}"?>`, "Blog", [{ title, body }]), encoding), [{ title, body }]);
  });
});

describe("a short feed or page in the encoding it names", () => {
  it.each([
    ["gb2312", "图片"],
    ["gbk", "图片新闻"],
    ["ibm866", "Ёлка"],
    ["big5", "臺北"],
    ["euc-kr", "서울"],
  ])("labelled %s, %s reads as itself, not as the UTF-8 its few bytes also make", (label, words) => {
    for (const document of [
      feed(`<?xml version="1.0" encoding="${label}"?>`, words, [{ title: words }]),
      `<!DOCTYPE html><html><head><meta charset="${label}"><title>${words}</title></head><body><h1>${words}</h1></body></html>`,
    ]) {
      const decoded = decodePage(encode(document, label));
      expect(decoded).toMatchObject({ text: document });
    }
  });

  it("a page that names its encoding after a long inline style still reads in it", () => {
    const style = `<style type="text/css">${".post { margin: 0 auto; padding: 4px 8px; border: 1px solid #ccc }\n".repeat(80)}</style>`;
    for (const [encoding, words] of [
      ["koi8-u", "Київ готується до свята"],
      ["shift_jis", "東京の天気"],
      ["windows-1250", "Úřední deska"],
    ] as const) {
      const page = `<html><head><title>${words}</title>${style}<meta http-equiv="Content-Type" content="text/html; charset=${encoding}"></head><body><p>${words}</p></body></html>`;
      expect(decodePage(encode(page, encoding))).toMatchObject({ text: page });
    }
  });
});

describe("UTF-8's byte order mark before bytes that are not UTF-8", () => {
  it.each([
    ["windows-1251", "windows-1251", "Новости авиации", "Авиакомпания объявила о запуске новых рейсов из Москвы в Казань."],
    ["gb2312", "gbk", "江城大桥今日通车", "市民可以步行上桥参观，这是今年最重要的交通工程之一。"],
  ])("a feed labelled %s, its bytes in %s, reads as if unmarked", async (label, encoding, title, body) => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), encode(feed(`<?xml version="1.0" encoding="${label}"?>`, "Blog", [{ title, body }]), encoding)]);
    await expectRead(bytes, [{ title, body }]);
  });
});

describe("a few words that declare nothing", () => {
  it.each([
    ["euc-kr", "오늘의 주요 뉴스"],
    ["gbk", "今日要闻：城市交通新规实施"],
    ["big5", "今日新聞：臺北市舉辦燈會"],
    ["windows-874", "ข่าววันนี้"],
  ])("a feed of one short title in %s reads as its script", (encoding, title) => {
    const decoded = decodePage(encode(feed(none, "Blog", [{ title }]), encoding));
    expect(decoded).toMatchObject({ text: feed(none, "Blog", [{ title }]) });
  });

  it("a feed of one short title in HZ that declares nothing reads as Chinese", () => {
    // 今日要闻：城市交通新规实施, in HZ's 7-bit bytes.
    const hz = "~{=qHUR*NE#:3GJP=;M(PB9fJ5J)~}";
    expect(new TextDecoder("gbk").decode(Uint8Array.from([...hz.slice(2, -2)].map((c) => c.charCodeAt(0) | 0x80)))).toBe("今日要闻：城市交通新规实施");
    const decoded = decodePage(Buffer.from(feed(none, "Blog", [{ title: hz }]), "latin1"));
    expect(decoded).toMatchObject({ encoding: "hz-gb-2312", text: feed(none, "Blog", [{ title: "今日要闻：城市交通新规实施" }]) });
  });

  it.each([
    ["gbk", "新闻"],
    ["koi8-u", "Київ"],
    ["big5", "香港"],
    ["ibm866", "Главная"],
  ])("a word of %s too short to tell is named as undecodable, not read as another encoding's letters: %s", (encoding, word) => {
    expect(decodePage(encode(feed(none, word, [{ title: word }]), encoding))).toEqual({ reason: "无法解码：读不出是哪种文字编码" });
  });
});

describe("UTF-8 with bytes of a legacy encoding pasted in", () => {
  const bytesOf = (...parts: (string | number[])[]) => Buffer.concat(parts.map((p) => (typeof p === "string" ? Buffer.from(p, "utf8") : Buffer.from(p))));

  it("a UTF-8 feed with a Latin-1 é and a Word paste's € reads them as those characters, not as U+FFFD", async () => {
    const xml = bytesOf(
      '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Blog</title><link>http://blog.example.org/</link><item><title>Caf',
      [0xe9],
      " review — a “quiet” place</title><link>http://blog.example.org/1</link><description>We liked it. Coffee: 2 ",
      [0x80],
      ".</description></item></channel></rss>",
    );
    await expectRead(xml, [{ title: "Café review — a “quiet” place", body: "We liked it. Coffee: 2 €." }]);
  });

  it("a UTF-8 page with a Latin-1 © in its footer reads it as ©", () => {
    const page = bytesOf('<html><head><meta charset="utf-8"><title>青山县新建三座乡村图书馆</title></head><body><p>青山县新建三座乡村图书馆，今年底全部开放。</p><p>Copyright ', [0xa9], " 2019 青山新闻网</p></body></html>");
    expect(decodePage(page)).toMatchObject({ encoding: "utf-8", text: expect.stringContaining("Copyright © 2019 青山新闻网") });
    expect(decodePage(page)).not.toHaveProperty("damaged");
  });

  it("Russian in windows-1251 pasted into a UTF-8 page reads as Russian", () => {
    const russian = "Авиакомпания объявила о запуске новых рейсов из Москвы";
    const page = bytesOf("<html><head><meta charset=\"utf-8\"></head><body><p>Новости дня — итоги недели</p><p>", [...encode(russian, "windows-1251")], "</p></body></html>");
    expect(decodePage(page)).toMatchObject({ encoding: "utf-8", text: expect.stringContaining(`<p>Новости дня — итоги недели</p><p>${russian}</p>`) });
  });
});

describe("UTF-16 and UTF-32 without a byte order mark", () => {
  const dir = mkdtempSync(join(tmpdir(), "qingyue-legacy-feeds-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const posts = [{ title: "Новости недели", body: "Авиакомпания объявила о новых рейсах." }];
  /** The feed as an editor saved it: a line break before the XML declaration. */
  const xml = `\n${feed('<?xml version="1.0" encoding="UTF-16"?>', "Блог", posts)}`;

  it.each(["utf-16le", "utf-16be", "utf-32le", "utf-32be"])("a feed in %s that opens with a line break is read as a feed", async (encoding) => {
    const path = join(dir, `feed-${encoding}`);
    writeFileSync(path, encode(xml, encoding));
    const items: Item[] = [];
    for await (const event of readInputs([path])) {
      expect(event).toMatchObject({ ok: true });
      if (event.ok && "items" in event) items.push(...event.items);
    }
    expect(read(items)).toEqual(expected(posts));
  });

  it("a UTF-16 feed cut short in the middle of a character reads up to it, with or without a byte order mark", async () => {
    for (const bom of ["\ufeff", ""]) {
      const bytes = encode(`${bom}${xml}`, "utf-16le");
      await expectRead(bytes.subarray(0, bytes.length - 1), posts);
    }
  });

  it("a feed converted to UTF-8 that still declares UTF-16 reads as UTF-8", async () => {
    // Of an even length and of an odd one: UTF-16 reads any even number of bytes.
    for (const post of [{ title: "Café à Paris", body: "Très bien." }, { title: "Новости", body: "Итоги недели." }])
      for (const end of ["", " "]) await expectRead(Buffer.from(feed('<?xml version="1.0" encoding="UTF-16"?>', "Blog", [post]) + end), [post]);
  });

  it("a page of plain text in UTF-16 reads as its words, not as binary bytes", () => {
    const words = "Новости дня: в субботу в городе откроется ярмарка.";
    for (const encoding of ["utf-16le", "utf-16be"]) expect(decodePage(encode(words, encoding))).toMatchObject({ text: words, encoding });
  });
});
