import { describe, expect, it } from "vitest";
import * as v from "valibot";
import { ItemSchema } from "../../content/feed-schema";
import { post } from "../../../tests/fixtures/feed-builders";
import { indexShardRef, storyPictures } from "./story-files";
import { shardOf } from "../../content/item-index";

describe("what a story needs offline", () => {
  it("lists every picture a story shows, each once, and only pictures", () => {
    const item = v.parse(
      ItemSchema,
      post("p1", "正文", {
        image: "https://img.example/lead.jpg",
        banner_image: "https://img.example/lead.jpg",
        authors: [{ name: "某某", avatar: "https://img.example/face.jpg" }],
        attachments: [
          { url: "https://img.example/1.jpg", mime_type: "image/jpeg", _qingyue: { thumbnail: "https://img.example/1-s.jpg" } },
          { url: "https://media.example/a.mp3", mime_type: "audio/mpeg" },
        ],
      }),
    );
    expect(storyPictures(item)).toEqual([
      "https://img.example/lead.jpg",
      "https://img.example/1.jpg",
      "https://img.example/1-s.jpg",
      "https://img.example/face.jpg",
    ]);
  });

  it("names the item-index shard the app reads for a story", () => {
    const shards = ["index-1.json", "index-2.json", "index-3.json"];
    expect(indexShardRef(shards, "p-42")).toBe(shards[shardOf("p-42", 3)]);
    expect(indexShardRef(undefined, "p-42")).toBeUndefined();
  });
});
