// Controls a story offers beside its words (收藏), put in by the app: the features that show
// stories (the feed's cards, the reading views) show them without depending on the feature
// that owns them.
import { createContext, useContext, type ReactNode } from "react";
import type { Item } from "../content/feed-schema";

export type StoryActionsRenderer = (props: { item: Item; className?: string }) => ReactNode;

const StoryActionsContext = createContext<StoryActionsRenderer | null>(null);

export const StoryActionsProvider = StoryActionsContext.Provider;

export function StoryActions(props: { item: Item; className?: string }) {
  const render = useContext(StoryActionsContext);
  return render ? render(props) : null;
}
