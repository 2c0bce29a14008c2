// `npm start`'s port: PORT, else 4173. Checked before the build, so a busy port costs the
// reader a sentence, not a full build and a stack trace.
import { createServer } from "node:net";

export const HOST = "127.0.0.1";
export const DEFAULT_PORT = 4173;

/** The port asked for, or a sentence saying why PORT cannot be one. */
export function requestedPort(env: NodeJS.ProcessEnv = process.env): number | string {
  const raw = env.PORT?.trim();
  if (raw === undefined || raw === "") return DEFAULT_PORT;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) return `PORT=${raw} is not a port number (0–65535).`;
  return port;
}

/** Undefined when the port is free to listen on, else why not, in plain words. */
export function portProblem(port: number): Promise<string | undefined> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once("error", (error: NodeJS.ErrnoException) => {
      if (error.code === "EADDRINUSE") resolve(busyMessage(port));
      else if (error.code === "EACCES") resolve(`Port ${port} needs more permissions than this user has. Choose another one, e.g. PORT=${port === DEFAULT_PORT ? DEFAULT_PORT + 1 : DEFAULT_PORT} npm start`);
      else resolve(`Cannot listen on ${HOST}:${port}: ${error.message}`);
    });
    probe.listen(port, HOST, () => probe.close(() => resolve(undefined)));
  });
}

export function busyMessage(port: number): string {
  return (
    `Port ${port} on ${HOST} is already in use (another server, perhaps an earlier npm start, is running there).\n` +
    `Stop that program, or choose another port: PORT=${port === DEFAULT_PORT ? DEFAULT_PORT + 1 : DEFAULT_PORT} npm start`
  );
}
