// The search thread's entry: TypeScript sources load through tsx, as in the process that starts it.
import { register } from "tsx/esm/api";

register();
await import("./search-worker.ts");
