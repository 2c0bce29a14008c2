// Lines that blogs and newspapers abroad print around their stories, in English, French,
// Spanish, German and their neighbours: pointers to other stories, ad labels, share labels,
// the headings of what follows a story, reading times, and a date printed before the byline.
import { charLength } from "../parse/lines";
import { findDate, findLatinDate, type PageDate } from "../parse/dates";

/** "Lire aussi : …", "Read more: …", "Lesen Sie auch": a pointer to another story set between the paragraphs. */
const READ_ALSO =
  /^(?:(?:à\s+)?lire\s+aussi|voir\s+aussi|read\s+(?:more|also|next)|also\s+read|related(?:\s+(?:article|story|content|link|reading|video)s?)?|see\s+also|more\s+on\s+this|lesen\s+sie\s+(?:auch|mehr)|mehr\s+zum\s+thema|auch\s+interessant|le[ea]\s+(?:también|más)|leggi\s+anche)\b\s*(?:[:：»›>|–—-]|$)/iu;
/** The same pointer in Cyrillic, Greek, Arabic, Hebrew and Japanese ("Читайте также:", "اقرأ أيضا"), whose words \b does not bound. */
const READ_ALSO_OTHER = /^(?:читайте\s+(?:также|еще|ещё)|смотрите\s+также|по\s+теме|διαβάστε\s+(?:επίσης|ακόμη|ακόμα)|إ?اقرأ\s+أيضا[ًً]?|اقرأ\s+المزيد|קראו\s+גם|קרא\s+גם|関連記事|あわせて読みたい|こちらもおすすめ)(?=$|[\s:：»›>|–—-])\s*(?:[:：»›>|–—-]|$)/iu;

/** "Read also:" alone on its line: the pointers to other stories are the linked lines under it. */
export function isReadAlsoLabel(text: string): boolean {
  return charLength(text) <= 30 && (READ_ALSO.test(text) || READ_ALSO_OTHER.test(text)) && !/[:：»›>|–—]\s*\S/u.test(text);
}

/** Headings of what follows a story on blogs and newspapers abroad: other stories, comments, a reply box. */
const STORY_END = new RegExp(
  "^(?:related(?:\\s+(?:posts?|articles?|stories|content|reading|links|topics|coverage))?|you\\s+(?:may|might)\\s+also\\s+(?:like|enjoy)|(?:more|other|latest|top|recent)\\s+(?:news|stories|articles|posts|headlines)(?:\\s+(?:from|like\\s+this|in)\\b.{0,40})?|read\\s+next|" +
    "recommended(?:\\s+(?:for\\s+you|reading|stories))?|most\\s+(?:read|viewed|shared|popular)|popular\\s+(?:posts|stories|articles)|(?:leave|post|add)\\s+a\\s+(?:reply|comment)|" +
    "\\d+\\s+(?:comments?|responses?|replies|thoughts\\s+on\\b.*)|explore\\s+more\\s+on\\s+these\\s+topics|more\\s+on\\s+this\\s+(?:story|topic)|(?:comments?|responses?|commentaires?|kommentare?|comentarios?)(?:\\s*\\(\\d+(?:\\s+posted)?\\))?|join\\s+the\\s+(?:discussion|conversation)|" +
    "articles?\\s+(?:similaires|liés|connexes)|sur\\s+le\\s+même\\s+sujet|(?:noticias|artículos)\\s+relacionad[oa]s|te\\s+puede\\s+interesar|das\\s+könnte\\s+sie\\s+auch\\s+interessieren|weitere\\s+artikel)\\s*[:：]?$",
  "iu",
);
/** "Share this:", "Partager sur :": the label of a share bar; "View this post on Instagram": an embedded post's placeholder. */
const SHARE_LABEL = /^(?:share\s+(?:this|on|via)\b.{0,30}|share|partager(?:\s+sur)?|compartir(?:\s+en)?|teilen|view\s+this\s+(?:post|profile|video)\s+on\s+(?:instagram|tiktok|facebook))\s*[:：]?$/iu;
/** What a page prints over an advertisement's slot. */
const AD_LABEL =
  /^(?:(?:advertisements?|advertising|sponsored|anzeige|werbung|publicité|publicidad|pubblicità)(?:\s*[-–—:]?\s*(?:scroll\s+to\s+continue|continue\s+reading\s+below))?|scroll\s+to\s+continue(?:\s+with\s+content)?|continue\s+reading(?:\s+(?:the\s+main\s+story|below))?|(?:article|story)\s+continues\s+(?:below|after)(?:\s+(?:this\s+)?(?:ad|advertisement))?)[\s→»›>…:.]*$/iu;

/**
 * "Posted in Bread | Tagged sourdough", "This entry was posted in …": a blog post's filing, under its
 * text; "A version of this article appears in print on …", "Order Reprints | Today's Paper": a
 * newspaper's note on its print edition.
 */
const FILED = /^(?:this\s+entry\s+was\s+posted\s+in|a\s+version\s+of\s+this\s+article\s+appear(?:s|ed)\s+in\s+print|order\s+reprints\b|posted\s+in|filed\s+(?:in|under)|categor(?:y|ies)\s*:|tags?\s*:|tagged\s+(?:with\s+)?\S|classé\s+dans|publicado\s+en|veröffentlicht\s+in)/iu;

/**
 * "Follow us on Twitter and Facebook…", "Enjoying this article? Subscribe…", "Sign up for our
 * newsletter": the site asking the reader for something, set among the paragraphs.
 */
const ASK =
  /^(?:follow\s+us\s+on\b|(?:sign\s+up|subscribe)\s+(?:for|to)\s+(?:our|the)\b.{0,40}\b(?:newsletters?|emails?|briefings?)\b|(?:sign\s+up|subscribe)\s+(?:now|today)\b|(?:enjoying|enjoyed|like|liked)\s+this\s+(?:article|story|post|piece)\?|get\s+(?:the\s+best|our\s+top)\b.{0,60}\binbox\b|(?:support|become\s+a\s+member\s+of)\s+(?:our|independent)\s+journalism\b)/iu;

/** "Back to the index", "← Previous", "Privacy policy": a link about the site, alone on its line. */
const SITE_LINK =
  /^[\s←«‹<^↑]*(?:(?:go\s+)?back\s+to\s+(?:the\s+)?(?:index|home(?:\s*page)?|top|contents|main\s+page|list|articles|blog|overview)|return\s+to\s+(?:the\s+)?(?:index|home(?:\s*page)?|top|contents|main\s+page|list)|back|home(?:\s*page)?|top|next(?:\s+(?:page|post|article))?|prev(?:ious)?(?:\s+(?:page|post|article))?|older\s+posts?|newer\s+posts?|privacy(?:\s+policy)?|cookie\s+(?:policy|settings)|terms\s+(?:of\s+(?:use|service)|and\s+conditions)|imprint|impressum|contact(?:\s+us)?|about\s+us)[\s.→»›>↑]*$/iu;

/** "We use cookies to give you the best experience… By continuing to browse, you agree…": a cookie notice. */
const COOKIE_NOTICE = /^(?:we|this\s+(?:site|website))\s+uses?\s+cookies\b|\bcookies\b.{0,120}\b(?:you\s+(?:agree|accept|consent)|continuing\s+to\s+(?:browse|use))\b/iu;

/** A line set between a story's paragraphs that is none of its text: a pointer, a filing, a share label, an ad's label. */
export function isAsideLine(text: string): boolean {
  return SHARE_LABEL.test(text) || AD_LABEL.test(text) || SITE_LINK.test(text) || isUpdatedLine(text) || (charLength(text) <= 200 && (READ_ALSO.test(text) || READ_ALSO_OTHER.test(text) || FILED.test(text) || ASK.test(text))) || (charLength(text) <= 300 && COOKIE_NOTICE.test(text));
}

/** The same headings in Russian, Greek, Hebrew, Arabic, Japanese and Korean. */
const STORY_END_OTHER =
  /^(?:похожие\s+(?:статьи|новости|материалы)|другие\s+(?:статьи|новости)|(?:последние|главные)\s+новости|комментарии(?:\s*\(\d+\))?|σχετικά\s+(?:άρθρα|θέματα)|σχόλια|כתבות\s+(?:נוספות|קשורות)|תגובות|مقالات\s+ذات\s+صلة|أخبار\s+ذات\s+صلة|مواضيع\s+ذات\s+صلة|التعليقات|تعليقات|関連記事|関連ニュース|おすすめ記事|人気記事|コメント|관련\s*기사|많이\s*본\s*기사|댓글)\s*[:：]?$/iu;

/** A heading under which a story is over: other stories, comments, a reply box. */
export function endsStory(text: string): boolean {
  return charLength(text) <= 60 && (STORY_END.test(text) || STORY_END_OTHER.test(text));
}

const DATE_THEN_BYLINE = /^(.{4,40}?)\s*(?=(?:By|BY|by|Par|PAR|par|Por|POR|por|Von|von)\s+\p{Lu})/u;
const POSTED_WORDS = /\b(?:posted|published|updated|written|on|publié|le|publicado|el)\b|[\s·|•–—,]/giu;
/** "Last modified on Fri 20 May 2022", "Mis à jour le …": when the story was changed, a line of its header. */
const UPDATED = /^(?:last\s+(?:modified|updated)|updated|modified|mis\s+à\s+jour|actualizado|aktualisiert)\b/iu;

/** A header line saying when the story was changed: not the day it was published, and not its text. */
export function isUpdatedLine(text: string): boolean {
  return charLength(text) <= 80 && UPDATED.test(text) && (findDate(text) ?? findLatinDate(text)) !== undefined;
}

/** "7 min read", "5 min de lecture", "3 分钟阅读": the reading time printed over a story. */
export const READING_TIME = /^[\s·•|]*\d{1,3}\s*(?:min(?:ute)?s?\.?\s+(?:read|de lecture|de lectura|Lesezeit)|分钟(?:阅读|读完)?)[\s·•|]*/iu;

/**
 * "July 11, 2018 · by Chris Lee", "Posted on March 14, 2021 by Emma Clarke": the date, and
 * the byline after it, when nothing but a date and a few words of posting stand before it.
 */
export function dateBeforeByline(line: string): { date: PageDate; byline: string } | undefined {
  const first = DATE_THEN_BYLINE.exec(line);
  const before = first?.[1] ?? "";
  const leading = first ? (findDate(before) ?? findLatinDate(before)) : undefined;
  if (!first || !leading || before.replace(leading.match, "").replace(POSTED_WORDS, "") !== "") return undefined;
  return { date: leading.date, byline: line.slice(first[0].length) };
}

/** "Photo: Jane Doe/Getty Images", "(Photograph by …)", "Foto: …", "Crédit : …": a picture's credit line under it. */
export const PICTURE_CREDIT = /^[(（]?\s*(?:photo(?:graph)?s?|image|picture|illustration|credit|crédits?|foto|fotos|bild|imagen)\s*(?:by\b|:|：|\/|©)/iu;

/** "BBC Scotland environment correspondent", "Technology reporter": the writer's post, printed under their byline. */
const WRITER_ROLE = /^(?:[\p{L}&'’.-]+\s+){0,5}(?:correspondent|reporter|editor|writer|columnist|contributor|analyst|critic|journalist)$/iu;

export const isWriterRole = (text: string) => charLength(text) <= 60 && WRITER_ROLE.test(text);
