// The app itself (React, Cytoscape and every view), loaded by main.ts once the deep link's request has left.
// The first render waits (at most FIRST_LOAD_WAIT_MS) for that link's first graph load, so it draws the graph
// at once instead of an empty canvas first (state/first-load.ts).
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./components/App.tsx";
import { decodeState } from "./graph/url-state.ts";
import { firstLoadSettled, startFirstLoad } from "./state/first-load.ts";
import "./styles.css";

/** How long the first render waits for the deep link's graph: a slow answer does not hold the page back longer. */
const FIRST_LOAD_WAIT_MS = 300;

const root = document.getElementById("root");
if (!root) throw new Error("cannot happen: index.html has no #root");
startFirstLoad(decodeState(location.search));
void firstLoadSettled(FIRST_LOAD_WAIT_MS).then(() =>
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);
