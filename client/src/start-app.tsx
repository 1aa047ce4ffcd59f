// The app itself (React, Cytoscape and every view), loaded by main.ts once the deep link's request has left.
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./components/App.tsx";
import "./styles.css";

const root = document.getElementById("root");
if (!root) throw new Error("cannot happen: index.html has no #root");
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
