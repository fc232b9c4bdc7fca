/** Task pane entry: waits for Office, then renders the pane. */
import { createRoot } from "react-dom/client";
import { App } from "./App";

function start(): void {
  const root = document.getElementById("root");
  if (root) createRoot(root).render(<App />);
}

// Outside Office (a plain browser), Office.onReady still resolves, with host null.
if (typeof Office !== "undefined") Office.onReady(() => start());
else start();
