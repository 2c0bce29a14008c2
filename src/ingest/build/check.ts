// Checking output against the contract. The schemas in src/content implement the Standard
// Schema interface (`~standard.validate`), so the ingest runs them without importing the
// schema library itself: src/ingest depends on src/content and Node, nothing else.

interface Issue {
  message: string;
  path?: readonly (PropertyKey | { key: PropertyKey })[];
}

interface Checkable {
  "~standard": { validate: (value: unknown) => { issues?: readonly Issue[] } | Promise<unknown> };
}

function firstIssue(schema: Checkable, value: unknown): { message: string; path: string } | undefined {
  const result = schema["~standard"].validate(value);
  if (result instanceof Promise) throw new Error("the contract's schemas must be synchronous");
  const issue = (result as { issues?: readonly Issue[] }).issues?.[0];
  if (issue === undefined) return undefined;
  return { message: issue.message, path: issue.path?.map((p) => String(typeof p === "object" ? p.key : p)).join(".") ?? "" };
}

/** The first problem the schema finds with the value ("items.0.id: …"), or undefined. */
export function problemWith(schema: Checkable, value: unknown): string | undefined {
  const issue = firstIssue(schema, value);
  if (issue === undefined) return undefined;
  return issue.path ? `${issue.path}: ${issue.message}` : issue.message;
}

/** The contract's own messages, in the words of whoever runs the ingest. */
const WORDS: Record<string, string> = {
  "text is too long": "文字太长",
  "title is too long": "标题太长",
  "id is too long": "编号太长",
  "too many paragraphs": "段落太多（超过 1 万段），不像一篇文章或一条微博",
  "too many pictures": "图片太多（一节超过 1000 张）",
};

/** The first problem the schema finds, in Chinese words, with the field it is in (its path, for whoever looks); or undefined. */
export function problemInWords(schema: Checkable, value: unknown): string | undefined {
  const issue = firstIssue(schema, value);
  if (issue === undefined) return undefined;
  const words = WORDS[issue.message] ?? "不符合订阅源的格式";
  return issue.path ? `${words}（${issue.path}）` : words;
}

/** Throws when the value breaks the contract: a bug in the ingest, so nothing may be written. */
export function assertValid(schema: Checkable, value: unknown, what: string): void {
  const problem = problemWith(schema, value);
  if (problem !== undefined) throw new Error(`${what} breaks the feed contract: ${problem}`);
}
