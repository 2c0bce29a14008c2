import type { PageModule } from "../page-loads";
import { ShelfPage } from "./shelf-page";

export const bookmarksPage: PageModule = { Component: () => <ShelfPage shelf="bookmarks" /> };
export const historyPage: PageModule = { Component: () => <ShelfPage shelf="history" /> };
