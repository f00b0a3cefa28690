/**
 * The imports API: typed GETs through the shared client, and the multipart upload, which the
 * typed client cannot express, through XMLHttpRequest so the page can show upload progress.
 */
import { useInfiniteQuery, useQuery } from "@tanstack/react-query";
import { ApiError, api, csrfHeaders, data, errorFrom, type GetResponse } from "../../api/client.ts";

export type ImportJob = GetResponse<"/api/v1/imports/{id}">;

/** The server's limit (MAX_UPLOAD_FILES in @laoke/core). */
export const MAX_FILES = 20;

export const IMPORTS_KEY = ["imports"] as const;
export const HISTORY_KEY = ["imports", "history"] as const;
export const jobKey = (id: number) => ["imports", "job", id] as const;

/** Still waiting for, or inside, the worker. */
export function isActive(job: Pick<ImportJob, "status">): boolean {
  return job.status === "queued" || job.status === "running";
}

export interface UploadOptions {
  /** "auto" or one of the server's format names. */
  format: string;
  /** Column mapping JSON text, for the custom table format. */
  mapping?: string;
  dryRun: boolean;
}

/** POST /imports as multipart/form-data; resolves with the queued job (202). */
export function uploadImport(
  files: readonly File[],
  options: UploadOptions,
  onProgress: (percent: number) => void,
): Promise<ImportJob> {
  const form = new FormData();
  if (options.format !== "auto") form.append("format", options.format);
  if (options.mapping) form.append("mapping", options.mapping);
  if (options.dryRun) form.append("dryRun", "true");
  for (const file of files) form.append("files", file, file.name);

  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", "/api/v1/imports");
    xhr.setRequestHeader("accept", "application/json");
    for (const [name, value] of Object.entries(csrfHeaders("POST"))) xhr.setRequestHeader(name, value);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(Math.round((event.loaded / event.total) * 100));
    };
    xhr.onerror = () => reject(new ApiError(0, null));
    xhr.onload = () => {
      if (xhr.status >= 200 && xhr.status < 300) {
        try {
          resolve(JSON.parse(xhr.responseText) as ImportJob);
        } catch {
          reject(new ApiError(xhr.status, null));
        }
        return;
      }
      if (xhr.status < 200) return reject(new ApiError(0, null));
      // Reuse the client's problem+json handling (and its signed-out notice on 401).
      const response = new Response(xhr.responseText, {
        status: xhr.status,
        headers: { "content-type": xhr.getResponseHeader("content-type") ?? "" },
      });
      errorFrom(response).then(reject, reject);
    };
    xhr.send(form);
  });
}

/** One job, polled every second while it is queued or running. */
export function useImportJob(id: number) {
  return useQuery({
    queryKey: jobKey(id),
    queryFn: async () => data(await api.GET("/api/v1/imports/{id}", { params: { path: { id } } })),
    refetchInterval: (query) => {
      const job = query.state.data;
      if (query.state.error && !job) return false;
      return !job || isActive(job) ? 1000 : false;
    },
    staleTime: 0,
  });
}

const PAGE_SIZE = 20;

/** The history, newest first, by cursor pages; refreshed while a listed job is still running. */
export function useImportHistory() {
  return useInfiniteQuery({
    queryKey: HISTORY_KEY,
    queryFn: async ({ pageParam }) =>
      data(await api.GET("/api/v1/imports", { params: { query: { cursor: pageParam, limit: PAGE_SIZE } } })),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    refetchInterval: (query) =>
      query.state.data?.pages.some((page) => page.items.some(isActive)) ? 2000 : false,
  });
}

/** Staff names for the "who" column (every role may list staff; ids stay shown when it fails). */
export function useStaffNames() {
  return useQuery({
    queryKey: ["imports", "staff-names"],
    queryFn: async () => {
      const staff = data(await api.GET("/api/v1/staff"));
      return new Map(staff.items.map((member) => [member.id, member.displayName]));
    },
    staleTime: 5 * 60_000,
  });
}
