// `npm start`'s server: the built site on 127.0.0.1:4173 (PORT to change it).
import { serveStatic } from "./static-server";
import { busyMessage, requestedPort } from "./port";

const port = requestedPort();
if (typeof port === "string") {
  console.error(port);
  process.exit(1);
}
try {
  const server = await serveStatic("dist", port);
  console.log(`轻阅 is being served at ${server.origin}/`);
} catch (error) {
  // Taken between the check before the build and now.
  console.error((error as NodeJS.ErrnoException).code === "EADDRINUSE" ? busyMessage(port) : `Cannot serve dist/: ${(error as Error).message}`);
  process.exit(1);
}
