import { http, HttpResponse } from "msw";
import { server } from "../../tests/utils/server";
import { fetchEarly } from "./early-fetch";
import { fetchJson, FetchError } from "./fetch-json";

const url = "http://localhost/feed/feed.json";

describe("a request started early", () => {
  it("is the response the first fetchJson for its URL gets, and later ones ask again", async () => {
    let requests = 0;
    server.use(http.get(url, () => HttpResponse.json({ n: ++requests })));
    fetchEarly(url);
    fetchEarly(url);
    expect(await fetchJson(url)).toEqual({ n: 1 });
    expect(await fetchJson(url)).toEqual({ n: 2 });
    expect(requests).toBe(2);
  });

  it("fails as any fetch does, with an error the reader can act on", async () => {
    server.use(http.get(url, () => HttpResponse.error()));
    fetchEarly(url);
    await expect(fetchJson(url)).rejects.toBeInstanceOf(FetchError);
    server.use(http.get(url, () => new HttpResponse(null, { status: 503 })));
    fetchEarly(url);
    await expect(fetchJson(url)).rejects.toMatchObject({ kind: "http", status: 503 });
  });
});
