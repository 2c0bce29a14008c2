// A saved m.weibo.cn post page (m.weibo.cn/detail/<id>, /status/<id>) has no text in its HTML:
// the page script builds it from the status it carries as `var $render_data = [{"status": …}][0] || {};`.
// That status is the post, read as the API's statuses/show is; crawlers cut it out the same way.

/**
 * Where the data starts, and what ends it: the first `][0] || {}` after its start. Found in
 * two steps: a pattern tried at each of 100,000 starts with no end after them read a page for
 * seconds, where no end after the first start means none after any other.
 */
const RENDER_DATA_START = /\bvar\s+\$render_data\s*=\s*\[/u;
const RENDER_DATA_END = /\]\s*\[0\]\s*\|\|\s*\{\s*\}/gu;

/** Raw control characters inside strings (which the page's script tolerates and JSON does not) escaped. */
function escapeControls(json: string): string {
  let out = "";
  let inString = false;
  let escaped = false;
  for (const ch of json) {
    if (inString && !escaped && ch < " ") {
      out += `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`;
      continue;
    }
    if (inString && ch === "\\" && !escaped) escaped = true;
    else {
      if (ch === '"' && !escaped) inString = !inString;
      escaped = false;
    }
    out += ch;
  }
  return out;
}

function parsed(json: string): unknown {
  for (const text of [json, escapeControls(json)]) {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      // Tried again with its control characters escaped, then given up on.
    }
  }
  return undefined;
}

/** The data a saved m.weibo.cn post page carries (`[{"status": …}]`), or undefined when it carries none. */
export function renderData(html: string): unknown {
  const start = RENDER_DATA_START.exec(html);
  if (start === null) return undefined;
  const open = start.index + start[0].length - 1;
  RENDER_DATA_END.lastIndex = open + 1;
  const end = RENDER_DATA_END.exec(html);
  return end === null ? undefined : parsed(html.slice(open, end.index + 1));
}
