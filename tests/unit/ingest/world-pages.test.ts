// @vitest-environment node
// Article pages of sites abroad as a reader expects them: the headline the page gives, the
// language and direction the story is read in, a list of teasers named as no article, and
// the lines a story's header prints kept out of its text.
import { describe, expect, it } from "vitest";
import * as v from "valibot";
import { ItemSchema, MAX_TEXT, type ArticleItem } from "../../../src/content/feed-schema";
import { readPage } from "../../../src/ingest/read-page";
import { NOT_AN_ARTICLE } from "../../../src/ingest/page-reasons";
import { storyLanguage } from "../../../src/lib/story-lang";
import { paragraphs } from "./helpers";

async function read(html: string): Promise<ArticleItem | { reason: string }> {
  const result = await readPage({ kind: "html", text: html, baseUrl: "", externalUrl: "https://news.example.com/2022/06/story" });
  if ("reason" in result) return { reason: result.reason };
  return result.items[0]?.item as ArticleItem;
}

async function article(html: string): Promise<ArticleItem> {
  const item = await read(html);
  if ("reason" in item) throw new Error(item.reason);
  return item;
}

const COUNCIL = [
  "The city council approved a new budget on Tuesday night after a debate that stretched past midnight, ending weeks of uncertainty for municipal departments.",
  "The budget raises spending on parks and libraries while trimming the road maintenance fund, a trade-off that drew sharp criticism from several council members.",
  "The mayor said she would sign it by the end of the week.",
];
const councilStory = COUNCIL.map((p) => `<p>${p}</p>`).join("");

describe("a headline given only in og:title", () => {
  it("is the story's headline, not the site's name its <title> and its linked masthead print", async () => {
    const item = await article(
      `<!doctype html><html lang="en"><head><title>Daily Ledger</title><meta property="og:title" content="City council approves new budget after long debate"><meta property="og:site_name" content="Daily Ledger"></head><body><header><h1 class="logo"><a href="/">Daily Ledger</a></h1></header><div class="story">${councilStory}</div></body></html>`,
    );
    expect(item.title).toBe("City council approves new budget after long debate");
    expect(item._qingyue.publisher).toBe("Daily Ledger");
    expect(paragraphs(item)).toEqual(COUNCIL);
  });
});

const teaser = (n: number, tag = "h2") =>
  `<article class="teaser"><${tag}><a href="/tech/story-${n}">Story number ${n} about chipmakers and their plans</a></${tag}><p>Several chipmakers announced new factories this week, hoping to cash in on subsidies and a boom in demand, story ${n} says.</p><a href="/tech/story-${n}">Read more</a></article>`;

describe("a list page of teasers", () => {
  it("is named as no article, whether each teaser is an <article> of its own or one <article> holds them all", async () => {
    const own = `<!doctype html><html lang="en"><head><title>Technology – Example News</title></head><body><nav><a href="/">Home</a></nav><main><h1>Technology</h1>${[1, 2, 3, 4].map((n) => teaser(n)).join("")}</main></body></html>`;
    expect(await read(own)).toEqual({ reason: NOT_AN_ARTICLE });
    const posts = [1, 2, 3]
      .map((n) => `<div class="post"><h2><a href="/2021/post-${n}">Notes from month ${n} of learning a new language</a></h2><p class="meta">May ${n}, 2021</p><p>I spent the month writing nothing but Rust, and these are the notes I kept along the way, good and bad, part ${n}.</p></div>`)
      .join("");
    const one = `<!doctype html><html lang="en"><head><title>Blog – Jane's notes</title></head><body><article class="posts">${posts}</article></body></html>`;
    expect(await read(one)).toEqual({ reason: NOT_AN_ARTICLE });
  });

  it("is not a story with teasers of other stories under it, nor a blog's post whose headline links to the post itself", async () => {
    const story = await article(
      `<!doctype html><html lang="en"><head><title>Council approves budget | Daily Ledger</title></head><body><article><h1>City council approves new budget after long debate</h1>${councilStory}<p>Opposition members said they would try to amend the budget in the spring, when the council meets again to review spending.</p></article><section class="more">${[1, 2, 3].map((n) => teaser(n)).join("")}</section></body></html>`,
    );
    expect(paragraphs(story).slice(0, 3)).toEqual(COUNCIL);
    const post = await article(
      `<!doctype html><html lang="en"><head><title>Council approves budget</title></head><body><div class="post"><h3 class="post-title"><a href="https://news.example.com/2022/06/story">City council approves new budget after long debate</a></h3><div class="post-body">${councilStory}</div></div><div class="sidebar-list">${[1, 2, 3].map((n) => teaser(n, "h3")).join("")}</div></body></html>`,
    );
    expect(post.title).toBe("City council approves new budget after long debate");
  });
});

describe("a page that declares no language", () => {
  const page = (title: string, story: string) => `<!doctype html><html dir="rtl"><head><meta charset="utf-8"><title>${title}</title></head><body><article><h1>${title}</h1>${story}</article></body></html>`;

  it("is read in its text's script: an Arabic or Hebrew story right to left, a Latin one in Latin type, a Chinese one as Chinese", async () => {
    const arabic = await article(
      page(
        "ارتفاع أسعار القمح في الأسواق العالمية",
        "<p>ارتفعت أسعار القمح في الأسواق العالمية بنسبة عشرة في المئة خلال الأسبوع الماضي، وسط مخاوف من تراجع الإمدادات بسبب الجفاف.</p><p>وقال محللون إن الارتفاع قد يستمر خلال الأشهر المقبلة، مما يزيد الضغط على الدول المستوردة للحبوب.</p>",
      ),
    );
    expect(arabic.language).toBe("und-Arab");
    expect(storyLanguage(arabic.language)).toMatchObject({ dir: "rtl", chinese: false });
    const hebrew = await article(
      page(
        "עיריית תל אביב תרחיב את שבילי האופניים",
        "<p>עיריית תל אביב הודיעה היום כי תרחיב את רשת שבילי האופניים בעיר בעשרים קילומטרים נוספים במהלך השנה הקרובה.</p><p>לדברי ראש העירייה, השבילים החדשים יחברו בין השכונות הדרומיות למרכז העיר.</p>",
      ),
    );
    expect(storyLanguage(hebrew.language).dir).toBe("rtl");
    const english = await article(page("City council approves new budget after long debate", councilStory).replace(' dir="rtl"', ""));
    expect(storyLanguage(english.language)).toMatchObject({ dir: "ltr", chinese: false });
    const chinese = await article(page("青山镇修好了古桥", "<p>青山镇的古桥建于清代，去年汛期被冲坏了一段桥面。今年春天，镇里请来老工匠，按原样修好了桥。</p><p>修好的古桥上周重新开放，附近的村民又可以走桥去赶集了。</p>").replace(' dir="rtl"', ""));
    expect(chinese.language).toBeUndefined();
  });
});

describe("the line a story's header sets its <time> in", () => {
  it("is the header's, not the story's first paragraph or subhead, in any language", async () => {
    const russian = await article(
      `<!doctype html><html lang="ru"><head><title>В Москве открылась новая станция метро — Новости</title></head><body><article><h1>В Москве открылась новая станция метро</h1><div class="meta"><span class="author">Иван Петров</span> <time datetime="2021-09-10T12:00:00+03:00">10 сентября 2021, 12:00</time></div><p>В пятницу в Москве открылась новая станция метро. Она стала частью Большой кольцевой линии.</p><p>По словам мэра, станцией будут пользоваться около сорока тысяч пассажиров в день.</p></article></body></html>`,
    );
    expect(paragraphs(russian)[0]).toBe("В пятницу в Москве открылась новая станция метро. Она стала частью Большой кольцевой линии.");
    expect(russian.date_published).toBe("2021-09-10T17:00:00+08:00");
    expect(russian.authors).toEqual([{ name: "Иван Петров" }]);
    const hebrew = await article(
      `<!doctype html><html lang="he" dir="rtl"><head><title>עיריית תל אביב תרחיב את שבילי האופניים | חדשות</title></head><body><div class="article"><h1>עיריית תל אביב תרחיב את שבילי האופניים</h1><time datetime="2022-06-01T10:00:00+03:00">1 ביוני 2022</time><p>עיריית תל אביב הודיעה היום כי תרחיב את רשת שבילי האופניים בעיר בעשרים קילומטרים נוספים.</p><p>לדברי ראש העירייה, השבילים החדשים יחברו בין השכונות הדרומיות למרכז העיר.</p></div></body></html>`,
    );
    expect(hebrew._qingyue.sections.map((s) => s.heading)).toEqual([undefined]);
    expect(paragraphs(hebrew)).toHaveLength(2);
  });

  it("is the story's when the <time> stands in a sentence", async () => {
    const item = await article(
      `<!doctype html><html lang="en"><head><title>Council approves budget | Daily Ledger</title></head><body><article><h1>City council approves new budget after long debate</h1><p>On <time datetime="2022-06-01">Tuesday</time> the council met.</p>${councilStory}</article></body></html>`,
    );
    expect(paragraphs(item)[0]).toBe("On Tuesday the council met.");
  });
});

it("a story's code keeps its blank lines and the spaces that line up its columns, and ends with its last line", async () => {
  const item = await article(
    `<!doctype html><html lang="en"><head><title>Parsing arguments in Python | Dev Notes</title></head><body><article><h1>Parsing arguments in Python</h1><p>The standard library has a capable argument parser. Here is the smallest useful example.</p><pre><code class="language-python">import argparse\n\nWIDTH = 80      # columns\nHEIGHT = 24     # rows\n\n\ndef main():\n\tparser = argparse.ArgumentParser()\n\n</code></pre>${councilStory}</article></body></html>`,
  );
  expect(item.content_html).toContain(
    "<pre><code>import argparse\n \nWIDTH = 80      # columns\nHEIGHT = 24     # rows\n \n \ndef main():\n    parser = argparse.ArgumentParser()</code></pre>",
  );
});

it("a power or an index set in <sup> or <sub> reads raised or lowered, not run into the word before it; a footnote's mark stays a mark", async () => {
  const item = await article(
    `<!doctype html><html lang="en"><head><title>Notes on physics | Dev Notes</title></head><body><article><h1>Notes on physics</h1><p>Water is H<sub>2</sub>O, a circle's area is πr<sup>2</sup>, and a millimetre is 10<sup>-3</sup> m; Einstein wrote E = mc<sup>2</sup> in 1905.<sup><a href="#fn1">1</a></sup></p><p>He was born on the 14<sup>th</sup> of March, in Ulm, and the result is cited in nearly every textbook since.</p>${councilStory}</article></body></html>`,
  );
  expect(paragraphs(item).slice(0, 2)).toEqual([
    "Water is H₂O, a circle's area is πr², and a millimetre is 10⁻³ m; Einstein wrote E = mc² in 1905.[1]",
    "He was born on the 14th of March, in Ulm, and the result is cited in nearly every textbook since.",
  ]);
});

it("a blog post whose <title> is its headline alone keeps that headline, not the writer's name set as a heading under it", async () => {
  const item = await article(
    `<!doctype html><html lang="en"><head><title>How we cut our build times in half</title><meta property="og:site_name" content="Acme Engineering"></head><body><header class="site-header"><a class="site-nav-logo" href="/">Acme Engineering</a></header><main><article class="post-full post"><header class="post-full-header"><h1 class="post-full-title">How we cut our build times in half</h1><p class="post-full-custom-excerpt">A few small changes to caching made the biggest difference.</p><div class="post-full-byline"><h4 class="author-name"><a href="/author/kim/">Kim Ortiz</a></h4><time datetime="2021-11-05">Nov 5, 2021</time></div></header><section class="post-full-content"><div class="post-content">${councilStory}</div></section></article></main></body></html>`,
  );
  expect(item.title).toBe("How we cut our build times in half");
  expect(item.summary).toBe("A few small changes to caching made the biggest difference.");
  expect(item.authors).toEqual([{ name: "Kim Ortiz" }]);
  expect(paragraphs(item)).toEqual(COUNCIL);
});

it("a table of contents inside the story, a list of links to its own sections, is left to the reading view's own", async () => {
  const item = await article(
    `<!doctype html><html lang="en"><head><title>Bristlecone pine - Encyclopedia</title></head><body><div id="content"><h1>Bristlecone pine</h1><div class="mw-parser-output"><p>The term bristlecone pine covers three species of pine tree. All three species are long-lived and highly resilient to harsh weather.</p><div id="toc" class="toc"><h2>Contents</h2><ul><li><a href="#Description"><span class="tocnumber">1</span> <span class="toctext">Description</span></a></li><li><a href="#Longevity"><span class="tocnumber">2</span> <span class="toctext">Longevity</span></a></li></ul></div><h2 id="Description">Description</h2><p>The trees are small, growing up to 15 metres tall. Their needles remain on the tree for up to 45 years.</p><h2 id="Longevity">Longevity</h2><p>One tree in the White Mountains has been measured by ring count at more than 4,800 years old.</p></div></div></body></html>`,
  );
  expect(item._qingyue.sections.map((s) => s.heading)).toEqual([undefined, "Description", "Longevity"]);
  expect(paragraphs(item)).toHaveLength(3);
});

it("a footnote's mark set as a link of its own, not in a <sup>, is set apart from the word before it as [1]; the note's number linking back is no mark", async () => {
  const item = await article(
    `<!doctype html><html lang="en"><head><title>The case for boring software</title></head><body><article><h1>The case for boring software</h1><div class="body markup"><p>Consider the relational database. It still runs most of the businesses you deal with every day.<a class="footnote-anchor" id="footnote-anchor-1" href="#footnote-1">1</a></p><p>Pandoc marks its notes the same way, as the writer's tools do.<a href="#fn2" class="footnote-ref" id="fnref2"><sup>2</sup></a></p>${councilStory}<div class="footnote"><a id="footnote-1" href="#footnote-anchor-1" class="footnote-number">1</a><div class="footnote-content"><p>Counting from the first paper on the relational model.</p></div></div></div></article></body></html>`,
  );
  expect(paragraphs(item).slice(0, 2)).toEqual([
    "Consider the relational database. It still runs most of the businesses you deal with every day.[1]",
    "Pandoc marks its notes the same way, as the writer's tools do.[2]",
  ]);
  expect(item._qingyue.sections.map((s) => s.heading)).toEqual([undefined]);
});

it("an Arabic story on a page whose template says lang=\"en\" is still set right to left; a declared language its text bears out is kept", async () => {
  const story = "<p>ارتفعت أسعار القمح في الأسواق العالمية بنسبة عشرة في المئة خلال الأسبوع الماضي، وسط مخاوف من تراجع الإمدادات بسبب الجفاف.</p><p>وقال محللون إن الارتفاع قد يستمر خلال الأشهر المقبلة، مما يزيد الضغط على الدول المستوردة للحبوب.</p>";
  const page = (lang: string) => `<!doctype html><html lang="${lang}"><head><title>ارتفاع أسعار القمح في الأسواق العالمية</title></head><body><article><h1>ارتفاع أسعار القمح في الأسواق العالمية</h1>${story}</article></body></html>`;
  expect(storyLanguage((await article(page("en"))).language).dir).toBe("rtl");
  expect((await article(page("ar-EG"))).language).toBe("ar-EG");
  expect((await article(`<!doctype html><html lang="ru"><head><title>Новости</title></head><body><article><h1>В Москве открылась новая станция метро</h1><p>В пятницу в Москве открылась новая станция метро. Она стала частью Большой кольцевой линии.</p><p>По словам мэра, станцией будут пользоваться около сорока тысяч пассажиров в день.</p></article></body></html>`)).language).toBe("ru");
});

it("a long read of more text than a feed's text field holds keeps every paragraph, its text for other readers cut at a whole paragraph", async () => {
  const long = Array.from({ length: 200 }, (_, j) => Array.from({ length: 12 }, (_, i) => `Sentence ${j}.${i} of a long article that goes on for a very long time, as long reads do.`).join(" "));
  const item = await article(`<!doctype html><html lang="en"><head><title>A very long read - Site</title></head><body><h1>A very long read</h1><div id="text">${long.map((p) => `<p>${p}</p>`).join("")}</div></body></html>`);
  expect(v.safeParse(ItemSchema, item).issues).toBeUndefined();
  expect(paragraphs(item)).toEqual(long);
  const text = item.content_text ?? "";
  expect(text.length).toBeGreaterThan(MAX_TEXT / 2);
  expect(text.length).toBeLessThanOrEqual(MAX_TEXT);
  expect(long.join("\n\n").startsWith(text)).toBe(true);
  expect(text.endsWith(".")).toBe(true);
});

it("a story the page cuts into parts of the same name, a box of links and an ad between them, is read whole, without the box", async () => {
  const part = (ps: string[], more = "") => `<div class="article-body-part${more}">${ps.map((p) => `<p>${p}</p>`).join("")}</div>`;
  const item = await article(
    `<!doctype html><html lang="de"><head><title>Bahn kündigt neue Sprinterzüge an - Beispiel-Zeitung</title></head><body><main><article><h1>Bahn kündigt neue Sprinterzüge an</h1>${part(["Die Bahn will von Dezember an mehr schnelle Verbindungen zwischen den großen Städten anbieten.", "Die Fahrzeit soll sich auf einigen Strecken um bis zu eine halbe Stunde verkürzen."])}<div class="inline-teaser"><h3>Mehr zum Thema</h3><ul><li><a href="/a">Bahn erhöht die Preise im Fernverkehr</a></li><li><a href="/b">Neue ICE-Strecke eröffnet</a></li><li><a href="/c">Streik bei der Bahn beendet</a></li></ul></div>${part(["Fahrgastverbände begrüßten die Pläne, forderten aber zugleich mehr Pünktlichkeit.", "Die Bahn verweist auf zahlreiche Baustellen, die bald abgeschlossen werden sollen."])}<div class="ad-container"><div class="ad">Anzeige</div></div>${part(["Die neuen Verbindungen sollen zunächst im Zwei-Stunden-Takt fahren. Tickets sind ab Oktober buchbar."], " article-body-part--last")}</article></main></body></html>`,
  );
  expect(paragraphs(item)).toEqual([
    "Die Bahn will von Dezember an mehr schnelle Verbindungen zwischen den großen Städten anbieten.",
    "Die Fahrzeit soll sich auf einigen Strecken um bis zu eine halbe Stunde verkürzen.",
    "Fahrgastverbände begrüßten die Pläne, forderten aber zugleich mehr Pünktlichkeit.",
    "Die Bahn verweist auf zahlreiche Baustellen, die bald abgeschlossen werden sollen.",
    "Die neuen Verbindungen sollen zunächst im Zwei-Stunden-Takt fahren. Tickets sind ab Oktober buchbar.",
  ]);
});

describe("pointers to other stories set inside the story", () => {
  it("a box of related stories between its paragraphs is left out, and the story goes on under it", async () => {
    const item = await article(
      `<!doctype html><html lang="en"><head><title>Storm leaves thousands without power | The Example</title></head><body><article><h1>Storm leaves thousands without power</h1><div class="text"><p>More than 40,000 homes were left without power on Friday as a storm swept across northern England.</p><div class="box"><h4>Related stories</h4><ul><li><a href="/a">Met Office issues red warning as storm approaches</a></li><li><a href="/b">How to prepare your home for high winds</a></li></ul></div><p>Engineers worked through the night to restore supplies, and most customers should be reconnected by the evening.</p><p>Forecasters expect the winds to ease on Saturday, though a warning for rain remains in place.</p></div></article></body></html>`,
    );
    expect(paragraphs(item)).toEqual([
      "More than 40,000 homes were left without power on Friday as a storm swept across northern England.",
      "Engineers worked through the night to restore supplies, and most customers should be reconnected by the evening.",
      "Forecasters expect the winds to ease on Saturday, though a warning for rain remains in place.",
    ]);
  });

  it("'Читайте также:' with its linked headlines, on a line of its own or with one, is none of the story", async () => {
    const item = await article(
      `<!doctype html><html lang="ru"><head><title>Новости</title></head><body><article><h1>В Москве открылась новая станция метро</h1><div class="text"><p>В пятницу в Москве открылась новая станция метро. Она стала частью Большой кольцевой линии.</p><div class="box"><b>Читайте также:</b><ul><li><a href="/a">Как изменится расписание электричек</a></li><li><a href="/b">В метро появятся новые поезда</a></li></ul></div><p>По словам мэра, станцией будут пользоваться около сорока тысяч пассажиров в день.</p><p><strong>Читайте также:</strong> <a href="/c">Мэр рассказал о планах на следующий год</a></p><p>Полностью кольцо планируют замкнуть в следующем году.</p></div></article></body></html>`,
    );
    expect(paragraphs(item)).toEqual([
      "В пятницу в Москве открылась новая станция метро. Она стала частью Большой кольцевой линии.",
      "По словам мэра, станцией будут пользоваться около сорока тысяч пассажиров в день.",
      "Полностью кольцо планируют замкнуть в следующем году.",
    ]);
  });
});

describe("what a site asks of its reader inside the story", () => {
  it("a newsletter's sign-up box, whatever it is named, and lines asking to subscribe or follow are none of the story", async () => {
    const item = await article(
      `<!doctype html><html lang="en"><head><title>Council approves budget | Daily Ledger</title></head><body><article><h1>City council approves new budget after long debate</h1><div class="entry"><p>${COUNCIL[0]}</p><div class="box-x1"><h3>Sign up for our newsletter</h3><p>Get the best stories delivered to your inbox every morning.</p><form><input type="email"><button>Subscribe</button></form></div><p>${COUNCIL[1]}</p><p><em>Enjoying this article? Subscribe to get unlimited access for just $1 a week.</em></p><p>Follow us on Twitter and Facebook for more stories like this.</p><p>${COUNCIL[2]}</p></div></article></body></html>`,
    );
    expect(item._qingyue.sections.map((s) => s.heading)).toEqual([undefined]);
    expect(paragraphs(item)).toEqual(COUNCIL);
  });

  it("a short story set beside a sign-up form in the same block is still the story", async () => {
    const item = await article(
      `<!doctype html><html lang="en"><head><title>Council approves budget | Daily Ledger</title></head><body><article><h1>City council approves new budget after long debate</h1><div class="entry"><p>${COUNCIL[0]}</p><p>${COUNCIL[2]}</p><form><input type="email"><button>Subscribe</button></form></div></article></body></html>`,
    );
    expect(paragraphs(item)).toEqual([COUNCIL[0], COUNCIL[2]]);
  });
});

it("a data table in a story shows as a table, its header cells as headers, its rows still the story's lines", async () => {
  const item = await article(
    `<!doctype html><html lang="en"><head><title>The case for boring software</title></head><body><article><h1>The case for boring software</h1><p>${COUNCIL[0]}</p><table><thead><tr><th>Tool</th><th>Age</th></tr></thead><tbody><tr><td>PostgreSQL</td><td>27 years</td></tr><tr><td>Make</td><td>47 years</td></tr></tbody></table><p>${COUNCIL[1]}</p></article></body></html>`,
  );
  expect(paragraphs(item)).toEqual([COUNCIL[0], "Tool | Age", "PostgreSQL | 27 years", "Make | 47 years", COUNCIL[1]]);
  expect(item.content_html).toContain(`</p><table><tbody><tr><th>Tool</th><th>Age</th></tr><tr><td>PostgreSQL</td><td>27 years</td></tr><tr><td>Make</td><td>47 years</td></tr></tbody></table><p>`);
});

it("an old page's story in <br>-parted lines keeps its paragraphs, not its 'Last updated' line nor its link back to the index", async () => {
  const item = await article(
    `<html><head><title>On the care of old clocks</title></head><body><center><font size="+2"><b>On the care of old clocks</b></font></center><br><font face="Verdana" size="2">by Harold Whitcombe<br><br>An old clock asks for little: a level shelf, a steady room, and a drop of oil every few years.<br><br>Never oil the teeth of the wheels. Oil on the teeth gathers dust, and dust with oil makes a paste.<br><br>When you move a clock, take the pendulum off first, or the suspension spring may bend.<br><br><i>Last updated 12 May 2003.</i></font><hr><a href="index.html">Back to the index</a></body></html>`,
  );
  expect(item.title).toBe("On the care of old clocks");
  expect(item.authors).toEqual([{ name: "Harold Whitcombe" }]);
  expect(paragraphs(item)).toEqual([
    "An old clock asks for little: a level shelf, a steady room, and a drop of oil every few years.",
    "Never oil the teeth of the wheels. Oil on the teeth gathers dust, and dust with oil makes a paste.",
    "When you move a clock, take the pendulum off first, or the suspension spring may bend.",
  ]);
});

it("a date printed under the headline in Russian, Greek, Hebrew or Arabic, with no date in the page's metadata, is the story's, to the day", async () => {
  const page = (lang: string, dir: string, date: string, title: string, story: string) =>
    `<!doctype html><html lang="${lang}" dir="${dir}"><head><title>${title}</title></head><body><article><h1>${title}</h1><p class="date">${date}</p>${story}</article></body></html>`;
  const russian = await article(page("ru", "ltr", "10 сентября 2021", "В Москве открылась новая станция метро", "<p>В пятницу в Москве открылась новая станция метро. Она стала частью Большой кольцевой линии.</p><p>По словам мэра, станцией будут пользоваться около сорока тысяч пассажиров в день.</p>"));
  expect([russian.date_published, russian._qingyue.date_precision]).toEqual(["2021-09-10T00:00:00+08:00", "day"]);
  expect(paragraphs(russian)).toHaveLength(2);
  const greek = await article(page("el", "ltr", "14 Μαρτίου 2023", "Νέα μέτρα για την ακρίβεια στα τρόφιμα", "<p>Η κυβέρνηση ανακοίνωσε σήμερα νέα μέτρα για την αντιμετώπιση της ακρίβειας στα βασικά τρόφιμα.</p><p>Σύμφωνα με τον υπουργό, τα μέτρα θα ισχύσουν για τρεις μήνες.</p>"));
  expect(greek.date_published).toBe("2023-03-14T00:00:00+08:00");
  const hebrew = await article(page("he", "rtl", "1 ביוני 2022", "עיריית תל אביב תרחיב את שבילי האופניים", "<p>עיריית תל אביב הודיעה היום כי תרחיב את רשת שבילי האופניים בעיר בעשרים קילומטרים נוספים.</p><p>לדברי ראש העירייה, השבילים החדשים יחברו בין השכונות הדרומיות למרכז העיר.</p>"));
  expect(hebrew.date_published).toBe("2022-06-01T00:00:00+08:00");
  expect(hebrew._qingyue.sections.map((s) => s.heading)).toEqual([undefined]);
  const arabic = await article(page("ar", "rtl", "12 أبريل 2023", "ارتفاع أسعار القمح في الأسواق العالمية", "<p>ارتفعت أسعار القمح في الأسواق العالمية بنسبة عشرة في المئة خلال الأسبوع الماضي، وسط مخاوف من تراجع الإمدادات.</p><p>وقال محللون إن الارتفاع قد يستمر خلال الأشهر المقبلة.</p>"));
  expect(arabic.date_published).toBe("2023-04-12T00:00:00+08:00");
  // Printed with Arabic-Indic digits.
  const indic = await article(page("ar", "rtl", "١٢ أبريل ٢٠٢٣", "ارتفاع أسعار القمح في الأسواق العالمية", "<p>ارتفعت أسعار القمح في الأسواق العالمية بنسبة عشرة في المئة خلال الأسبوع الماضي، وسط مخاوف من تراجع الإمدادات.</p><p>وقال محللون إن الارتفاع قد يستمر خلال الأشهر المقبلة.</p>"));
  expect(indic.date_published).toBe("2023-04-12T00:00:00+08:00");
  expect(paragraphs(indic)).toHaveLength(2);
});

it("a Japanese or Russian story ends before the list of related stories or the comments under it", async () => {
  const japanese = await article(
    `<!doctype html><html lang="ja"><head><title>桜の開花、東京で平年より早く : 日本ニュース</title></head><body><div class="entry-content"><h1>桜の開花、東京で平年より早く</h1><p>気象庁は十四日、東京都心で桜が開花したと発表した。平年より十日早く、最も早い記録に並んだ。</p><p>靖国神社の標本木で、職員が五輪以上の花が咲いているのを確認した。</p><h3>関連記事</h3><p>大阪でも桜が開花、平年より一週間早く咲き始めた。見頃は来週になる見込み。</p><p>京都の桜の名所、今年は夜間のライトアップを再開する。</p></div></body></html>`,
  );
  expect(paragraphs(japanese)).toEqual(["気象庁は十四日、東京都心で桜が開花したと発表した。平年より十日早く、最も早い記録に並んだ。", "靖国神社の標本木で、職員が五輪以上の花が咲いているのを確認した。"]);
  const russian = await article(
    `<!doctype html><html lang="ru"><head><title>Новости</title></head><body><div class="text"><h1>В Москве открылась новая станция метро</h1><p>В пятницу в Москве открылась новая станция метро. Она стала частью Большой кольцевой линии.</p><p>По словам мэра, станцией будут пользоваться около сорока тысяч пассажиров в день.</p><h3>Комментарии</h3><p>Отлично, давно ждали эту станцию, теперь до работы двадцать минут.</p><p>А парковку когда достроят? Обещали ещё в прошлом году.</p></div></body></html>`,
  );
  expect(paragraphs(russian)).toHaveLength(2);
});

it("a note's link back to its mark ('↩︎') is none of the note's words", async () => {
  const item = await article(
    `<!doctype html><html lang="en"><head><title>Notes on caching</title></head><body><h1>Notes on caching</h1><p>Caching is the art of remembering answers you have already worked out.<a href="#fn1" class="footnote-ref" id="fnref1" role="doc-noteref"><sup>1</sup></a> Done well, it makes slow systems fast.</p><p>Done badly, it makes correct systems wrong, which is why invalidation is famously hard.</p><section id="footnotes" class="footnotes" role="doc-endnotes"><hr><ol><li id="fn1"><p>A definition borrowed from an old lecture.<a href="#fnref1" class="footnote-back" role="doc-backlink">↩︎</a></p></li><li id="fn2"><p>Along with naming things, as the joke goes.<a href="#fnref2" class="footnote-back">↩︎</a></p></li></ol></section></body></html>`,
  );
  expect(paragraphs(item).slice(-2)).toEqual(["1. A definition borrowed from an old lecture.", "2. Along with naming things, as the joke goes."]);
});

it("plain text wrapped at a fixed width in a <pre> reads as its paragraphs, not a paragraph a line; a list's items stay apart", async () => {
  const item = await article(
    `<!doctype html><html><head><title>[dev] Release schedule for 2.4</title></head><body><h1>[dev] Release schedule for 2.4</h1><pre>Hi all,\n\nWe are planning to cut the 2.4 release branch at the end of next week.\nIf you have changes that need to land before then, please get them\nreviewed by Wednesday so that we have time to test them properly.\n\nThe main items still open are:\n- the new cache backend\n- the config file migration\n</pre></body></html>`,
  );
  expect(paragraphs(item)).toEqual([
    "Hi all,",
    "We are planning to cut the 2.4 release branch at the end of next week. If you have changes that need to land before then, please get them reviewed by Wednesday so that we have time to test them properly.",
    "The main items still open are:",
    "- the new cache backend",
    "- the config file migration",
  ]);
});

it("paragraphs set right before and after the story's block, beside it, are the story's lead and close; a standfirst there stays the summary", async () => {
  const inner = Array.from({ length: 9 }, (_, i) => `Paragraph ${i} of the story's block explains, at some length, another finding of the study, with figures and caveats.`);
  const item = await article(
    `<!doctype html><html lang="en"><head><title>Glacier retreat speeds up in the Alps - Example News</title></head><body><div id="content"><h1>Glacier retreat speeds up in the Alps</h1><p class="standfirst">Ice loss has doubled since the 1990s, a new study finds</p><p>Glaciers in the Alps lost more ice in the past decade than in any decade on record, a study found.</p><div class="inner">${inner.map((p) => `<p>${p}</p>`).join("")}</div><p>The study's authors called for faster cuts in emissions to slow the retreat.</p><p class="tags">Tags: <a href="/t/climate">climate</a></p></div></body></html>`,
  );
  expect(item.summary).toBe("Ice loss has doubled since the 1990s, a new study finds");
  expect(paragraphs(item)).toEqual([
    "Glaciers in the Alps lost more ice in the past decade than in any decade on record, a study found.",
    ...inner,
    "The study's authors called for faster cuts in emissions to slow the retreat.",
  ]);
});

it("a reading set over a Japanese story's characters (<ruby>, <rt>) does not run into them", async () => {
  const item = await article(
    `<!doctype html><html lang="ja"><head><title>ももたろう</title></head><body><h1>ももたろう</h1><p>むかしむかし、あるところに、<ruby>お爺<rp>(</rp><rt>じい</rt><rp>)</rp></ruby>さんとお<ruby>婆<rt>ばあ</rt></ruby>さんが住んでいました。</p><p>お爺さんは山へしばかりに、お婆さんは川へせんたくに行きました。</p></body></html>`,
  );
  expect(paragraphs(item)).toEqual(["むかしむかし、あるところに、お爺さんとお婆さんが住んでいました。", "お爺さんは山へしばかりに、お婆さんは川へせんたくに行きました。"]);
});

it("a list page whose headlines are links set in no heading element, each over its summary, is named as no article", async () => {
  const items = Array.from({ length: 5 }, (_, i) => `<div class="item"><a class="title" href="/news/${i}">Headline number ${i} about the economy and jobs</a><p>A short summary of story ${i}, which says what happened and why it matters to readers this week.</p><span class="date">2023-05-0${i + 1}</span></div>`).join("");
  expect(await read(`<!doctype html><html lang="en"><head><title>Economy - Example News</title></head><body><h1>Economy</h1><article class="list">${items}</article></body></html>`)).toEqual({ reason: NOT_AN_ARTICLE });
  // A story that ends with such teasers of others is still the story, and ends before them.
  const story = await article(`<!doctype html><html lang="en"><head><title>Council approves budget | Daily Ledger</title></head><body><article><h1>City council approves new budget after long debate</h1>${councilStory}${items}</article></body></html>`);
  expect(paragraphs(story)).toEqual(COUNCIL);
});

it("a site's name in Latin letters longer than a Chinese one's, at its <title>'s end, is the publisher", async () => {
  const item = await article(`<!doctype html><html lang="en"><head><title>The old mill at Ashby - Local History Society</title></head><body><h2>The old mill at Ashby</h2>${councilStory}</body></html>`);
  expect(item._qingyue.publisher).toBe("Local History Society");
});

it("the terms of a definition list (<dt>) stand over their definitions as lines of the story, not as its subheads", async () => {
  const item = await article(
    `<!doctype html><html lang="en"><head><title>A short glossary of caching | Dev Notes</title></head><body><article><h1>A short glossary of caching</h1><p>Caching has its own vocabulary, and the words are used loosely. Here is how this series uses them.</p><dl><dt>Hit</dt><dd>A request answered from the cache, without asking the origin.</dd><dt>Miss</dt><dd>A request the cache could not answer, passed on to the origin.</dd></dl><p>With those in hand, the next post looks at how to pick a lifetime that suits your data.</p></article></body></html>`,
  );
  expect(item._qingyue.sections.map((s) => s.heading)).toEqual([undefined]);
  expect(paragraphs(item).slice(1, 5)).toEqual(["Hit", "A request answered from the cache, without asking the origin.", "Miss", "A request the cache could not answer, passed on to the origin."]);
});

it("a formula in MathML (as KaTeX renders it, its TeX source beside it) reads as a line of text: powers raised, fractions a/b, the source not read twice", async () => {
  const katex = `<span class="katex"><span class="katex-mathml"><math xmlns="http://www.w3.org/1998/Math/MathML"><semantics><mrow><mi>E</mi><mo>=</mo><mi>m</mi><msup><mi>c</mi><mn>2</mn></msup></mrow><annotation encoding="application/x-tex">E = mc^2</annotation></semantics></math></span><span class="katex-html" aria-hidden="true"><span class="mord">E</span><span class="mrel">=</span><span class="mord">m</span><span class="mord">c</span><span class="mord">2</span></span></span>`;
  const item = await article(
    `<!doctype html><html lang="en"><head><title>Mass and energy | Physics Notes</title></head><body><article><h1>Mass and energy</h1><p>The most famous equation in physics is ${katex}, which says that mass and energy are two forms of one thing.</p><p>A circle of radius r is <math><msup><mi>x</mi><mn>2</mn></msup><mo>+</mo><msup><mi>y</mi><mn>2</mn></msup><mo>=</mo><msup><mi>r</mi><mn>2</mn></msup></math>, its area <math><mi>π</mi><msup><mi>r</mi><mn>2</mn></msup></math> and half of it <math><mfrac><mrow><mi>π</mi><msup><mi>r</mi><mn>2</mn></msup></mrow><mn>2</mn></mfrac></math>; the n-th term is <math><msub><mi>a</mi><mi>n</mi></msub></math>.</p>${councilStory}</article></body></html>`,
  );
  expect(paragraphs(item).slice(0, 2)).toEqual([
    "The most famous equation in physics is E=mc², which says that mass and energy are two forms of one thing.",
    "A circle of radius r is x²+y²=r², its area πr² and half of it (πr²)/2; the n-th term is a_n.",
  ]);
});

it("a time printed on a Japanese page that declares no language is Japan's time, the page known Japanese by its kana", async () => {
  const item = await article(
    '<!DOCTYPE html><html><head><meta charset="utf-8"><title>京都で紅葉が見頃に｜サンプル新聞</title></head><body><div class="article"><h1>京都で紅葉が見頃に</h1><p class="date">2020年11月20日 18時30分</p><div class="article-body"><p>京都市内の寺社で紅葉が見頃を迎え、週末を前に多くの観光客が訪れています。</p><p>嵐山や東福寺では、赤や黄色に色づいたカエデが青空に映え、訪れた人たちが写真を撮る姿が見られました。</p></div></div></body></html>',
  );
  expect(item.date_published).toBe("2020-11-20T18:30:00+09:00");
  expect(item.language).toBe("und-Jpan");
});

it("a cookie notice and a lone link to the privacy policy under the story, in a block named nothing, are none of the story; a sentence about cookies is", async () => {
  const letters = ["A letter takes a day to write and a week to arrive, and that is exactly why I like it.", "My grandmother wrote to me every month for twenty years, and I kept them all.", "Under the new law, sites need consent before they set cookies, the regulator said."];
  const item = await article(
    `<!doctype html><html lang="en"><head><title>Why I still write letters</title></head><body><h1>Why I still write letters</h1>${letters.map((p) => `<p>${p}</p>`).join("")}<div id="x9"><p>We use cookies to give you the best experience on our website. By continuing to browse, you agree to our use of cookies.</p><a href="/privacy">Privacy policy</a> <span onclick="ok()">OK</span></div></body></html>`,
  );
  expect(paragraphs(item)).toEqual(letters);
});

it("an encyclopedia's notes about the article itself (a box asking for citations, a note on other uses) are none of its text", async () => {
  const item = await article(
    `<!doctype html><html lang="en"><head><title>Mercury (planet) - Encyclopedia</title></head><body><div id="content"><h1>Mercury (planet)</h1><div class="mw-parser-output"><div class="hatnote">For other uses, see <a href="/wiki/Mercury">Mercury</a>.</div><table class="box-More_citations_needed plainlinks metadata ambox ambox-content" role="presentation"><tbody><tr><td class="mbox-text"><div>This article <b>needs additional citations for verification</b>. Please help improve this article by adding citations to reliable sources.</div></td></tr></tbody></table><p>Mercury is the first planet from the Sun and the smallest in the Solar System. It is a rocky planet.</p><p>Its surface is heavily cratered, much like the Moon's, and it has no natural satellites of its own.</p></div></div></body></html>`,
  );
  expect(paragraphs(item)).toEqual(["Mercury is the first planet from the Sun and the smallest in the Solar System. It is a rocky planet.", "Its surface is heavily cratered, much like the Moon's, and it has no natural satellites of its own."]);
});

it("a 'Related Article: …' pointer set as a heading between a wire story's paragraphs is no subhead of it", async () => {
  const paras = Array.from({ length: 8 }, (_, i) => `Paragraph ${i} of the wire story describes, in plain words, what the officials said and what happens next.`);
  const item = await article(
    `<!doctype html><html lang="en"><head><title>City unveils flood plan | Example</title></head><body><h1>City unveils flood plan</h1><div class="zn-body__read-all">${paras.slice(0, 4).map((p) => `<div class="zn-body__paragraph">${p}</div>`).join("")}<div class="el__embedded"><div class="zn-body__paragraph"><h3>Related Article: <a href="/x">Storm season starts early</a></h3></div></div>${paras.slice(4).map((p) => `<div class="zn-body__paragraph">${p}</div>`).join("")}</div></body></html>`,
  );
  expect(item._qingyue.sections.map((s) => s.heading)).toEqual([undefined]);
  expect(paragraphs(item)).toEqual(paras);
});

describe("a date line at the story's top, with its label and the time of day", () => {
  it("gives the story's day and is no paragraph of it, in any language", async () => {
    const lines = {
      ru: "Опубликовано 12 марта 2023, 14:05",
      de: "Veröffentlicht am 12. März 2023, 14:05 Uhr",
      el: "Δημοσιεύθηκε 12 Μαρτίου 2023, 14:05",
      fr: "Publié le 12 mars 2023 à 14h05",
    };
    for (const [lang, line] of Object.entries(lines)) {
      const item = await article(`<!doctype html><html lang="${lang}"><head><title>Story</title></head><body><article><h1>The council's budget</h1><div class="meta"><span class="date">${line}</span></div>${councilStory}</article></body></html>`);
      expect([lang, item.date_published, paragraphs(item)]).toEqual([lang, "2023-03-12T00:00:00+08:00", COUNCIL]);
    }
  });
});
