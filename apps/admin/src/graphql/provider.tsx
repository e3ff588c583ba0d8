import { createContext, type ReactNode, useCallback, useContext, useState } from "react";
import { Provider } from "urql";
import { createGraphqlClient } from "./client.ts";

const ResetContext = createContext<(() => void) | null>(null);

/**
 * Provides the GraphQL client, and a way to replace it with a fresh one when the session changes
 * (sign-in, sign-out, a new password): nothing cached for one account is shown to the next.
 */
export function GraphqlProvider({ children }: { children: ReactNode }) {
  const [client, setClient] = useState(createGraphqlClient);
  const reset = useCallback(() => setClient(createGraphqlClient()), []);
  return (
    <ResetContext.Provider value={reset}>
      <Provider value={client}>{children}</Provider>
    </ResetContext.Provider>
  );
}

export function useResetGraphqlClient(): () => void {
  const reset = useContext(ResetContext);
  if (!reset) throw new Error("useResetGraphqlClient() needs a <GraphqlProvider> above it");
  return reset;
}
