import { useState } from "react";
import { getToken, setToken } from "../api/index.ts";

/**
 * The bearer token the user pasted (e.g. an auditor's, so approvers and owners become visible). Signing in
 * or out reloads the page, so every view loads again with the new rights.
 */
export function useToken(): { signedIn: boolean; signIn: (token: string) => void; signOut: () => void } {
  const [signedIn] = useState(() => getToken() !== null);
  return {
    signedIn,
    signIn: (token) => {
      setToken(token.trim());
      window.location.reload();
    },
    signOut: () => {
      setToken(null);
      window.location.reload();
    },
  };
}
