// Splits text where known people are named, so a view can link each name to a profile.
export interface NameRef {
  id: string;
  name: string;
}

export type MentionSegment<T extends NameRef = NameRef> =
  | { text: string; person?: undefined }
  | { text: string; person: T };

export function splitMentions<T extends NameRef>(text: string, people: readonly T[]): MentionSegment<T>[] {
  const named = people.filter((p) => p.name.length >= 2);
  if (named.length === 0 || text === "") return [{ text }];
  // Longest names first, so "周会明" wins over a shorter name inside it.
  const byLength = [...named].sort((a, b) => b.name.length - a.name.length);
  const escaped = byLength.map((p) => p.name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  const pattern = new RegExp(escaped.join("|"), "gu");
  const segments: MentionSegment<T>[] = [];
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    const person = byLength.find((p) => p.name === match[0]);
    if (!person || match.index === undefined) continue;
    if (match.index > last) segments.push({ text: text.slice(last, match.index) });
    segments.push({ text: match[0], person });
    last = match.index + match[0].length;
  }
  if (last < text.length) segments.push({ text: text.slice(last) });
  return segments;
}
