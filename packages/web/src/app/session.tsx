/**
 * Who is signed in: GET /auth/me through TanStack Query. Pages ask `useSession()` for the caller,
 * `can(permission)` hides what the caller may not do (the server checks again on every call).
 */
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { createContext, type ReactNode, useContext, useEffect } from "react";
import { ApiError, api, data, type GetResponse, onSignedOut } from "../api/client.ts";

export type Me = GetResponse<"/api/v1/auth/me">;
export type Permission = Me["permissions"][number];

export const ME_KEY = ["auth", "me"] as const;

/** The caller, or null when nobody is signed in. */
export function useMeQuery() {
  return useQuery({
    queryKey: ME_KEY,
    queryFn: async (): Promise<Me | null> => {
      try {
        return data(await api.GET("/api/v1/auth/me"));
      } catch (error) {
        if (error instanceof ApiError && error.status === 401) return null;
        throw error;
      }
    },
    staleTime: 60_000,
    retry: false,
  });
}

const SessionContext = createContext<Me | null>(null);

/** Provides the signed-in caller to the pages under it; a 401 anywhere signs the app out. */
export function SessionProvider({ me, children }: { me: Me; children: ReactNode }) {
  const queryClient = useQueryClient();
  useEffect(
    () =>
      onSignedOut(() => {
        queryClient.setQueryData(ME_KEY, null);
      }),
    [queryClient],
  );
  return <SessionContext.Provider value={me}>{children}</SessionContext.Provider>;
}

/** The signed-in caller (only inside the authenticated layout). */
export function useSession(): Me & { can(permission: Permission): boolean } {
  const me = useContext(SessionContext);
  if (!me) throw new Error("useSession outside the signed-in layout");
  return { ...me, can: (permission) => me.permissions.includes(permission) };
}
