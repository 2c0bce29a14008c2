// @vitest-environment node
// Article pages of blogs, newspapers and encyclopedias in many languages, as their platforms
// mark them up: what a reader gets from each.
import { describe, expect, it } from "vitest";
import type { ArticleItem } from "../../../src/content/feed-schema";
import { readPage } from "../../../src/ingest/read-page";
import { paragraphs } from "./helpers";

async function read(html: string, url?: string): Promise<ArticleItem> {
  const result = await readPage({ kind: "html", text: html, baseUrl: "", ...(url !== undefined ? { externalUrl: url } : {}) });
  if ("reason" in result) throw new Error(result.reason);
  return result.items[0]?.item as ArticleItem;
}

const headings = (item: ArticleItem) => item._qingyue.sections.map((s) => s.heading);

describe("a page in Hindi", () => {
  it("is read as an article: its sentences end in a danda", async () => {
    const item = await read(
      '<!doctype html><html lang="hi"><head><title>शहर में नया पुस्तकालय खुला</title></head><body><h1>शहर में नया पुस्तकालय खुला</h1><div class="story">' +
        "<p>नगर निगम ने सोमवार को शहर के बीचों बीच एक नया सार्वजनिक पुस्तकालय खोला। इसमें बीस हज़ार से अधिक किताबें हैं।</p>" +
        "<p>महापौर ने कहा कि पुस्तकालय सप्ताह के सातों दिन खुला रहेगा और सदस्यता सभी निवासियों के लिए मुफ़्त होगी।</p></div></body></html>",
    );
    expect(paragraphs(item)).toHaveLength(2);
    expect(item.language).toBe("hi");
  });
});

describe("a right-to-left page in Arabic", () => {
  it("is read as an article: its commas are Arabic ones", async () => {
    const item = await read(
      '<!doctype html><html lang="ar" dir="rtl"><head><title>افتتاح مكتبة عامة جديدة - صحيفة المثال</title></head><body>' +
        '<h1>افتتاح مكتبة عامة جديدة</h1><div class="article-body">' +
        "<p>افتتحت البلدية يوم الاثنين مكتبة عامة جديدة في وسط المدينة، تضم أكثر من عشرين ألف كتاب، إضافة إلى قاعة للأطفال.</p>" +
        "<p>وقال رئيس البلدية إن المكتبة ستكون مفتوحة طوال أيام الأسبوع، وإن الاشتراك فيها مجاني لجميع السكان.</p>" +
        "<h2>قاعة للأطفال</h2><p>وتضم المكتبة قاعة مخصصة للأطفال، فيها كتب مصورة وألعاب تعليمية.</p></div></body></html>",
    );
    expect(item.title).toBe("افتتاح مكتبة عامة جديدة");
    expect(paragraphs(item)).toHaveLength(3);
    expect(paragraphs(item)[0]).toMatch(/^افتتحت البلدية/u);
    expect(headings(item)).toEqual([undefined, "قاعة للأطفال"]);
    expect(item.language).toBe("ar");
  });
});

const STORY =
  "<p>We set off from the car park at seven, with the mist still sitting in the valley and the first walkers only just arriving.</p>" +
  "<p>The path climbs steeply for the first hour, then levels out along the crest, and on a clear day you can see three counties.</p>";

describe("a blog that names its writer only in its markup", () => {
  it("takes WordPress's author vcard as the author, not a commenter's name", async () => {
    const item = await read(
      '<!doctype html><html lang="en"><head><title>On the Ridge Trail | Mountain Notes</title></head><body><article class="post"><header class="entry-header"><h1 class="entry-title">On the Ridge Trail</h1>' +
        '<div class="entry-meta"><span class="posted-on">Posted on <time datetime="2019-08-18T21:14:00+01:00">August 18, 2019</time></span><span class="byline"> by <span class="author vcard"><a class="url fn n" href="/author/helen/">Helen Park</a></span></span></div></header>' +
        `<div class="entry-content">${STORY}</div></article><div id="comments"><ol class="comment-list"><li><span class="author vcard"><b class="fn">Tom</b></span><p>Lovely write-up of a walk we did last year, thank you.</p></li></ol></div></body></html>`,
    );
    expect(item.authors).toEqual([{ name: "Helen Park" }]);
    expect(item.date_published).toBe("2019-08-19T04:14:00+08:00");
  });

  it("takes Blogger's itemprop=author name, and the date from its <abbr class=published> title", async () => {
    const item = await read(
      '<!doctype html><html lang="en"><head><title>Mountain Notes: On the Ridge Trail</title></head><body><div class="post hentry"><h3 class="post-title entry-title">On the Ridge Trail</h3>' +
        `<div class="post-body entry-content">${STORY}</div><div class="post-footer"><span class="post-author vcard">Posted by <span class="fn" itemprop="author" itemscope><meta content="https://www.blogger.com/profile/1" itemprop="url"><a class="g-profile" href="https://www.blogger.com/profile/1" rel="author"><span itemprop="name">Helen Park</span></a></span></span> ` +
        '<span class="post-timestamp">at <a class="timestamp-link" href="/2019/08/ridge.html"><abbr class="published" itemprop="datePublished" title="2019-08-18T21:14:00+01:00">21:14</abbr></a></span></div></div></body></html>',
    );
    expect(item.authors).toEqual([{ name: "Helen Park" }]);
    expect(item.date_published).toBe("2019-08-19T04:14:00+08:00");
    expect(paragraphs(item)).toHaveLength(2);
  });
});

describe("a Medium-style story with its author box over the text", () => {
  it("reads neither the writer's name as a subhead nor the reading time as a paragraph", async () => {
    const ld = '{"@context":"http://schema.org","@type":"NewsArticle","headline":"The Quiet Power of Boring Technology","author":{"@type":"Person","name":"Sam Rivera"},"datePublished":"2022-06-01T14:22:31.123Z"}';
    const item = await read(
      `<!doctype html><html lang="en"><head><title>The Quiet Power of Boring Technology | by Sam Rivera | Medium</title><script type="application/ld+json">${ld}</script></head><body>` +
        '<article><section><h1>The Quiet Power of Boring Technology</h1><div><a href="/@sam"><img alt="Sam Rivera" src="https://miro.example.com/sam.jpeg" width="44" height="44"></a></div>' +
        '<div><span><a href="/@sam">Sam Rivera</a></span></div><div><span>7 min read</span><span>·</span><span>Jun 1, 2022</span></div>' +
        "<p>Every few months a new database, a new framework or a new way of deploying code takes over the conversation, and teams rush to adopt it.</p>" +
        "<p>Then the pager goes off at three in the morning, and nobody on the team knows how the new thing fails.</p><h2>Known failure modes</h2>" +
        "<p>A tool that has been in production for fifteen years has failed in every way it can fail, and somebody has written about each.</p></section></article></body></html>",
    );
    expect(item.authors).toEqual([{ name: "Sam Rivera" }]);
    expect(headings(item)).toEqual([undefined, "Known failure modes"]);
    expect(paragraphs(item)[0]).toMatch(/^Every few months/u);
    expect(paragraphs(item)).toHaveLength(3);
  });
});

describe("a newspaper's header in French, Spanish or German", () => {
  it("reads the day it prints under the headline, in its own language", async () => {
    for (const [lang, line, day] of [
      ["fr", "Publié le 12 mars 2021 à 10h30 - Mis à jour le 13 mars 2021", "2021-03-12"],
      ["fr", "Publié le 1er avril 2020", "2020-04-01"],
      ["es", "Madrid, 12 de marzo de 2021", "2021-03-12"],
      ["de", "20. Mai 2021, 06:00 Uhr", "2021-05-20"],
    ] as const) {
      const item = await read(
        `<!doctype html><html lang="${lang}"><head><title>Un parc - Le Journal</title></head><body><header><h1>Un parc</h1><p class="meta">${line}</p></header><div class="texte">` +
          "<p>La municipalité a inauguré samedi un nouveau parc de trois hectares au cœur du quartier nord, après deux ans de travaux.</p>" +
          "<p>Les habitants étaient nombreux à découvrir les lieux, avec leurs enfants, dès la première heure.</p></div></body></html>",
      );
      expect(item.date_published, line).toBe(`${day}T00:00:00+08:00`);
      expect(item._qingyue.date_precision).toBe("day");
      expect(paragraphs(item)).toHaveLength(2);
    }
  });
});

describe("pointers and ad slots set between a story's paragraphs", () => {
  it("leaves out 'Read more: …', 'Lire aussi : …', 'Lesen Sie auch' and an advertisement's label", async () => {
    const item = await read(
      '<!doctype html><html lang="en"><head><title>City opens a new park</title></head><body><article><h1>City opens a new park</h1>' +
        "<p>The city opened a three-hectare park in the north district on Saturday, after two years of work on the old rail yard.</p>" +
        '<p><strong>Read more:</strong> <a href="/a">How the rail yard was cleaned up</a></p><p>Lire aussi : <a href="/b">Les parcs de Lyon</a></p>' +
        '<p class="teaser">Lesen Sie auch: <a href="/c">Neue Radwege</a></p><div class="slot"><span>Advertisement</span></div><h2>Publicité</h2><p>Story continues below advertisement</p><p>Continue reading the main story</p><p>ADVERTISEMENT - CONTINUE READING BELOW</p><p><a href="/more">Continue reading →</a></p>' +
        "<p>Residents came with their children from the first hour, and the playground was full by ten in the morning.</p>" +
        "<p>Related to the opening, the council will vote next month on a second park in the south.</p></article></body></html>",
    );
    expect(paragraphs(item)).toEqual([
      "The city opened a three-hectare park in the north district on Saturday, after two years of work on the old rail yard.",
      "Residents came with their children from the first hour, and the playground was full by ten in the morning.",
      "Related to the opening, the council will vote next month on a second park in the south.",
    ]);
    expect(headings(item)).toEqual([undefined]);
  });
});

describe("an encyclopedia article", () => {
  it("keeps its section titles without their [edit] links, and leaves out its contents box and navbox", async () => {
    const edit = (n: number) => `<span class="mw-editsection"><span class="mw-editsection-bracket">[</span><a href="/w/index.php?action=edit&amp;section=${n}">edit</a><span class="mw-editsection-bracket">]</span></span>`;
    const item = await read(
      '<!doctype html><html lang="en"><head><title>Bramble Bridge - Wikipedia</title></head><body><div id="content" class="mw-body" role="main"><h1 id="firstHeading">Bramble Bridge</h1><div id="mw-content-text"><div class="mw-parser-output">' +
        "<p><b>Bramble Bridge</b> is a stone footbridge over the River Wend in the village of Alderby, England. Built in 1832, it is a listed structure.</p>" +
        '<div id="toc" class="toc" role="navigation"><h2>Contents</h2><ul><li><a href="#History">1 History</a></li><li><a href="#Design">2 Design</a></li></ul></div>' +
        `<h2><span class="mw-headline" id="History">History</span>${edit(1)}</h2><p>The bridge replaced a wooden crossing that was swept away in the flood of 1829, and was paid for by public subscription.</p>` +
        `<h2><span class="mw-headline" id="Design">Design</span>${edit(2)}</h2><p>The bridge has three segmental arches of local sandstone, with cutwaters on the upstream side.</p>` +
        '<div role="navigation" class="navbox"><table><tr><th>Bridges over the River Wend</th></tr><tr><td><a href="/a">Alderby Bridge</a> · <a href="/c">Wend Viaduct</a></td></tr></table></div>' +
        "</div></div></div></body></html>",
    );
    expect(headings(item)).toEqual([undefined, "History", "Design"]);
    expect(paragraphs(item)).toHaveLength(3);
    expect(item.content_text).not.toMatch(/Contents|Wend Viaduct|edit/u);
  });
});

describe("a Japanese blog post", () => {
  const page =
    '<!doctype html><html lang="ja"><head><title>京都の古い喫茶店を巡る一日 | 旅と珈琲</title></head><body><article><div class="entry-head"><h1>京都の古い喫茶店を巡る一日</h1>' +
    '<div class="entry-meta"><time datetime="2020-11-03">2020.11.03</time> <span>文・写真：山田花子</span></div></div><div class="entry-body">' +
    "<p>秋の京都は観光客でにぎわいますが、少し路地に入ると、昭和の時代から続く静かな喫茶店がいくつも残っています。</p><h2>朝：河原町の老舗</h2>" +
    "<p>最初に訪れたのは、創業七十年を超える老舗です。厚切りのトーストとゆで卵のモーニングは、開店と同時に満席になります。</p></div></article></body></html>";

  it("keeps the language it declares: its kanji stand among kana, it is not Chinese", async () => {
    const item = await read(page);
    expect(item.language).toBe("ja");
    expect(headings(item)).toEqual([undefined, "朝：河原町の老舗"]);
  });

  it("does not take a credit line it cannot read for the outlet the story came from", async () => {
    const item = await read(page);
    expect(item._qingyue.source).toBeUndefined();
    expect(item.date_published).toBe("2020-11-03T00:00:00+08:00");
  });
});

describe("a <title> whose words are joined by hyphens", () => {
  const body =
    "<p>Engineers in Munich have taught a test car to keep its lane in heavy rain, using radar where the cameras see nothing at all.</p>" +
    "<p>The system will be tried on public roads next spring, with a safety driver on board for every trip.</p>";

  it("keeps a hyphenated site name whole as the publisher", async () => {
    const item = await read(`<!doctype html><html lang="de"><head><title>Neue Radwege für die Innenstadt | Beispiel-Zeitung</title></head><body><h1>Neue Radwege für die Innenstadt</h1><div>${body}</div></body></html>`);
    expect(item._qingyue.publisher).toBe("Beispiel-Zeitung");
  });

  it("sets the site apart after ' » ' or ' · '", async () => {
    for (const title of ["Self-driving cars learn to see in the rain » Tech Daily", "Self-driving cars learn to see in the rain · Tech Daily"]) {
      const item = await read(`<!doctype html><html lang="en"><head><title>${title}</title></head><body><div>${body}</div></body></html>`);
      expect(item.title, title).toBe("Self-driving cars learn to see in the rain");
      expect(item._qingyue.publisher, title).toBe("Tech Daily");
    }
  });

  it("keeps a hyphenated headline whole when the <title> is all the page gives", async () => {
    const item = await read(`<!doctype html><html lang="en"><head><title>Self-driving cars learn to see in the rain - Tech Daily</title></head><body><div>${body}</div></body></html>`);
    expect(item.title).toBe("Self-driving cars learn to see in the rain");
    expect(item._qingyue.publisher).toBe("Tech Daily");
  });
});

describe("a Ghost post that says what it is in JSON-LD only", () => {
  const ld =
    '{"@context":"https://schema.org","@type":"Article","author":[{"@type":"Person","name":"Priya Nair"},{"@type":"Person","name":"Leo Brandt"}],"headline":"Notes on Remote Teams",' +
    '"url":"https://fieldnotes.example.io/notes-on-remote-teams/","datePublished":"2023-02-08T07:05:00.000Z","image":{"@type":"ImageObject","url":"https://fieldnotes.example.io/content/images/desk.jpg","width":2000}}';
  const page =
    `<!doctype html><html lang="en"><head><title>Notes on Remote Teams</title><script type="application/ld+json">${ld}</script></head><body><article class="post"><h1>Notes on Remote Teams</h1><section class="gh-content">` +
    "<p>When we started, the whole company fit around one kitchen table. Four years later we are thirty people in six time zones.</p><h2>Write it down</h2>" +
    "<p>Decisions made in a call are forgotten by the next morning, and decisions written down survive.</p>" +
    '<div class="kg-callout-card"><div class="kg-callout-emoji">💡</div><div class="kg-callout-text">A rule of thumb: if it matters next week, it goes in writing.</div></div></section></article></body></html>';

  it("takes its cover picture, its address, its writers and its date from there", async () => {
    const item = await read(page);
    expect(item.image).toBe("https://fieldnotes.example.io/content/images/desk.jpg");
    expect(item.external_url).toBe("https://fieldnotes.example.io/notes-on-remote-teams/");
    expect(item.authors).toEqual([{ name: "Priya Nair" }, { name: "Leo Brandt" }]);
    expect(item.date_published).toBe("2023-02-08T15:05:00+08:00");
  });

  it("does not make a callout's emoji a subhead", async () => {
    const item = await read(page);
    expect(headings(item)).toEqual([undefined, "Write it down"]);
    expect(paragraphs(item).at(-1)).toBe("A rule of thumb: if it matters next week, it goes in writing.");
  });
});

describe("a newsletter post whose <title> ends with its writer", () => {
  it("keeps the writer as the author, names no site after her, and leaves out the sign-up box", async () => {
    const item = await read(
      '<!doctype html><html lang="en"><head><title>The Case for Slow Email - by Dana Whitfield</title><meta name="author" content="Dana Whitfield"></head><body><article class="newsletter-post post"><h1 class="post-title">The Case for Slow Email</h1><div class="body markup">' +
        "<p>For ten years I answered email the moment it arrived. Last spring I stopped, and began answering once a day, at four.</p>" +
        '<div class="subscription-widget-wrap"><div class="subscription-widget"><p>Thanks for reading Dana\'s Letters! Subscribe for free to receive new posts and support my work.</p><form><input type="email"></form></div></div>' +
        "<p>Nobody complained. A few people noticed, and two of them asked how I did it, which is why I am writing this.</p></div></article>" +
        '<div id="cookie-notice" class="cookie-banner"><p>We use cookies to improve your experience on our website. By continuing to browse, you agree to our use of cookies.</p></div></body></html>',
    );
    expect(item.authors).toEqual([{ name: "Dana Whitfield" }]);
    expect(item._qingyue.publisher).toBeUndefined();
    expect(paragraphs(item)).toHaveLength(2);
    expect(item.content_text).not.toMatch(/Subscribe|cookies/u);
  });
});

describe("a newspaper page with its logo in an <h1> and its writers in a byline's class", () => {
  it("takes the story's own headline and both writers, not the place beside them", async () => {
    const item = await read(
      '<!doctype html><html lang="es"><head><title>El tranvía vuelve a Zaragoza | Diario Ejemplo</title></head><body><header><h1 class="logo"><a href="/">Diario Ejemplo</a></h1></header><main>' +
        '<h1 class="titular">El tranvía vuelve a Zaragoza</h1><div class="firma"><span class="autor">Por Ana García y Luis Pérez</span> <span class="lugar">Zaragoza</span> - <time datetime="2022-10-07T09:15:00+02:00">07 oct 2022 - 09:15 CEST</time></div>' +
        '<div class="cuerpo"><p>El tranvía ha vuelto este viernes a las calles de Zaragoza, cuarenta años después de que dejara de circular la última línea.</p>' +
        "<p>Miles de vecinos se acercaron a las paradas desde primera hora de la mañana, y los convoyes circularon completos.</p></div></main></body></html>",
    );
    expect(item.title).toBe("El tranvía vuelve a Zaragoza");
    expect(item.authors).toEqual([{ name: "Ana García" }, { name: "Luis Pérez" }]);
    expect(item.date_published).toBe("2022-10-07T15:15:00+08:00");
    expect(paragraphs(item)).toHaveLength(2);
  });
});

describe("what stays as it was on Chinese pages", () => {
  const body = "<div><p>2014年8月22日，第三届安全论坛在北京举办，知道创宇在会上发布了新版搜索引擎，吸引了众多业内人士到场参观。</p><p>在发布现场，副总裁展示了引擎的核心能力：强大的组件指纹识别。</p></div>";

  it("a bare hyphen in a Chinese <title> still separates a Latin headline's end from the site", async () => {
    const item = await read(`<html><head><title>知道创宇发布新版ZoomEye-EXAMPLE.NET</title></head><body>${body}</body></html>`);
    expect(item.title).toBe("知道创宇发布新版ZoomEye");
    expect(item._qingyue.publisher).toBe("EXAMPLE.NET");
  });

  it("a site that puts its name first in the <title> is the publisher, the headline after it is not", async () => {
    const item = await read(`<html><head><title>青山新闻网 - 知道创宇发布新版搜索引擎</title></head><body><h1>知道创宇发布新版搜索引擎</h1>${body}</body></html>`);
    expect(item.title).toBe("知道创宇发布新版搜索引擎");
    expect(item._qingyue.publisher).toBe("青山新闻网");
  });
});

describe("the picture between a headline and its story", () => {
  it("is the story's first figure: a newspaper's lazy lead photo with its caption, not the writer's portrait nor a banner", async () => {
    const item = await read(
      '<!doctype html><html lang="es"><head><title>El tranvía vuelve a Zaragoza | Diario Ejemplo</title></head><body><main><h1>El tranvía vuelve a Zaragoza</h1>' +
        '<div class="firma"><span class="author-icon"><img src="/fotos/autores/ana.jpg"></span><span class="autor">Por Ana García</span></div>' +
        '<figure class="foto"><img data-original="/fotos/2022/10/tranvia.jpg" src="/img/placeholder.gif" class="lazy" width="980" height="551" alt="El tranvía en la plaza de España"><noscript><img src="/fotos/2022/10/tranvia.jpg" alt="El tranvía en la plaza de España"></noscript>' +
        '<figcaption>El tranvía, a su paso por la plaza de España.</figcaption></figure><a href="https://anuncios.example.es/x"><img src="/banners/coche.jpg" width="728" height="90"></a>' +
        '<div class="cuerpo"><p>El tranvía ha vuelto este viernes a las calles de Zaragoza, cuarenta años después de que dejara de circular la última línea.</p>' +
        '<p>Miles de vecinos se acercaron a las paradas desde primera hora de la mañana.</p><img src="/fotos/2022/10/parada.jpg" width="980" height="551"><p>El billete costará 1,35 euros a partir del lunes, el mismo precio que el autobús.</p></div></main></body></html>',
      "https://www.diario.example.es/espana/2022-10-07/tranvia.html",
    );
    expect(item._qingyue.sections.flatMap((s) => s.figures ?? [])).toEqual([
      { before: 0, url: "https://www.diario.example.es/fotos/2022/10/tranvia.jpg", alt: "El tranvía en la plaza de España", caption: "El tranvía, a su paso por la plaza de España.", width: 980, height: 551 },
      { before: 2, url: "https://www.diario.example.es/fotos/2022/10/parada.jpg", width: 980, height: 551 },
    ]);
  });

  it("is a blog's featured image, shown once though the story repeats it", async () => {
    const img = (size: string) => `<img width="1200" height="800" src="https://kitchen.example.com/uploads/loaf-${size}.jpg" class="wp-post-image" alt="A sourdough loaf">`;
    const item = await read(
      `<!doctype html><html lang="en"><head><title>Why Sourdough Needs Time</title></head><body><article><header><h1 class="entry-title">Why Sourdough Needs Time</h1></header><div class="post-thumbnail">${img("1200x800")}</div>` +
        "<div class=\"entry-content\"><p>Every baker who switches from yeast to a sourdough starter learns the same lesson sooner or later: the dough will not be rushed.</p>" +
        `<p>${img("1200x800")}</p><p>That is not a flaw in the method. The long, slow rise is where the flavour comes from.</p></div></article></body></html>`,
    );
    expect(item._qingyue.sections.flatMap((s) => s.figures ?? []).map((f) => [f.before, f.url])).toEqual([[1, "https://kitchen.example.com/uploads/loaf-1200x800.jpg"]]);
  });
});

describe("a blog's header line that gives the date before the byline", () => {
  it("reads both: the writer and the day", async () => {
    for (const line of ["July 11, 2018 · by Chris Lee", "Posted on July 11, 2018 by Chris Lee", "11 July 2018 | By Chris Lee"]) {
      const item = await read(
        `<!doctype html><html lang="en"><head><title>Understanding Closures – Dev Notes</title></head><body><main><div class="post-content"><h1>Understanding Closures</h1><p class="post-meta">${line}</p>` +
          "<p>A closure is a function that remembers the variables from the place where it was defined, even after that place has finished running.</p>" +
          "<p>It sounds abstract, but you use closures every day, in every callback you write.</p></div></main></body></html>",
      );
      expect(item.authors, line).toEqual([{ name: "Chris Lee" }]);
      expect(item.date_published, line).toBe("2018-07-11T00:00:00+08:00");
      expect(paragraphs(item)[0], line).toMatch(/^A closure is/u);
    }
  });
});

describe("a news site's own metadata names", () => {
  const page = (head: string) =>
    `<!doctype html><html lang="en"><head><title>A Small Town Bets on Batteries</title>${head}</head><body><article><h1>A Small Town Bets on Batteries</h1>` +
    "<p>For most of the last century, the biggest employer in this town of 4,000 was a textile mill. It closed in 1998.</p>" +
    "<p>That something, it now appears, is a battery factory, which its builders say will employ 2,000 people by 2025.</p></article></body></html>";

  it("reads Parse.ly's author and date, and a byline in a <meta> as its writers one by one", async () => {
    const parsely = await read(page('<meta name="parsely-author" content="Maria Gonzalez"><meta name="parsely-pub-date" content="2021-09-20T05:00:08Z">'));
    expect(parsely.authors).toEqual([{ name: "Maria Gonzalez" }]);
    expect(parsely.date_published).toBe("2021-09-20T13:00:08+08:00");
    const byl = await read(page('<meta name="byl" content="By Maria Gonzalez and Tom O’Neill">'));
    expect(byl.authors).toEqual([{ name: "Maria Gonzalez" }, { name: "Tom O’Neill" }]);
  });
});

describe("a caption set in parts", () => {
  it("keeps the caption and the photographer's credit apart, as the page shows them", async () => {
    const item = await read(
      '<!doctype html><html lang="en"><head><title>A Small Town Bets on Batteries</title></head><body><article><h1>A Small Town Bets on Batteries</h1><div class="body">' +
        "<p>For most of the last century, the biggest employer in this town of 4,000 was a textile mill. It closed in 1998.</p>" +
        '<figure><img src="https://static.example.com/battery.jpg" width="600" height="400"><figcaption><span class="caption">Workers at the site of the future plant in Elmwood, Ga.</span><span class="credit">Audra Melton for The Example Times</span></figcaption></figure>' +
        "<p>That something, it now appears, is a battery factory, which its builders say will employ 2,000 people by 2025.</p></div></article></body></html>",
    );
    expect(item._qingyue.sections.flatMap((s) => s.figures ?? []).map((f) => f.caption)).toEqual(["Workers at the site of the future plant in Elmwood, Ga. Audra Melton for The Example Times"]);
  });
});

describe("a date printed with dots, the day first", () => {
  it("is read under a Hebrew or German headline, beside the byline's writer", async () => {
    for (const [lang, line, authors] of [["he", "מאת דנה לוי | 14.06.2022", [{ name: "דנה לוי" }]], ["de", "Von Hans Müller | 14.06.2022, 06:00 Uhr", [{ name: "Hans Müller" }]]] as const) {
      const item = await read(
        `<!doctype html><html lang="${lang}" dir="rtl"><head><title>נפתח גן ציבורי חדש</title></head><body><h1>נפתח גן ציבורי חדש</h1><div class="meta">${line}</div><div class="article-body">` +
          "<p>העירייה פתחה ביום שלישי גן ציבורי חדש במרכז העיר, על שטח של כשלושה דונמים שבו עמד בעבר חניון.</p>" +
          "<p>בגן נשתלו יותר ממאה עצים, והוקמו בו מתקני משחק לילדים ושבילי הליכה.</p></div></body></html>",
      );
      expect(item.date_published, line).toBe("2022-06-14T00:00:00+08:00");
      expect(item.authors, line).toEqual(authors);
      expect(paragraphs(item)).toHaveLength(2);
    }
  });
});

describe("a blog host's <title>", () => {
  it("names the host as the site: '… @ blog :: host ::'", async () => {
    const item = await read(
      '<!doctype html><html lang="zh-TW"><head><title>【台南美食】巷弄裡的老字號牛肉湯 @ 小米的吃喝玩樂日記 :: 痞客邦 ::</title></head><body><div class="article-content">' +
        "<p>來台南一定要喝一碗牛肉湯，這家位在巷弄裡的老店，清晨五點開門，不到六點就已經大排長龍。</p><p>湯頭是用牛骨熬了一整夜，清甜不油膩，生牛肉片薄薄一層，用熱湯一沖就熟了，口感非常軟嫩，配上一碗肉燥飯剛剛好。</p></div></body></html>",
    );
    expect(item.title).toBe("【台南美食】巷弄裡的老字號牛肉湯");
    expect(item._qingyue.publisher).toBe("痞客邦");
  });
});

describe("text only a screen reader hears", () => {
  it("is not printed in the story's paragraphs", async () => {
    const item = await read(
      '<!doctype html><html lang="en"><head><title>How to brew coffee</title></head><body><a class="skip-link screen-reader-text" href="#content">Skip to content</a><article><h1>How to brew coffee</h1>' +
        '<p>Brewing good coffee at home is easier than most people think, as <a href="https://example.org/guide" target="_blank">this guide<span class="screen-reader-text"> (opens in a new tab)</span></a> shows.</p>' +
        '<p>Change one thing at a time until the cup tastes the way you like it<span class="sr-only">, end of article</span>.</p><p class="visually-hidden">Advertisement below</p></article></body></html>',
    );
    expect(paragraphs(item)).toEqual([
      "Brewing good coffee at home is easier than most people think, as this guide shows.",
      "Change one thing at a time until the cup tastes the way you like it.",
    ]);
  });
});

describe("an encyclopedia's infobox", () => {
  it("reads as a table under its picture: each label beside its value, the picture with its caption", async () => {
    const item = await read(
      '<!doctype html><html lang="en"><head><title>Bramble Bridge - Wikipedia</title></head><body><h1>Bramble Bridge</h1><div class="mw-parser-output">' +
        '<table class="infobox"><tbody><tr><th colspan="2">Bramble Bridge</th></tr><tr><td colspan="2"><a href="/wiki/File:Bramble.jpg"><img alt="" src="//upload.wikimedia.org/bramble.jpg" width="250" height="188"></a><div>The bridge in 2009</div></td></tr>' +
        "<tr><th>Carries</th><td>Footpath</td></tr><tr><th>Opened</th><td>1832</td></tr></tbody></table>" +
        "<p><b>Bramble Bridge</b> is a stone footbridge over the River Wend in the village of Alderby, England. Built in 1832, it is a listed structure.</p>" +
        "<p>The bridge replaced a wooden crossing that was swept away in the flood of 1829, and was paid for by public subscription.</p></div></body></html>",
      "https://en.wikipedia.org/wiki/Bramble_Bridge",
    );
    expect(paragraphs(item).slice(0, 2)).toEqual(["Carries | Footpath", "Opened | 1832"]);
    expect(item._qingyue.sections.flatMap((s) => s.figures ?? [])).toEqual([{ before: 0, url: "https://upload.wikimedia.org/bramble.jpg", caption: "The bridge in 2009", width: 250, height: 188 }]);
  });
});

describe("a page whose sidebar prints its own dates before the story", () => {
  it("dates the story by its own <time>, not the first one on the page", async () => {
    const item = await read(
      '<!doctype html><html lang="en"><head><title>City opens a new park</title></head><body><aside class="latest"><ul><li><a href="/a">Storm knocks out power</a> <time datetime="2023-04-07T10:00:00Z">2 hours ago</time></li></ul></aside>' +
        '<div class="related-posts"><a href="/b">Bike lanes approved</a><time datetime="2023-03-01T10:00:00Z">March 1</time></div>' +
        '<article><h1>City opens a new park</h1><div class="meta">Updated <time datetime="2023-04-05T09:30:00Z">yesterday</time></div>' +
        "<p>The city opened a three-hectare park in the north district on Saturday, after two years of work on the old rail yard.</p>" +
        "<p>Residents came with their children from the first hour, and the playground was full by ten in the morning.</p></article></body></html>",
    );
    expect(item.date_published).toBe("2023-04-05T17:30:00+08:00");
  });
});

describe("what a blog sets under its story, inside the same block", () => {
  it("ends the story at 'You may also like', a comment count or a reply box, and drops a share bar's label", async () => {
    for (const end of ["<h3>You may also like</h3>", "<h3>3 Comments</h3>", "<h3>Leave a Reply</h3>", "<h2>Related posts</h2>", "<h3>Commentaires (12)</h3>", "<h2>More news</h2>"]) {
      const item = await read(
        '<!doctype html><html lang="en"><head><title>How to brew coffee</title></head><body><article><h1>How to brew coffee</h1><div class="post">' +
          "<p>Brewing good coffee at home is easier than most people think, and it needs only a few tools.</p><h2>More from the grinder</h2>" +
          "<p>Grind the beans just before you brew, a little coarser than table salt, and weigh them: fifteen grams for a mug.</p>" +
          `<p><strong>Share this:</strong></p>${end}<ul><li><a href="/a">How to make cold brew at home without special gear</a></li><li><a href="/b">The best coffee grinders under 100 dollars</a></li></ul>` +
          "<p>Great guide, thanks! I tried it this morning and the cup was much better than with my old method.</p></div></article></body></html>",
      );
      expect(headings(item), end).toEqual([undefined, "More from the grinder"]);
      expect(paragraphs(item).at(-1), end).toMatch(/^Grind the beans/u);
    }
  });
});

describe("a page without a heading whose og:title repeats the <title>'s site name", () => {
  it("takes the headline without the site's name", async () => {
    const item = await read(
      '<!doctype html><html lang="en"><head><title>Why Sourdough Needs Time | The Slow Kitchen</title><meta property="og:title" content="Why Sourdough Needs Time | The Slow Kitchen"></head><body><div class="content">' +
        "<p>Every baker who switches from yeast to a sourdough starter learns the same lesson sooner or later: the dough will not be rushed.</p>" +
        "<p>That is not a flaw in the method. The long, slow rise is where the flavour comes from, and what makes the bread keep.</p></div></body></html>",
    );
    expect(item.title).toBe("Why Sourdough Needs Time");
    expect(item._qingyue.publisher).toBe("The Slow Kitchen");
  });
});

describe("a date in a <meta> written as a feed or a reader writes it", () => {
  it("reads 'Tue, 03 Mar 2020 10:00:00 GMT' in China time, and 'March 3, 2020' to the day", async () => {
    for (const [value, date] of [["Tue, 03 Mar 2020 10:00:00 GMT", "2020-03-03T18:00:00+08:00"], ["March 3, 2020", "2020-03-03T00:00:00+08:00"]] as const) {
      const item = await read(
        `<!doctype html><html lang="en"><head><title>City opens a new park</title><meta name="date" content="${value}"></head><body><article><h1>City opens a new park</h1>` +
          "<p>The city opened a three-hectare park in the north district on Saturday, after two years of work on the old rail yard.</p>" +
          "<p>Residents came with their children from the first hour, and the playground was full by ten in the morning.</p></article></body></html>",
      );
      expect(item.date_published, value).toBe(date);
    }
  });
});

describe("a story in an <article> with teasers of other stories under it", () => {
  it("keeps the teasers out of the story, though they are punctuated prose too", async () => {
    const teaser = (title: string, text: string) => `<article class="teaser"><h3><a href="/x">${title}</a></h3><p>${text}</p></article>`;
    const item = await read(
      '<!doctype html><html lang="en"><head><title>Council approves bike lanes - Daily Example</title></head><body><div class="main-col"><article class="story"><h1>Council approves bike lanes</h1><div class="story-body">' +
        "<p>The city council voted 7-2 on Tuesday to build twelve kilometres of protected bike lanes downtown, ending a debate that lasted two years.</p>" +
        "<p>Supporters packed the chamber, many in cycling gear. Opponents, mostly shop owners, said the loss of parking would hurt business.</p>" +
        "<p>Construction starts in May and should finish by the end of next year, paid for in part by a federal grant awarded last fall.</p></div></article>" +
        teaser("Storm knocks out power to thousands across the region", "Crews worked through the night to restore power, and most homes had it back by morning, the utility said.") +
        teaser("School board delays vote on new calendar", "The board said it needed more time to hear from parents, after hundreds wrote in to oppose the change.") +
        teaser("Library extends weekend hours this summer", "The main branch will open on Sundays from June, for the first time in a decade, thanks to a donation.") +
        "</div></body></html>",
    );
    expect(headings(item)).toEqual([undefined]);
    expect(paragraphs(item)).toHaveLength(3);
    expect(paragraphs(item).at(-1)).toMatch(/^Construction starts in May/u);
  });
});

describe("a data table with header cells and long cells", () => {
  it("reads row by row, each row's cells side by side", async () => {
    const item = await read(
      '<!doctype html><html lang="en"><head><title>Choosing a grinder</title></head><body><article><h1>Choosing a grinder</h1>' +
        "<p>Three kinds of grinder are sold for home use, and each suits a different way of brewing, as the table below shows.</p>" +
        "<table><thead><tr><th>Kind</th><th>What it is good for</th></tr></thead><tbody>" +
        "<tr><td>Blade</td><td>Cheap and quick, but it chops the beans unevenly, so it suits a French press better than an espresso machine.</td></tr>" +
        "<tr><td>Conical burr</td><td>Even grounds at every setting, quiet, and easy to clean; the best choice for most people who brew every day.</td></tr></tbody></table>" +
        "<p>Whichever you choose, grind just before you brew: ground coffee loses its aroma within the hour.</p></article></body></html>",
    );
    expect(paragraphs(item)).toEqual([
      "Three kinds of grinder are sold for home use, and each suits a different way of brewing, as the table below shows.",
      "Kind | What it is good for",
      "Blade | Cheap and quick, but it chops the beans unevenly, so it suits a French press better than an espresso machine.",
      "Conical burr | Even grounds at every setting, quiet, and easy to clean; the best choice for most people who brew every day.",
      "Whichever you choose, grind just before you brew: ground coffee loses its aroma within the hour.",
    ]);
  });
});

describe("a page with a <base href>", () => {
  it("resolves its pictures against the base, itself read against the page's address", async () => {
    for (const [base, expected] of [
      ["/blog/assets/", "https://www.example.com/blog/assets/img/lanes.jpg"],
      ["https://cdn.example.net/site/", "https://cdn.example.net/site/img/lanes.jpg"],
    ] as const) {
      const item = await read(
        `<!doctype html><html lang="en"><head><title>City opens a new park</title><base href="${base}"></head><body><article><h1>City opens a new park</h1>` +
          "<p>The city opened a three-hectare park in the north district on Saturday, after two years of work on the old rail yard.</p>" +
          '<img src="img/lanes.jpg" width="800" height="450"><p>Residents came with their children from the first hour, and the playground was full by ten.</p></article></body></html>',
        "https://www.example.com/news/2023/04/park.html",
      );
      expect(item._qingyue.sections.flatMap((s) => s.figures ?? []).map((f) => f.url), base).toEqual([expected]);
    }
  });
});

describe("a figure whose caption comes before its picture", () => {
  it("keeps the caption with its picture, and a picture after a captioned one takes no caption", async () => {
    const two = await read(
      '<!doctype html><html lang="en"><head><title>City opens a new park</title></head><body><article><h1>City opens a new park</h1>' +
        "<p>The city opened a three-hectare park in the north district on Saturday, after two years of work on the old rail yard.</p>" +
        '<figure><img src="https://www.example.com/img/a.jpg" width="800" height="450"><figcaption>The gate.</figcaption></figure><figure><img src="https://www.example.com/img/b.jpg" width="800" height="450"></figure>' +
        "<p>Residents came with their children from the first hour, and the playground was full by ten in the morning.</p></article></body></html>",
    );
    expect(two._qingyue.sections.flatMap((s) => s.figures ?? []).map((f) => f.caption)).toEqual(["The gate.", undefined]);
    const over = await read(
      '<!doctype html><html lang="en"><head><title>City opens a new park</title></head><body><article><h1>City opens a new park</h1>' +
        "<p>The city opened a three-hectare park in the north district on Saturday, after two years of work on the old rail yard.</p>" +
        '<figure><figcaption>The gate.</figcaption><img src="https://www.example.com/img/a.jpg" width="800" height="450"></figure><figure><figcaption>The pond.</figcaption><img src="https://www.example.com/img/b.jpg" width="800" height="450"></figure>' +
        "<p>Residents came with their children from the first hour, and the playground was full by ten in the morning.</p></article></body></html>",
    );
    expect(over._qingyue.sections.flatMap((s) => s.figures ?? []).map((f) => f.caption)).toEqual(["The gate.", "The pond."]);
    const item = await read(
      '<!doctype html><html lang="en"><head><title>City opens a new park</title></head><body><article><h1>City opens a new park</h1>' +
        "<p>The city opened a three-hectare park in the north district on Saturday, after two years of work on the old rail yard.</p>" +
        '<figure><figcaption>The new playground on opening day.</figcaption><img src="https://www.example.com/img/park.jpg" width="800" height="450"></figure>' +
        "<p>Residents came with their children from the first hour, and the playground was full by ten in the morning.</p></article></body></html>",
    );
    expect(item._qingyue.sections.flatMap((s) => s.figures ?? [])).toEqual([{ before: 1, url: "https://www.example.com/img/park.jpg", caption: "The new playground on opening day.", width: 800, height: 450 }]);
  });
});

describe("a blog post's filing under its text", () => {
  it("is not the story's last paragraph", async () => {
    for (const line of ["Posted in Bread | Tagged sourdough, starter | 3 Comments »", "This entry was posted in Bread and tagged sourdough. Bookmark the permalink.", "Tags: sourdough, baking"]) {
      const item = await read(
        '<!doctype html><html lang="en"><head><title>Why Sourdough Needs Time</title></head><body><div class="post"><h2>Why Sourdough Needs Time</h2><div class="entry">' +
          "<p>Every baker who switches from yeast to a sourdough starter learns the same lesson sooner or later: the dough will not be rushed.</p>" +
          `<p>That is not a flaw in the method. The long, slow rise is where the flavour comes from, and what makes the bread keep.</p></div><p class="postmetadata">${line}</p></div></body></html>`,
      );
      expect(paragraphs(item).at(-1), line).toMatch(/^That is not a flaw/u);
    }
  });
});

describe("a byline without 'By' over the story", () => {
  it("is the writer's, not the first paragraph, where the metadata names the writer", async () => {
    for (const line of ["Jane Doe, CNN", "Jane Doe | Sept. 20, 2021"]) {
      const item = await read(
        `<!doctype html><html lang="en"><head><title>Council approves bike lanes</title><meta name="author" content="Jane Doe"></head><body><article><h1>Council approves bike lanes</h1><p class="byline">${line}</p>` +
          "<p>The city council voted 7-2 on Tuesday to build twelve kilometres of protected bike lanes downtown, ending a debate.</p>" +
          "<p>Jane Doe, 45, a shop owner on Main Street, said the loss of parking would hurt her business badly.</p></article></body></html>",
      );
      expect(paragraphs(item), line).toHaveLength(2);
      expect(paragraphs(item)[0], line).toMatch(/^The city council/u);
      expect(item.authors).toEqual([{ name: "Jane Doe" }]);
    }
  });
});

describe("JSON-LD whose article names its author and publisher by @id", () => {
  it("finds their names elsewhere in the graph, as SEO plugins write it", async () => {
    const ld = JSON.stringify({
      "@context": "https://schema.org",
      "@graph": [
        { "@type": "Organization", "@id": "https://kitchen.example.com/#organization", name: "The Slow Kitchen" },
        { "@type": "WebPage", "@id": "https://kitchen.example.com/sourdough/#webpage", name: "Why Sourdough Needs Time - The Slow Kitchen" },
        { "@type": "Article", "@id": "https://kitchen.example.com/sourdough/#article", headline: "Why Sourdough Needs Time", author: { "@id": "https://kitchen.example.com/#/schema/person/1f2e" }, publisher: { "@id": "https://kitchen.example.com/#organization" }, datePublished: "2021-03-14T09:30:00+00:00" },
        { "@type": "Person", "@id": "https://kitchen.example.com/#/schema/person/1f2e", name: "Emma Clarke" },
      ],
    });
    const item = await read(
      `<!doctype html><html lang="en"><head><title>Why Sourdough Needs Time</title><script type="application/ld+json">${ld}</script></head><body><article><h1>Why Sourdough Needs Time</h1>` +
        "<p>Every baker who switches from yeast to a sourdough starter learns the same lesson sooner or later: the dough will not be rushed.</p>" +
        "<p>That is not a flaw in the method. The long, slow rise is where the flavour comes from, and what makes the bread keep.</p></article></body></html>",
    );
    expect(item.authors).toEqual([{ name: "Emma Clarke" }]);
    expect(item._qingyue.publisher).toBe("The Slow Kitchen");
  });
});

describe("a byline whose class names are built of blocks and elements", () => {
  it("gives the writer's name", async () => {
    const item = await read(
      '<!doctype html><html lang="en"><head><title>Phones fold again - The Example</title></head><body><div class="c-entry-hero"><h1 class="c-page-title">Phones fold again</h1><div class="c-byline"><span class="c-byline__item"><a href="/authors/sam"><span class="c-byline__author-name">Sam Rivera</span></a></span><span class="c-byline__item"><time datetime="2022-06-01T14:22:31Z">Jun 1, 2022, 10:22am EDT</time></span></div></div>' +
        '<div class="c-entry-content"><p>Every few months a new folding phone arrives, and every few months the crease is a little less visible than before.</p>' +
        "<p>This one is thinner than a normal phone when open, and only a little thicker when closed, which is new.</p></div></body></html>",
    );
    expect(item.authors).toEqual([{ name: "Sam Rivera" }]);
    expect(item.date_published).toBe("2022-06-01T22:22:31+08:00");
  });
});

describe("a picture's credit line under it", () => {
  it("is its caption, not a paragraph", async () => {
    for (const credit of ["Photo: Jane Doe/Getty Images", "(Photograph by Jane Doe)", "Foto: Hans Müller", "Credit: City of Example"]) {
      const item = await read(
        '<!doctype html><html lang="en"><head><title>City opens a new park</title></head><body><article><h1>City opens a new park</h1>' +
          "<p>The city opened a three-hectare park in the north district on Saturday, after two years of work on the old rail yard.</p>" +
          `<p><img src="https://www.example.com/img/park.jpg" width="800" height="450"></p><p>${credit}</p>` +
          "<p>Residents came with their children from the first hour, and the playground was full by ten in the morning.</p></article></body></html>",
      );
      expect(item._qingyue.sections.flatMap((s) => s.figures ?? []).map((f) => f.caption), credit).toEqual([credit]);
      expect(paragraphs(item), credit).toHaveLength(2);
    }
  });
});

describe("footnotes under a story", () => {
  it("keep their text without the arrows that lead back to where they were cited", async () => {
    const item = await read(
      '<!doctype html><html lang="en"><head><title>Understanding Closures</title></head><body><article><h1>Understanding Closures</h1>' +
        '<p>A closure is a function that remembers the variables from the place where it was defined.<sup id="fnref:1"><a href="#fn:1" class="footnote-ref">1</a></sup></p>' +
        "<p>It sounds abstract, but you use closures every day, in every callback you write, whether you notice or not.</p>" +
        '<div class="footnotes"><ol><li id="fn:1"><p>Well, almost: there is also the matter of this.&nbsp;<a href="#fnref:1" class="footnote-backref">↩</a></p></li>' +
        '<li id="cite_note-2"><span class="mw-cite-backlink"><a href="#cite_ref-2">^</a></span> <span class="reference-text">Smith, John (1901). A History.</span></li></ol></div></article></body></html>',
    );
    expect(paragraphs(item).slice(-2)).toEqual(["1. Well, almost: there is also the matter of this.", "2. Smith, John (1901). A History."]);
  });
});

describe("subheads with a permalink mark", () => {
  it("keep their words without the mark", async () => {
    const item = await read(
      '<!doctype html><html lang="en"><head><title>Understanding Closures</title></head><body><article><h1>Understanding Closures</h1>' +
        "<p>A closure is a function that remembers the variables from the place where it was defined, even after it returns.</p>" +
        '<h2 id="first">A first example<a class="headerlink" href="#first" title="Permanent link">¶</a></h2><p>Here is the smallest closure I can think of, a counter that counts.</p>' +
        '<h2 id="bite">Where closures bite <a class="hash-link" href="#bite">#</a></h2><p>Loops with var are the classic trap: every callback sees the last value.</p></article></body></html>',
    );
    expect(headings(item)).toEqual([undefined, "A first example", "Where closures bite"]);
  });
});

describe("code set in a bare <pre>, its lines between <br>s", () => {
  it("keeps each line, indented, as code", async () => {
    const item = await read(
      '<!doctype html><html lang="en"><head><title>The Quiet Power of Boring Technology</title></head><body><article><h1>The Quiet Power of Boring Technology</h1>' +
        "<p>A tool that has been in production for fifteen years has failed in every way it can fail, and somebody wrote about it.</p>" +
        '<pre class="mt"><span class="mu">SELECT count(*)<br>  FROM orders<br>  WHERE created_at &gt; now() - interval \'1 day\';</span></pre>' +
        "<p>Choose the new thing when it solves a problem you really have. Otherwise, choose boring.</p></article></body></html>",
    );
    expect(paragraphs(item).slice(1, 4)).toEqual(["SELECT count(*)", "\u00A0\u00A0FROM orders", "\u00A0\u00A0WHERE created_at > now() - interval '1 day';"]);
    expect(headings(item)).toEqual([undefined]);
  });
});

describe("a newspaper story's header and tail inside its block", () => {
  const STORY_PARAS =
    "<p>The number of beehives on the rooftops of British cities has tripled in five years, according to beekeeping associations.</p>" +
    "<p>But ecologists say the boom may be doing more harm than good, as honeybees compete with wild bees for flowers.</p>";

  it("reads the writer's line with the title beside the name, and the dates in a <details>, as the header", async () => {
    const item = await read(
      '<!doctype html><html lang="en"><head><title>Bees return to city rooftops</title><meta name="author" content="Ruth Ellis"></head><body><article><h1>Bees return to city rooftops</h1>' +
        '<address><a rel="author" href="/profile/ruth-ellis">Ruth Ellis</a> Environment correspondent</address>' +
        "<details><summary>Fri 20 May 2022 07.00 BST</summary><span>Last modified on Fri 20 May 2022 09.12 BST</span></details>" +
        `${STORY_PARAS}</article></body></html>`,
    );
    expect(paragraphs(item)[0]).toMatch(/^The number of beehives/u);
    expect(paragraphs(item)).toHaveLength(2);
    expect(item.date_published).toBe("2022-05-20T00:00:00+08:00");
  });

  it("ends the story at 'Explore more on these topics'", async () => {
    const item = await read(
      '<!doctype html><html lang="en"><head><title>Bees return to city rooftops</title></head><body><article><h1>Bees return to city rooftops</h1><div class="body">' +
        `${STORY_PARAS}<div class="submeta"><span>Explore more on these topics</span><ul><li><a href="/bees">Bees</a></li><li><a href="/wildlife">Wildlife</a></li></ul></div></div></article></body></html>`,
    );
    expect(paragraphs(item)).toHaveLength(2);
  });

  it("leaves out a sign-in gate and an appeal for money", async () => {
    const item = await read(
      '<!doctype html><html lang="en"><head><title>Bees return to city rooftops</title></head><body><article><h1>Bees return to city rooftops</h1><div class="body">' +
        `${STORY_PARAS}</div>` +
        '<div id="sign-in-gate"><p>Register: it’s quick and easy. Sign in or register to continue reading the full article, and get all the benefits.</p></div>' +
        '<div class="contributions-epic"><p>… we have a small favour to ask. Millions are turning to us for open, independent, quality news every day, and readers in 180 countries support us.</p></div></article></body></html>',
    );
    expect(paragraphs(item)).toHaveLength(2);
    expect(paragraphs(item).at(-1)).toMatch(/^But ecologists/u);
  });
});

describe("a script link in a sentence", () => {
  it("keeps its words, while a script link that names a control is dropped", async () => {
    const item = await read(
      '<!doctype html><html lang="en"><head><title>City opens a new park</title></head><body><article><h1>City opens a new park</h1>' +
        '<p>The city opened a three-hectare park in the north district on Saturday; <a href="javascript:void(0)" onclick="openMap()">see the map</a> for the entrances.</p>' +
        '<p>Residents came with their children from the first hour, and the playground was full by ten in the morning. <a href="javascript:window.print()">Print</a></p></article></body></html>',
    );
    expect(paragraphs(item)).toEqual([
      "The city opened a three-hectare park in the north district on Saturday; see the map for the entrances.",
      "Residents came with their children from the first hour, and the playground was full by ten in the morning.",
    ]);
  });
});

describe("a list nested in a list's item", () => {
  it("sets its items apart from their parent's with a hollow bullet", async () => {
    const item = await read(
      '<!doctype html><html lang="en"><head><title>The Case for Slow Email</title></head><body><article><h1>The Case for Slow Email</h1>' +
        "<p>For ten years I answered email the moment it arrived. Last spring I stopped, and began answering once a day.</p>" +
        "<ol><li><p>Notifications off, on every device.</p></li><li><p>One slot a day, in the calendar, for reading and answering.</p><ul><li><p>Urgent things come by phone.</p></li><li><p>Everything else can wait a day.</p></li></ul></li><li><p>No email on weekends, ever.</p></li></ol>" +
        "</article></body></html>",
    );
    expect(paragraphs(item).slice(1)).toEqual([
      "1. Notifications off, on every device.",
      "2. One slot a day, in the calendar, for reading and answering.",
      "◦ Urgent things come by phone.",
      "◦ Everything else can wait a day.",
      "3. No email on weekends, ever.",
    ]);
  });
});

describe("a featured image set over the headline", () => {
  it("is the story's first figure when the <article> holding the story holds it too", async () => {
    const item = await read(
      '<!doctype html><html lang="en"><head><title>Why Sourdough Needs Time</title></head><body><div class="promo"><img src="https://kitchen.example.com/ads/flour.jpg" width="300" height="250"></div>' +
        '<article class="post"><div class="post-thumbnail"><img src="https://kitchen.example.com/uploads/loaf.jpg" width="1200" height="800" alt="A sourdough loaf"></div><header class="entry-header"><h1 class="entry-title">Why Sourdough Needs Time</h1></header>' +
        '<div class="entry-content"><p>Every baker who switches from yeast to a sourdough starter learns the same lesson sooner or later: the dough will not be rushed.</p>' +
        "<p>That is not a flaw in the method. The long, slow rise is where the flavour comes from, and what makes the bread keep.</p></div></article></body></html>",
    );
    expect(item._qingyue.sections.flatMap((s) => s.figures ?? [])).toEqual([{ before: 0, url: "https://kitchen.example.com/uploads/loaf.jpg", alt: "A sourdough loaf", width: 1200, height: 800 }]);
  });
});

describe("a figure that prints its credit beside the picture and its caption under it", () => {
  it("keeps both as the picture's caption, none as a paragraph; 'Related Topics' ends the story", async () => {
    const item = await read(
      '<!doctype html><html lang="en-GB"><head><title>Town\'s last bookshop saved</title></head><body><main><article><header><h1>Town\'s last bookshop saved</h1></header>' +
        "<div data-component=\"text-block\"><p>A bookshop that was due to close after 70 years has been saved after customers raised £40,000 in a month.</p></div>" +
        '<div data-component="image-block"><figure><div><span><img alt="Bookshop front" src="https://ichef.example.com/news/976/shop.jpg" width="976" height="549"></span><span role="text"><span class="visually-hidden">Image source, </span>Sarah Lee</span></div>' +
        '<figcaption><span class="visually-hidden">Image caption, </span>The shop has traded on the high street since 1952</figcaption></figure></div>' +
        "<div data-component=\"text-block\"><p>Owner Margaret Hale said she was overwhelmed by the response, which came from as far away as Australia.</p></div>" +
        "<div data-component=\"text-block\"><p>Pages of Hull, the last independent bookshop in the town, announced in December that it could no longer pay its rent.</p></div>" +
        "<div data-component=\"text-block\"><p>\"I thought we were finished,\" she said. \"Now we have a future, and a party to plan.\"</p></div>" +
        '<div data-component="links-block"><h2>Related Topics</h2><ul><li><a href="/topics/1">Hull</a></li><li><a href="/topics/2">Bookshops</a></li></ul></div></article></main></body></html>',
    );
    expect(item._qingyue.sections.flatMap((s) => s.figures ?? [])).toEqual([
      { before: 1, url: "https://ichef.example.com/news/976/shop.jpg", alt: "Bookshop front", caption: "The shop has traded on the high street since 1952 Sarah Lee", width: 976, height: 549 },
    ]);
    expect(paragraphs(item)).toHaveLength(4);
    expect(headings(item)).toEqual([undefined]);
  });
});

describe("a short story in an <article>, each paragraph in a wrapper of its own", () => {
  it("keeps every paragraph, however much one of them outweighs the other", async () => {
    const item = await read(
      '<!doctype html><html lang="en-GB"><head><title>Bookshop saved</title></head><body><main><article><h1>Bookshop saved</h1>' +
        "<div data-component=\"text-block\"><p>A bookshop that was due to close after 70 years, on the town's high street, has been saved: customers raised £40,000, in a month, from as far away as Australia, Canada and Japan.</p></div>" +
        "<div data-component=\"text-block\"><p>It will reopen on Saturday.</p></div></article></main></body></html>",
    );
    expect(paragraphs(item)).toEqual([
      "A bookshop that was due to close after 70 years, on the town's high street, has been saved: customers raised £40,000, in a month, from as far away as Australia, Canada and Japan.",
      "It will reopen on Saturday.",
    ]);
  });
});

describe("a page that says it names no writer", () => {
  it("gives no author for '作者：未知' or 'By Admin'", async () => {
    for (const line of ["作者：未知 来源：示例网", "By Admin"]) {
      const item = await read(
        `<html><head><title>某地举行秋季运动会</title></head><body><article><h1>某地举行秋季运动会</h1><p>${line}</p>` +
          "<p>9月25日，某地第十届秋季运动会在市体育中心开幕，来自全市各单位的一千余名运动员参加了开幕式。</p><p>本届运动会共设田径、游泳、篮球等12个大项，将持续五天，闭幕式定于9月30日晚在体育中心举行。</p></article></body></html>",
      );
      expect(item.authors, line).toBeUndefined();
    }
  });
});

describe("an <article> with a header over its story's block", () => {
  it("reads the story from its block: the dek, the writers and the reading time are not its paragraphs", async () => {
    const item = await read(
      '<!doctype html><html lang="en"><head><title>Notes on Remote Teams</title></head><body><article class="post"><header class="article-header"><h1>Notes on Remote Teams</h1>' +
        '<p class="article-excerpt">What four years of working across six time zones taught us, and what we would do again.</p>' +
        '<div class="article-byline"><h4 class="author-name"><a href="/author/priya/">Priya Nair</a>, <a href="/author/leo/">Leo Brandt</a></h4><time datetime="2023-02-08">Feb 8, 2023</time><span> • 6 min read</span></div></header>' +
        '<section class="gh-content"><p>When we started, the whole company fit around one kitchen table. Four years later we are thirty people in six time zones.</p>' +
        "<p>Here is what we have learned, in the order we learned it, starting with the hardest lesson.</p><h2>Write it down</h2>" +
        "<p>Decisions made in a call are forgotten by the next morning, and decisions written down survive.</p></section></article></body></html>",
    );
    expect(paragraphs(item)[0]).toMatch(/^When we started/u);
    expect(headings(item)).toEqual([undefined, "Write it down"]);
    expect(item.authors).toEqual([{ name: "Priya Nair" }, { name: "Leo Brandt" }]);
  });
});
