import { createContext, useContext } from "react";
import type { MeQuery } from "../graphql/generated/graphql.ts";

export type SignedInAccount = MeQuery["me"];

/** The signed-in account, provided by the layout to every page inside it. */
export const AccountContext = createContext<SignedInAccount | null>(null);

export function useAccount(): SignedInAccount {
  const account = useContext(AccountContext);
  if (!account) throw new Error("useAccount() is for pages inside the signed-in layout");
  return account;
}
