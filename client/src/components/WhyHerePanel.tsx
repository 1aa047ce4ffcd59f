import { whyText } from "../graph/why-here.ts";
import type { WhyHerePath } from "../graph/types.ts";
import type { Loaded } from "../state/use-load.ts";

/** "Why is this here?": the selected object's hop chain from the root, in words (highlighted on the graph). */
export function WhyHerePanel(props: { id: string; why: Loaded<WhyHerePath | null> }) {
  const { why } = props;
  return (
    <section className="panel why-here" aria-label="Why is this here?" data-testid="why-here">
      <h3>Why is {props.id} here?</h3>
      {why.error ? (
        <div className="notice error" role="alert">
          {why.error.code}: {why.error.message}
        </div>
      ) : why.status === "loading" ? (
        <div className="loading">Finding the chain…</div>
      ) : why.data ? (
        <p data-testid="why-text">{whyText(why.data)}.</p>
      ) : (
        <p>It is not reached from the root with this view's direction and depth.</p>
      )}
    </section>
  );
}
