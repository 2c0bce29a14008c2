import { setupServer } from "msw/node";

/** The network layer for component tests: each test installs the handlers it needs. */
export const server = setupServer();
