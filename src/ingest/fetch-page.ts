// One page fetched from an http(s) address: a plain User-Agent, a time limit for the whole
// fetch, a cap on its size (read as it streams, never buffered past the cap) and a limit on
// redirects. The bytes come back with the Content-Type header, for the charset.

export interface FetchLimits {
  timeoutMs: number;
  maxBytes: number;
  maxRedirects: number;
}

export const DEFAULT_LIMITS: FetchLimits = { timeoutMs: 20_000, maxBytes: 16 * 1024 * 1024, maxRedirects: 5 };
export const USER_AGENT = "Qingyue-ingest/0.1";

export type Fetched = { ok: true; bytes: Uint8Array; contentType?: string; url: string } | { ok: false; reason: string };

const MiB = 1024 * 1024;

/** Media types that are never a page or a feed: refused by their header, before a byte is read. */
const NOT_A_PAGE = /^(?:image|audio|video|font|model)\/|^application\/(?:pdf|zip|x-zip-compressed|gzip|x-gzip|x-tar|x-bzip2|x-7z-compressed|x-rar-compressed|vnd\.rar|msword|vnd\.ms-|vnd\.openxmlformats)/u;

/** What went wrong on the network, in words; the system's code is only named when it has none here. */
const NETWORK_WORDS: [RegExp, string][] = [
  [/^ECONNREFUSED$/u, "连接被拒绝：那台服务器没有在这个端口上服务"],
  [/^(?:ENOTFOUND|EAI_AGAIN|EAI_NONAME)$/u, "找不到这个域名"],
  [/^(?:ECONNRESET|EPIPE|UND_ERR_SOCKET|UND_ERR_CLOSED)$/u, "连接中途断了，网页没有传完"],
  [/^Z_/u, "网页的压缩数据损坏，解不开"],
  [/^(?:ERR_SSL|ERR_TLS|CERT_|UNABLE_TO_|DEPTH_ZERO|SELF_SIGNED)/u, "安全连接（HTTPS）建立不起来"],
  [/^(?:ETIMEDOUT|UND_ERR_CONNECT_TIMEOUT|UND_ERR_HEADERS_TIMEOUT|UND_ERR_BODY_TIMEOUT)$/u, "连接超时"],
  [/^(?:EHOSTUNREACH|ENETUNREACH|ENETDOWN)$/u, "网络不通，到不了那台服务器"],
  [/^UND_ERR_RES_CONTENT_LENGTH_MISMATCH$/u, "服务器说的长度和传来的不一样，网页可能不完整"],
];

const NOT_HTTP = "那台服务器的回应不是 HTTP 回应";

/** A system's network error code in words, or undefined when there are none for it here. */
export function networkWords(code: string): string | undefined {
  // Node's own HTTP parser, on an answer that is not HTTP (an SSH or mail server on that port).
  if (code.startsWith("HPE_")) return NOT_HTTP;
  return NETWORK_WORDS.find(([pattern]) => pattern.test(code))?.[1];
}

function networkReason(error: unknown): string {
  // fetch wraps the system's error as its cause; a refused connection to every address of a host is an AggregateError of them.
  const cause = (error as { cause?: { code?: string; errors?: { code?: string }[]; message?: string; name?: string } }).cause;
  // Mail, SSH and the like: the ports the fetch standard blocks.
  if (cause?.message === "bad port") return "无法读取网址：这个端口不是给网页用的（浏览器也不去读）";
  // An SSH or mail server on another port, or a server that breaks HTTP's own format.
  if (cause?.name === "HTTPParserError") return `无法读取网址：${NOT_HTTP}`;
  const code = cause?.code ?? cause?.errors?.[0]?.code;
  if (code === undefined) return "无法读取网址";
  const words = networkWords(code);
  return `无法读取网址：${words ?? `网络出错（${code}）`}`;
}

async function readCapped(body: ReadableStream<Uint8Array>, max: number): Promise<Uint8Array | undefined> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > max) {
      await reader.cancel();
      return undefined;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

export async function fetchPage(address: string, limits: FetchLimits = DEFAULT_LIMITS): Promise<Fetched> {
  const signal = AbortSignal.timeout(limits.timeoutMs);
  const cap = limits.maxBytes >= MiB ? `${(limits.maxBytes / MiB).toFixed(0)} MiB` : `${(limits.maxBytes / 1024).toFixed(0)} KiB`;
  const tooBig = `网页太大：超过 ${cap}`;
  let url = address;
  try {
    for (let redirects = 0; ; redirects += 1) {
      const response = await fetch(url, {
        redirect: "manual",
        signal,
        headers: { "user-agent": USER_AGENT, accept: "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.5" },
      });
      const location = response.headers.get("location");
      if (response.status >= 300 && response.status < 400 && location !== null) {
        await response.body?.cancel();
        if (redirects >= limits.maxRedirects) return { ok: false, reason: `重定向太多：超过 ${limits.maxRedirects} 次` };
        const next = URL.parse(location, url);
        if (next === null) return { ok: false, reason: "重定向到的地址无效" };
        if (next.protocol !== "http:" && next.protocol !== "https:") return { ok: false, reason: `重定向到了不支持的地址：${next.protocol}` };
        url = next.href;
        continue;
      }
      if (!response.ok) {
        await response.body?.cancel();
        return { ok: false, reason: `服务器回应 HTTP ${response.status}` };
      }
      const contentType = response.headers.get("content-type") ?? undefined;
      const media = contentType?.split(";")[0]?.trim().toLowerCase();
      if (media !== undefined && NOT_A_PAGE.test(media)) {
        await response.body?.cancel();
        return { ok: false, reason: `网址给的是 ${media} 文件，不是网页或订阅源` };
      }
      const declared = Number(response.headers.get("content-length") ?? "NaN");
      if (declared > limits.maxBytes) {
        await response.body?.cancel();
        return { ok: false, reason: tooBig };
      }
      const bytes = response.body ? await readCapped(response.body, limits.maxBytes) : new Uint8Array();
      if (bytes === undefined) return { ok: false, reason: tooBig };
      return { ok: true, bytes, url, ...(contentType !== undefined ? { contentType } : {}) };
    }
  } catch (error) {
    if (signal.aborted) return { ok: false, reason: `网址超时：${(limits.timeoutMs / 1000).toFixed(0)} 秒内没有读完` };
    return { ok: false, reason: networkReason(error) };
  }
}
