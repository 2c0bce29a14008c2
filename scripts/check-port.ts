// The first step of `npm start`: stop before building when the port cannot be served on.
import { portProblem, requestedPort } from "./port";

const port = requestedPort();
const problem = typeof port === "string" ? port : await portProblem(port);
if (problem) {
  console.error(problem);
  process.exit(1);
}
