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

/** The first problem the schema finds with the value ("items.0.id: …"), or undefined. */
export function problemWith(schema: Checkable, value: unknown): string | undefined {
  const result = schema["~standard"].validate(value);
  if (result instanceof Promise) throw new Error("the contract's schemas must be synchronous");
  const issue = (result as { issues?: readonly Issue[] }).issues?.[0];
  if (issue === undefined) return undefined;
  const path = issue.path?.map((p) => String(typeof p === "object" ? p.key : p)).join(".");
  return path ? `${path}: ${issue.message}` : issue.message;
}

/** Throws when the value breaks the contract: a bug in the ingest, so nothing may be written. */
export function assertValid(schema: Checkable, value: unknown, what: string): void {
  const problem = problemWith(schema, value);
  if (problem !== undefined) throw new Error(`${what} breaks the feed contract: ${problem}`);
}
