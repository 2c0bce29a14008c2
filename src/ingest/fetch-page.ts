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
        const next = new URL(location, url);
        if (next.protocol !== "http:" && next.protocol !== "https:") return { ok: false, reason: `重定向到了不支持的地址：${next.protocol}` };
        url = next.href;
        continue;
      }
      if (!response.ok) {
        await response.body?.cancel();
        return { ok: false, reason: `服务器回应 HTTP ${response.status}` };
      }
      const declared = Number(response.headers.get("content-length") ?? "NaN");
      if (declared > limits.maxBytes) {
        await response.body?.cancel();
        return { ok: false, reason: tooBig };
      }
      const bytes = response.body ? await readCapped(response.body, limits.maxBytes) : new Uint8Array();
      if (bytes === undefined) return { ok: false, reason: tooBig };
      const contentType = response.headers.get("content-type") ?? undefined;
      return { ok: true, bytes, url, ...(contentType !== undefined ? { contentType } : {}) };
    }
  } catch (error) {
    if (signal.aborted) return { ok: false, reason: `网址超时：${(limits.timeoutMs / 1000).toFixed(0)} 秒内没有读完` };
    const cause = (error as { cause?: { code?: string } }).cause?.code;
    return { ok: false, reason: `无法读取网址${cause ? `（${cause}）` : ""}` };
  }
}
