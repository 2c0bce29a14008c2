// A story's lead picture: what a page sets between its headline and its story's block.
import type { Figure, Section } from "../../content/feed-schema";
import type { Block } from "./blocks";

/**
 * The pictures between the headline and the story's block (a blog's featured image, a
 * newspaper's lead photo with its caption): the story's first figures.
 */
export function addLeadFigures(sections: Section[], zone: readonly Block[]): void {
  const first = sections[0];
  if (first === undefined) return;
  const known = new Set(sections.flatMap((s) => s.figures ?? []).map((f) => f.url));
  const lead: Figure[] = [];
  zone.forEach((block, i) => {
    if (block.kind !== "image" || block.url === undefined || known.has(block.url)) return;
    // A strip five times wider than high over a story is a banner, not its photo.
    if (block.width !== undefined && block.height !== undefined && block.width >= 5 * block.height) return;
    known.add(block.url);
    const next = zone[i + 1];
    const caption = next?.kind === "caption" ? next.text : undefined;
    lead.push({
      before: 0,
      url: block.url,
      ...(block.alt !== undefined && block.alt !== caption ? { alt: block.alt } : {}),
      ...(caption !== undefined ? { caption } : {}),
      ...(block.width !== undefined ? { width: block.width } : {}),
      ...(block.height !== undefined ? { height: block.height } : {}),
    });
  });
  if (lead.length > 0) first.figures = [...lead, ...(first.figures ?? [])];
}
