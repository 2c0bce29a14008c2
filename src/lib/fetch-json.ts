// fetch → status → JSON. Every failure becomes a FetchError with a message a reader can act on.
import { JSON_ACCEPT, takeEarly } from "./early-fetch";
export type FetchErrorKind = "network" | "http" | "json";

export class FetchError extends Error {
  override name = "FetchError";
  constructor(
    readonly kind: FetchErrorKind,
    readonly url: string,
    message: string,
    readonly status?: number,
  ) {
    super(message);
  }
}

export async function fetchJson(url: string, signal?: AbortSignal): Promise<unknown> {
  let response: Response;
  try {
    response = await (takeEarly(url) ?? fetch(url, { signal, headers: { accept: JSON_ACCEPT } }));
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new FetchError("network", url, `网络错误：无法获取 ${url}`);
  }
  if (!response.ok) {
    throw new FetchError("http", url, `服务器返回 ${response.status}：${url}`, response.status);
  }
  const text = await response.text();
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new FetchError("json", url, `不是有效的 JSON：${url}`);
  }
}
