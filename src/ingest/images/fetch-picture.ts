// One picture from the web, the way its host lets a page have it: Weibo's picture hosts answer
// only requests that come from weibo.com, so the request names it as the Referer. What comes
// back is checked: an image type in the header and in the bytes (read by image-size), and a
// size within bounds. Failures come back as a reason a reader understands, in Chinese.
import { request as httpRequest, type RequestOptions } from "node:http";
import { request as httpsRequest } from "node:https";
import type { LookupFunction } from "node:net";
import { imageSize } from "image-size";
import { networkWords } from "../fetch-page";
import { isNotPublic, NOT_PUBLIC, publicLookup, refusedAsNotPublic } from "./public-hosts";

export interface Picture {
  bytes: Buffer;
  /** e.g. "jpg", "png", "gif", "webp". */
  type: string;
  width: number;
  height: number;
}

export interface FetchOptions {
  /** Name resolution, for tests that serve a host from 127.0.0.1 (else only public addresses are reached). */
  lookup?: LookupFunction;
  timeoutMs?: number;
  maxBytes?: number;
}

/** Hosts that refuse pictures to pages of other sites, and the page they expect. */
const REFERERS: [RegExp, string][] = [
  [/(?:^|\.)sinaimg\.cn$/i, "https://weibo.com/"],
  [/(?:^|\.)weibocdn\.com$/i, "https://weibo.com/"],
  [/(?:^|\.)sinajs\.cn$/i, "https://weibo.com/"],
];

export function refererFor(url: URL): string | undefined {
  return REFERERS.find(([host]) => host.test(url.hostname))?.[1];
}

const TYPES = new Set(["jpg", "png", "gif", "webp", "avif", "bmp", "svg"]);
const MAX_BYTES = 20 * 1024 * 1024;
/** What makes an SVG more than a picture: scripts, event handlers, script links, embedded documents. */
const SVG_ACTIVE = /<script|\bon[a-z]+\s*=|javascript:|<foreignObject|<iframe|<embed|<object/iu;

export async function fetchPicture(address: string, options: FetchOptions = {}, redirects = 3): Promise<Picture | { reason: string }> {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return { reason: "图片地址无效" };
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return { reason: "图片地址不是 http(s)" };
  if (options.lookup === undefined && isNotPublic(url.hostname)) return { reason: NOT_PUBLIC };
  const referer = refererFor(url);
  const request = url.protocol === "https:" ? httpsRequest : httpRequest;
  const max = options.maxBytes ?? MAX_BYTES;
  const timeoutMs = options.timeoutMs ?? 15_000;
  const got = await new Promise<{ status: number; type: string; location?: string; bytes?: Buffer } | { reason: string }>((answer) => {
    // The socket's own timeout is for silence; a host that drips a byte a second is stopped by this one, for the whole download.
    const deadline = setTimeout(() => req.destroy(new Error("timeout")), timeoutMs);
    const resolve = (value: Parameters<typeof answer>[0]) => {
      clearTimeout(deadline);
      answer(value);
    };
    const req = request(url, {
      method: "GET",
      headers: { "User-Agent": "Mozilla/5.0 (qingyue ingest)", Accept: "image/*", ...(referer ? { Referer: referer } : {}) },
      timeout: timeoutMs,
      lookup: options.lookup ?? publicLookup,
    } satisfies RequestOptions);
    req.on("timeout", () => req.destroy(new Error("timeout")));
    req.on("error", (error) => {
      if (refusedAsNotPublic(error)) return resolve({ reason: NOT_PUBLIC });
      const code = (error as { code?: string }).code;
      const words = code === undefined ? undefined : (networkWords(code) ?? `网络出错（${code}）`);
      resolve({ reason: error.message === "timeout" ? "下载超时" : `连不上图片服务器${words ? `：${words}` : ""}` });
    });
    req.on("response", (res) => {
      const status = res.statusCode ?? 0;
      const type = String(res.headers["content-type"] ?? "");
      if (status >= 300 && status < 400 && res.headers.location) {
        res.resume();
        resolve({ status, type, location: res.headers.location });
        return;
      }
      if (status !== 200) {
        res.resume();
        resolve({ status, type });
        return;
      }
      const declared = Number(res.headers["content-length"]);
      if (Number.isFinite(declared) && declared > max) {
        res.destroy();
        resolve({ reason: `图片太大（${(declared / 1024 / 1024).toFixed(1)} MiB，上限 ${max / 1024 / 1024} MiB）` });
        return;
      }
      const chunks: Buffer[] = [];
      let size = 0;
      res.on("data", (chunk: Buffer) => {
        size += chunk.length;
        if (size > max) {
          res.destroy();
          resolve({ reason: `图片太大（超过 ${max / 1024 / 1024} MiB）` });
          return;
        }
        chunks.push(chunk);
      });
      res.on("end", () => resolve({ status, type, bytes: Buffer.concat(chunks) }));
      res.on("error", (error) => resolve({ reason: error.message === "timeout" ? "下载超时" : "下载中断" }));
    });
    req.end();
  });
  if ("reason" in got) return got;
  if (got.location !== undefined) {
    if (redirects === 0) return { reason: "重定向太多次" };
    return fetchPicture(new URL(got.location, url).href, options, redirects - 1);
  }
  if (got.status === 403) return { reason: `图片服务器拒绝访问（HTTP 403${referer ? "，已带上 Referer" : ""}）` };
  if (got.status === 404 || got.status === 410) return { reason: `图片不存在了（HTTP ${got.status}）` };
  if (got.status !== 200 || got.bytes === undefined) return { reason: `图片服务器出错（HTTP ${got.status}）` };
  if (!/^image\//i.test(got.type)) return { reason: `下载到的不是图片（${got.type.split(";")[0] || "没有类型"}）` };
  if (got.bytes.length === 0) return { reason: "下载到的图片是空的" };
  let size: ReturnType<typeof imageSize>;
  try {
    size = imageSize(got.bytes);
  } catch {
    return { reason: "下载到的内容不是能识别的图片" };
  }
  if (size.type === undefined || !TYPES.has(size.type) || !size.width || !size.height) return { reason: "下载到的内容不是能识别的图片" };
  // Served from the site's own address, an SVG opened on its own runs its scripts there.
  if (size.type === "svg" && SVG_ACTIVE.test(got.bytes.toString("utf8"))) return { reason: "SVG 图片里带有脚本或链接，不保存到本站" };
  return { bytes: got.bytes, type: size.type, width: size.width, height: size.height };
}
