// @vitest-environment node
// `npm start` on a port another program holds: one plain sentence, before any build.
import { afterAll, beforeAll, expect, it } from "vitest";
import { spawn } from "node:child_process";
import { createServer, type Server } from "node:net";

let holder: Server;
let port = 0;

beforeAll(async () => {
  holder = createServer();
  await new Promise<void>((ok) => holder.listen(0, "127.0.0.1", ok));
  port = (holder.address() as { port: number }).port;
});
afterAll(() => new Promise<void>((ok) => holder.close(() => ok())));

function run(command: string, args: string[], env: Record<string, string>): Promise<{ code: number | null; output: string; ms: number }> {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("close", (code) => resolve({ code, output, ms: Date.now() - started }));
  });
}

it("says which port is busy and how to choose another, before building anything", { timeout: 120_000 }, async () => {
  const { code, output } = await run("npm", ["start", "--silent"], { PORT: String(port) });
  expect(code).not.toBe(0);
  expect(output).toContain(`Port ${port} on 127.0.0.1 is already in use`);
  expect(output).toMatch(/PORT=\d+ npm start/);
  // No build ran, and no stack trace.
  expect(output).not.toMatch(/vite|built in|prerendered/i);
  expect(output).not.toMatch(/^\s+at /m);
});

it("says so when PORT is not a port number", { timeout: 60_000 }, async () => {
  const { code, output } = await run("npm", ["start", "--silent"], { PORT: "eighty" });
  expect(code).not.toBe(0);
  expect(output).toContain("PORT=eighty is not a port number");
  expect(output).not.toMatch(/vite|built in/i);
});
