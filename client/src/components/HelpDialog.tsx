import { useEffect, useRef } from "react";
import { KeyHints } from "./KeyHints.tsx";

/** The keyboard help (key `?`): every command's key, over the page; Escape, `?` or the button closes it. */
export function HelpDialog(props: { onClose: () => void }) {
  const close = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    close.current?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key === "Escape") props.onClose();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [props]);
  return (
    <div className="help-backdrop" onMouseDown={props.onClose}>
      <div
        className="help-dialog"
        role="dialog"
        aria-modal="true"
        aria-label="Keyboard help"
        data-testid="help"
        onMouseDown={(e) => e.stopPropagation()}
      >
        <h2>Keyboard help</h2>
        <KeyHints />
        <button type="button" ref={close} onClick={props.onClose}>
          Close
        </button>
      </div>
    </div>
  );
}
