import type { Section } from "../../content/feed-schema";

/** Paragraph anchors count through the whole article, across sections: #p-1, #p-2, … */
export function numberSections(sections: readonly Section[]) {
  let n = 0;
  return sections.map((section, index) => ({
    heading: section.heading,
    anchor: `s-${index + 1}`,
    numbered: section.paragraphs.map((text) => ({ n: ++n, text })),
  }));
}
