import type { ActionContext, Command } from "../actions/registry.ts";
import { buttonText } from "../actions/registry.ts";

/** A registry command as a button: its text, pressed state and accessible name come from the registry. */
export function CommandButton(props: { command: Command; ctx: ActionContext }) {
  const { command, ctx } = props;
  const button = command.button;
  return (
    <button
      type="button"
      onClick={() => command.run(ctx)}
      {...(button?.pressed ? { "aria-pressed": button.pressed(ctx) } : {})}
      {...(button?.ariaLabel ? { "aria-label": button.ariaLabel } : {})}
      {...(button?.testId ? { "data-testid": button.testId } : {})}
    >
      {buttonText(command, ctx)}
    </button>
  );
}
