import type { RefObject } from "react";
import { buttonsOf } from "../actions/registry.ts";
import type { ActionContext } from "../actions/registry.ts";
import { CommandButton } from "./CommandButton.tsx";
import { SearchBox } from "./SearchBox.tsx";
import { TokenButton } from "./TokenButton.tsx";

/** Title, search, the view tabs (the registry's view commands) and sign-in. */
export function Header(props: {
  ctx: ActionContext;
  searchRef: RefObject<HTMLInputElement | null>;
  onPick: (id: string) => void;
}) {
  return (
    <header>
      <h1>
        <a href="/" title="IT4IT traceability explorer">
          IT4IT explorer
        </a>
      </h1>
      <SearchBox inputRef={props.searchRef} onPick={props.onPick} />
      <nav className="tabs" aria-label="Views">
        {buttonsOf("tabs", props.ctx.state.view).map((c) => (
          <CommandButton key={c.id} command={c} ctx={props.ctx} />
        ))}
      </nav>
      <TokenButton />
    </header>
  );
}
