/**
 * A customer's behaviour inferences (decision 0011) and staff's verdict on each. They live under
 * the customer's detail key, so every refresh of the archive reloads them too.
 */
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api, data, type GetResponse } from "../../api/client.ts";
import type { paths } from "../../api/schema.gen.ts";
import { customerKey } from "./archive.api.ts";

/** One inference as the API answers it. */
export type Inference = GetResponse<"/api/v1/customers/{id}/inferences">["items"][number];
/** The kinds of inference the server knows. */
export type InferenceKind = Inference["kind"];
/** A verdict: confirm, reject, or reset (forget an earlier verdict). */
export type Decision =
  paths["/api/v1/customers/{id}/inferences/{kind}"]["post"]["requestBody"]["content"]["application/json"]["decision"];

/** The query key of one customer's inferences. */
export const inferencesKey = (customerId: number) => [...customerKey(customerId), "inferences"] as const;

/** The customer's inferences, rejected ones included (the server marks them). */
export function useInferences(customerId: number) {
  return useQuery({
    queryKey: inferencesKey(customerId),
    queryFn: async () =>
      data(await api.GET("/api/v1/customers/{id}/inferences", { params: { path: { id: customerId } } }))
        .items,
  });
}

/** Record a verdict on one inference (needs `customers:write`), then reload the list. */
export function useDecideInference(customerId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ kind, decision }: { kind: InferenceKind; decision: Decision }) =>
      data(
        await api.POST("/api/v1/customers/{id}/inferences/{kind}", {
          params: { path: { id: customerId, kind } },
          body: { decision },
        }),
      ),
    // Rejected inferences leave segments: cached member counts may be stale as well.
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: inferencesKey(customerId) }),
        queryClient.invalidateQueries({ queryKey: ["segments"] }),
      ]),
  });
}
