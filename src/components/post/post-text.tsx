import type { Person } from "../../content/feed-schema";
import { WeiboText } from "../weibo-text";
import { FoldedText } from "./folded-text";

/** A post's paragraphs in Weibo markup, folded after about six lines. */
export function PostText({ paragraphs, people }: { paragraphs: readonly string[]; people?: readonly Person[] }) {
  return (
    <FoldedText className="text-[0.9375rem] leading-7 break-words">
      {paragraphs.map((text, index) => (
        <p key={index}>
          <WeiboText text={text} people={people} />
        </p>
      ))}
    </FoldedText>
  );
}
