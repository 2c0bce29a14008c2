import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { RouterProvider } from "react-router/dom";
import { QueryClientProvider } from "@tanstack/react-query";
import { createQueryClient } from "./app/query-client";
import { createRouter } from "./app/router";
import { applySettings } from "./features/settings/settings-store";
import { seedHistoryWithFeed } from "./app/seed-history";
import "./index.css";

// Theme and text size before the first paint, so a dark-theme reader never sees a white flash.
applySettings();

seedHistoryWithFeed();

const queryClient = createQueryClient();
const router = createRouter(queryClient);
const container = document.getElementById("root");
if (!container) throw new Error("#root is missing from index.html");

createRoot(container).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  </StrictMode>,
);
