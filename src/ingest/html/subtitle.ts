// A story's subtitle (a dek, a standfirst, Medium's subtitle, a Chinese 副题 under its dash): the
// line under the headline that says what the story is about. It opens the story as its first
// line; it is neither its first subhead nor lost with the header around it.
import type { Section } from "../../content/feed-schema";
import { charLength } from "../parse/lines";
import type { Block } from "./blocks";

const bareText = (s: string) => s.replace(/[\s\u3000]+/gu, "");

/**
 * A heading right under the headline that reads as a sentence, not a title: eight words or
 * more ("A year of running our own cluster taught us…"), a sentence's end, or a Chinese
 * subtitle's dash ("——记青山镇的老工匠").
 */
export function dekShaped(text: string): boolean {
  return text.split(/\s+/u).length >= 8 || /[.。!！]$/u.test(text) || /^[—―]{1,2}\s*\S/u.test(text);
}

/**
 * A subtitle between the headline and the story's block: named so by the page, or a heading
 * shaped as one; never the headline again, nor a date or byline line (`isHeaderLine`).
 */
export function isDekBlock(block: Block, title: string, isHeaderLine: (text: string) => boolean): boolean {
  if (block.kind !== "text" && block.kind !== "heading") return false;
  const text = block.text;
  if (bareText(text) === bareText(title) || charLength(text) < 12 || isHeaderLine(text)) return false;
  return block.dek === true || (block.kind === "heading" && dekShaped(text));
}

/** A story's sections, with its quoted paragraphs and lines of code by their place in the whole story. */
interface Story {
  sections: Section[];
  quotes: number[];
  code: number[];
}

/** "摘要：2014年8月22日，由…": a summary that the story's opening tells again word for word. */
export function retold(line: string, story: Story): boolean {
  const opening = bareText(line.replace(/^(?:摘要|导语|内容提要|提要)\s*[:：]/u, "")).slice(0, 20);
  return story.sections.flatMap((s) => s.paragraphs).slice(0, 3).some((p) => bareText(p).includes(opening));
}

/** The story opened by `line`: its pictures, quotes and code stay with their paragraphs. */
export function openWith(story: Story, line: string): void {
  const first = story.sections[0];
  if (first === undefined || first.heading !== undefined) story.sections.unshift({ paragraphs: [line] });
  else {
    first.paragraphs.unshift(line);
    if (first.figures) first.figures = first.figures.map((f) => ({ ...f, before: f.before + 1 }));
  }
  story.quotes = story.quotes.map((q) => q + 1);
  story.code = story.code.map((c) => c + 1);
}
