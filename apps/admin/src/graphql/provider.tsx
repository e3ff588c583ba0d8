import { createContext, type ReactNode, useCallback, useContext, useState } from "react";
import { Provider } from "urql";
import { createGraphqlClient } from "./client.ts";

interface Session {
  reset(): void;
  /** An answer said the session has ended since this client was made. */
  ended: boolean;
}

const SessionContext = createContext<Session | null>(null);

/**
 * Provides the GraphQL client, and a way to replace it with a fresh one when the session changes
 * (sign-in, sign-out, a new password): nothing cached for one account is shown to the next. It
 * also remembers when any answer said the session has ended, for the layout to send the user
 * through sign-in and back.
 */
export function GraphqlProvider({ children }: { children: ReactNode }) {
  const [ended, setEnded] = useState(false);
  const makeClient = useCallback(() => createGraphqlClient({ onSignedOut: () => setEnded(true) }), []);
  const [client, setClient] = useState(makeClient);
  const reset = useCallback(() => {
    setEnded(false);
    setClient(makeClient());
  }, [makeClient]);
  return (
    <SessionContext.Provider value={{ reset, ended }}>
      <Provider value={client}>{children}</Provider>
    </SessionContext.Provider>
  );
}

function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error("the session hooks need a <GraphqlProvider> above them");
  return session;
}

export function useResetGraphqlClient(): () => void {
  return useSession().reset;
}

/** Whether an answer has said the session is over (the client is reset at the next sign-in). */
export function useSessionEnded(): boolean {
  return useSession().ended;
}
