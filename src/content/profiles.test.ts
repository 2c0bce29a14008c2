import { describe, expect, it } from "vitest";
import * as v from "valibot";
import { ItemSchema, type Item } from "./feed-schema";
import { AuthorList, authorId, authorsOf, initialOf } from "./profiles";
import { AuthorProfileSchema } from "./feed-schema";

const item = (raw: unknown): Item => v.parse(ItemSchema, raw);
const post = (id: string, extra: Record<string, unknown>) =>
  item({ id, content_text: "正文", _qingyue: { kind: "post", paragraphs: ["正文"] }, ...extra });

describe("authorId", () => {
  it("keys an author by their platform id, else by name", () => {
    expect(authorId({ name: "人民日报", _qingyue: { id: "2803301701" } })).toBe("au-2803301701");
    expect(authorId({ name: "改了名", _qingyue: { id: "2803301701" } })).toBe("au-2803301701");
    const byName = authorId({ name: "  小 明 " });
    expect(byName).toMatch(/^au-[0-9a-z]{13}$/);
    expect(authorId({ name: "小 明" })).toBe(byName);
    expect(authorId({ name: "x", _qingyue: { id: "has space/slash" } })).toMatch(/^au-[0-9a-z]{13}$/);
  });
});

describe("authorsOf", () => {
  it("lists each author once with their items, merging what each mention gives", () => {
    const items = [
      post("p1", { authors: [{ name: "人民日报", _qingyue: { id: "1" } }] }),
      post("p2", {
        authors: [{ name: "人民日报", avatar: "https://img.example/a.jpg", _qingyue: { id: "1", verified: "人民日报法人微博", followers: "1.5亿" } }],
      }),
      post("p3", {
        authors: [{ name: "转发者" }],
        _qingyue: { kind: "post", paragraphs: ["转发"], repost: { authors: [{ name: "人民日报", _qingyue: { id: "1" } }], paragraphs: ["原文"] } },
      }),
    ];
    const authors = authorsOf(items);
    expect(authors.map((a) => [a.name, a.items])).toEqual([
      ["人民日报", ["p1", "p2", "p3"]],
      ["转发者", ["p3"]],
    ]);
    expect(authors[0]).toMatchObject({ avatar: "https://img.example/a.jpg", verified: "人民日报法人微博", followers: "1.5亿" });
    expect(authors[1]?.avatar).toBeUndefined();
  });
});

describe("initialOf", () => {
  it("takes the first character a reader sees", () => {
    expect(initialOf(" 人民日报")).toBe("人");
    expect(initialOf("👨‍👩‍👧家")).toBe("👨‍👩‍👧");
  });
});

describe("AuthorList", () => {
  it("gathers the authors item by item in the people document's shape, each once, merging what each mention gives", () => {
    const p1 = post("p1", { authors: [{ name: "人民日报", _qingyue: { id: "1" } }] });
    const list = new AuthorList();
    list.add(p1);
    list.add(post("p2", { authors: [{ name: "人民日报", avatar: "https://img.example/a.jpg", _qingyue: { id: "1", verified: "人民日报法人微博" } }] }));
    list.add(
      post("p3", {
        authors: [{ name: "转发者" }],
        _qingyue: { kind: "post", paragraphs: ["转发"], repost: { authors: [{ name: "人民日报", _qingyue: { id: "1" } }], paragraphs: ["原文"] } },
      }),
    );
    list.add(post("p3", { authors: [{ name: "人民日报", _qingyue: { id: "1" } }] }));
    const authors = list.list();
    expect(authors.map((a) => [a.id, a.name, a.items])).toEqual([
      ["au-1", "人民日报", ["p1", "p2", "p3"]],
      [authorId({ name: "转发者" }), "转发者", ["p3"]],
    ]);
    expect(authors[0]).toMatchObject({ avatar: "https://img.example/a.jpg", _qingyue: { id: "1", verified: "人民日报法人微博" } });
    for (const author of authors) expect(v.safeParse(AuthorProfileSchema, author).issues).toBeUndefined();
    // The items' own authors are left as they were.
    expect(p1.authors?.[0]).toEqual({ name: "人民日报", _qingyue: { id: "1" } });
  });
});
