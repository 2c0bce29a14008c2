// `npm start`'s server: the built site on 127.0.0.1:4173 (PORT to change it).
import { serveStatic } from "./static-server";

const port = Number(process.env.PORT ?? 4173);
const server = await serveStatic("dist", port);
console.log(`轻阅 is being served at ${server.origin}/`);
