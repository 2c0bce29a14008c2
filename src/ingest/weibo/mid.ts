// Weibo names a post two ways: the numeric mid (4387933362623405) and the base-62 bid in its
// URLs (HATy0b0sZ). Ids are made from the mid, so the same post read from an API response and
// from a link to it gets the same id. The bid is the mid in groups of 7 decimal digits, each
// written in 4 base-62 characters.
const ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";

export function midFromBid(bid: string): string | undefined {
  if (!/^[0-9A-Za-z]{1,16}$/.test(bid)) return undefined;
  const groups: string[] = [];
  for (let end = bid.length; end > 0; end -= 4) groups.unshift(bid.slice(Math.max(0, end - 4), end));
  let mid = "";
  groups.forEach((group, i) => {
    let n = 0;
    for (const ch of group) n = n * 62 + ALPHABET.indexOf(ch);
    const digits = String(n);
    if (i > 0 && digits.length > 7) mid = "x";
    mid += i === 0 ? digits : digits.padStart(7, "0");
  });
  return /^[1-9]\d{0,19}$/.test(mid) ? mid : undefined;
}

/** A post's numeric id from a Weibo URL (…/status/<mid or bid>, weibo.com/<uid>/<bid>). */
export function midFromUrl(url: string): { mid?: string; uid?: string } {
  const status = /^https?:\/\/(?:m\.)?weibo\.(?:cn|com)\/(?:status|detail)\/([0-9A-Za-z]+)/i.exec(url);
  if (status) return pick(status[1]!);
  const desktop = /^https?:\/\/(?:www\.)?weibo\.com\/(\d+)\/([0-9A-Za-z]+)(?:[?#]|$)/i.exec(url);
  if (desktop) return { ...pick(desktop[2]!), uid: desktop[1]! };
  return {};
}

function pick(key: string): { mid?: string } {
  const mid = /^\d{10,20}$/.test(key) ? key : midFromBid(key);
  return mid !== undefined ? { mid } : {};
}
