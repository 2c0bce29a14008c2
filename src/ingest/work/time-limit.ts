// A page read on the ingest's own thread, stopped where it stands when its time is up. Nothing
// else can stop a thread that must go on afterwards: V8 ends a script run through node:vm with
// a timeout, and everything it calls, even inside a regular expression. The watchdog thread
// that costs (about 0.3 ms a call) is why the pool's workers are stopped otherwise (pool.ts).
import { createContext, Script } from "node:vm";

/** The page's time ran out before it was read. */
export class TimeUp extends Error {
  constructor(readonly limitMs: number) {
    super("time up");
  }
}

const CALL = new Script("run()");
const context = createContext({}) as { run?: () => void };

/** Runs `work` for at most `ms` milliseconds; throws TimeUp when it took longer. */
function within<T>(ms: number, limitMs: number, work: () => T): T {
  if (ms <= 0) throw new TimeUp(limitMs);
  let out: { value: T } | undefined;
  context.run = () => {
    out = { value: work() };
  };
  try {
    CALL.runInContext(context, { timeout: Math.ceil(ms) });
  } catch (error) {
    if ((error as { code?: unknown } | null)?.code === "ERR_SCRIPT_EXECUTION_TIMEOUT") throw new TimeUp(limitMs);
    throw error;
  } finally {
    context.run = undefined;
  }
  if (out === undefined) throw new TimeUp(limitMs);
  return out.value;
}

/** How a page's work is run: at once, or within what is left of its time. */
export type Runner = <T>(work: () => T) => T;

export const atOnce: Runner = (work) => work();

/** A runner whose calls share one page's time, `limitMs` of work (the time between them, while other pages are read, is not the page's). */
export function timeLimited(limitMs: number): Runner {
  let spent = 0;
  return (work) => {
    const start = performance.now();
    try {
      return within(limitMs - spent, limitMs, work);
    } finally {
      spent += performance.now() - start;
    }
  };
}
