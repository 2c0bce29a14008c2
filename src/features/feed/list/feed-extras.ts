// What the home feed adds once the page is interactive, in one chunk the first view does not
// wait for: the windowing, and the controls that bring the reader back to a story (new
// stories at the top, the last story read).
export { FeedWindowing } from "./virtual-feed";
export { NewItemsButton } from "../return/new-items-button";
export { LastReadOffer } from "../return/last-read-offer";
