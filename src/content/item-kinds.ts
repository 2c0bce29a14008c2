import type { ArticleItem, Item, PostItem, TrendingItem } from "./feed-schema";

export const isArticle = (item: Item): item is ArticleItem => item._qingyue.kind === "article";
export const isPost = (item: Item): item is PostItem => item._qingyue.kind === "post";
export const isTrending = (item: Item): item is TrendingItem => item._qingyue.kind === "trending";
