// A list added to a list whatever its length: `push(...items)` passes each item as an argument,
// and a page's hundred thousand table rows, lines of code or pictures overflow the stack.

export function append<T>(target: T[], items: Iterable<T>): void {
  for (const item of items) target.push(item);
}
