import { useToken } from "../state/use-token.ts";

/** Paste a bearer token (e.g. an auditor's) so approvers and owners become visible. */
export function TokenButton() {
  const { signedIn, signIn, signOut } = useToken();
  const onClick = () => {
    if (signedIn) return signOut();
    const token = window.prompt("Paste a bearer token (the server prints a local one at start):");
    if (token) signIn(token);
  };
  return (
    <button type="button" className="token" onClick={onClick}>
      {signedIn ? "Signed in · sign out" : "Sign in with token"}
    </button>
  );
}
