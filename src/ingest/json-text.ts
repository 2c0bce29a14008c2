// A JSON data file's text as its document: one JSON document, or (mongoexport's default,
// crawlers' .jsonl renamed .json) one document a line, read as the list of those documents.

interface JsonLines {
  records: unknown[];
  /** The lines (counted from 1) that are not a whole JSON document. */
  broken: number[];
}

const parses = (line: string): { value: unknown } | undefined => {
  try {
    return { value: JSON.parse(line) as unknown };
  } catch {
    return undefined;
  }
};

/**
 * A .json file that holds one JSON document a line (mongoexport's default, crawlers' .jsonl
 * renamed): its records, and the lines that are not whole (a file cut off mid-line). It is one
 * when its first line is a whole object and another line is one too; undefined otherwise.
 */
function jsonLines(text: string): JsonLines | undefined {
  const lines = text.split("\n");
  const records: unknown[] = [];
  const broken: number[] = [];
  lines.forEach((line, i) => {
    if (line.trim() === "") return;
    const read = parses(line);
    if (read && typeof read.value === "object" && read.value !== null) records.push(read.value);
    else broken.push(i + 1);
  });
  const firstLine = lines.findIndex((line) => line.trim() !== "") + 1;
  return records.length >= 2 && !broken.includes(firstLine) ? { records, broken } : undefined;
}

/**
 * The document a JSON file holds, or the list of the documents of a file of JSON lines with the
 * lines that are not whole; undefined when it is neither.
 */
export function parseJsonText(text: string): { value: unknown; broken: number[] } | undefined {
  const body = text.replace(/^\ufeff/u, "");
  const whole = parses(body);
  if (whole) return { value: whole.value, broken: [] };
  const lines = jsonLines(body);
  return lines ? { value: lines.records, broken: lines.broken } : undefined;
}
