import { Fragment, type ReactNode } from "react";
import { Link } from "react-router";
import { tokenizeWeibo } from "../content/weibo-markup";
import { lookupEmoticon } from "../content/emoticons";
import { splitMentions } from "../content/mentions";
import { fullWidthPunctuation } from "../content/cjk-punctuation";
import type { Person } from "../content/feed-schema";
import { paths } from "../lib/paths";
import { ExternalLink } from "./external-link";
import { PersonMention } from "./person-mention";

// Links inside running text are underlined, not told apart by colour alone.
const TOPIC_LINK = "text-accent underline decoration-1 underline-offset-4 hover:decoration-2";

/** Plain text, with the names of people who have a profile linked to it. */
function withPeople(text: string, people: readonly Person[], keyPrefix: string): ReactNode {
  if (people.length === 0) return text;
  return splitMentions(text, people).map((segment, i) =>
    segment.person ? (
      <PersonMention key={`${keyPrefix}-${i}`} person={segment.person}>
        {segment.text}
      </PersonMention>
    ) : (
      <Fragment key={`${keyPrefix}-${i}`}>{segment.text}</Fragment>
    ),
  );
}

/**
 * Weibo markup as Weibo readers expect it: #话题# links to its topic page, #名[超话]# carries
 * a 超话 badge, [表情] codes become emoji (unknown codes stay as typed), 【标题】 is bold,
 * @name is marked, and links go out safely with a short label.
 */
export function WeiboText({ text, people = [], chinese = true }: { text: string; people?: readonly Person[]; chinese?: boolean }) {
  return (
    <>
      {tokenizeWeibo(text).map((token, i) => {
        switch (token.type) {
          case "topic":
            return (
              <Link key={i} to={paths.topic(token.name)} className={TOPIC_LINK}>
                #{token.name}#
              </Link>
            );
          case "supertopic":
            return (
              <Link key={i} to={paths.topic(token.name)} className={TOPIC_LINK}>
                #{token.name}
                <span className="mx-0.5 rounded bg-accent/15 px-1 text-[0.75em] font-semibold align-[0.1em]">
                  超话
                </span>
                #
              </Link>
            );
          case "emoticon": {
            const emoticon = lookupEmoticon(token.code);
            return emoticon ? (
              <span key={i} role="img" aria-label={`[${emoticon.label}]`} title={emoticon.code}>
                {emoticon.emoji}
              </span>
            ) : (
              <Fragment key={i}>{token.code}</Fragment>
            );
          }
          case "headline":
            return (
              <strong key={i} className="font-bold">
                【{token.text}】
              </strong>
            );
          case "mention":
            return (
              <span key={i} className="font-semibold text-accent">
                @{token.name}
              </span>
            );
          case "url":
            return <ExternalLink key={i} href={token.href} />;
          default:
            return <Fragment key={i}>{withPeople(chinese ? fullWidthPunctuation(token.text) : token.text, people, String(i))}</Fragment>;
        }
      })}
    </>
  );
}
