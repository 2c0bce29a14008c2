import { ShelfPage } from "./shelf-page";

export const bookmarksRoute = () => ({ Component: () => <ShelfPage shelf="bookmarks" /> });
export const historyRoute = () => ({ Component: () => <ShelfPage shelf="history" /> });
