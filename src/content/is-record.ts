// A JSON object (not null, not an array): what every reader of loose JSON checks first.

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
