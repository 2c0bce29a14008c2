// Weibo's inline markup, as a list of tokens: shared by the ingest (topics, links) and the
// app's renderer. Only the shapes Weibo itself produces are recognised; anything else is text.

export type WeiboToken =
  | { type: "text"; text: string }
  | { type: "topic"; name: string }
  | { type: "supertopic"; name: string }
  | { type: "emoticon"; code: string }
  | { type: "headline"; text: string }
  | { type: "mention"; name: string }
  | { type: "url"; href: string };

// #话题# : no whitespace or another # inside, at most 40 characters.
const TOPIC = /#([^#\s]{1,40}?)(\[超话\])?#/y;
// [表情]: 1–6 letters (Han or Latin), as Weibo's codes are: [心], [笑cry], [哆啦A梦微笑].
// Footnote marks such as [1] are not emoticons. A lookalike such as [PDF版] does come out as
// an emoticon token; the renderer shows codes it does not know as typed, so nothing is lost.
const EMOTICON = /\[\p{L}{1,6}\]/uy;
// 【标题】: a bracketed title of up to 60 characters on one line.
const HEADLINE = /【(?![\d\s]+】)([^【】\n]{1,60})】/y;
// @name: Weibo nicknames are 2–30 letters, digits, _ or -; not part of an e-mail address.
const MENTION = /@([\p{L}\p{N}_-]{2,30})/uy;
// http(s) URLs end at whitespace, CJK characters or full-width punctuation.
const URL_RE = /https?:\/\/[A-Za-z0-9\-._~:/?#[\]@!$&'*+,;=%]+/y;
const SCHEME = /https?:\/\//y;

/** Sentence punctuation right after a URL belongs to the sentence. */
const TRAILING_PUNCT = new Set([".", ",", ";", ":", "!", "?", "'", "]", ")"]);

function trimUrl(href: string): string {
  // Peeled off from the end: a `[…]+$` pattern tries each mark of a long run inside the URL in turn.
  let end = href.length;
  while (end > 0 && TRAILING_PUNCT.has(href[end - 1] as string)) end -= 1;
  return href.slice(0, end);
}

export function tokenizeWeibo(text: string): WeiboToken[] {
  const tokens: WeiboToken[] = [];
  let plain = "";
  const flush = () => {
    if (plain) tokens.push({ type: "text", text: plain });
    plain = "";
  };
  const at = (re: RegExp, i: number) => {
    re.lastIndex = i;
    return re.exec(text);
  };
  // Where the last run of URL characters ends: a candidate that is no URL ("http://http://…")
  // is tried again from each "http" inside it, and each of those runs to the same end, so the
  // end is found once, not once per "http" (which made such a run quadratic).
  let runEnd = -1;
  const urlAt = (i: number): string | undefined => {
    if (i < runEnd) return at(SCHEME, i) ? text.slice(i, runEnd) : undefined;
    const m = at(URL_RE, i);
    if (m) runEnd = i + m[0].length;
    return m?.[0];
  };
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    let m: RegExpExecArray | null = null;
    if (ch === "#" && (m = at(TOPIC, i))) {
      flush();
      tokens.push(m[2] ? { type: "supertopic", name: m[1]! } : { type: "topic", name: m[1]! });
    } else if (ch === "[" && (m = at(EMOTICON, i))) {
      flush();
      tokens.push({ type: "emoticon", code: m[0] });
    } else if (ch === "【" && (m = at(HEADLINE, i))) {
      flush();
      tokens.push({ type: "headline", text: m[1]! });
    } else if (ch === "@" && !/[A-Za-z0-9._%+-]/.test(text[i - 1] ?? "") && (m = at(MENTION, i))) {
      flush();
      tokens.push({ type: "mention", name: m[1]! });
    } else if (ch === "h") {
      const candidate = urlAt(i);
      const href = candidate === undefined ? undefined : trimUrl(candidate);
      if (href !== undefined && /^https?:\/\/[^/\s]+\.[^/\s]+/.test(href)) {
        flush();
        tokens.push({ type: "url", href });
        i += href.length;
        continue;
      }
    }
    if (m) {
      i += m[0].length;
    } else {
      plain += ch;
      i += 1;
    }
  }
  flush();
  return tokens;
}

/** The distinct topic names in a text, in order of first appearance (super-topics by name). */
export function extractTopics(text: string): string[] {
  const names = tokenizeWeibo(text).flatMap((t) => (t.type === "topic" || t.type === "supertopic" ? [t.name] : []));
  return [...new Set(names)];
}
