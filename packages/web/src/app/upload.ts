/**
 * Small synchronous uploads (review exports, group rosters): the server imports them while the
 * request waits and answers what it did. The typed client cannot send multipart bodies, so they go
 * through XMLHttpRequest, which also reports upload progress.
 */
import { ApiError, csrfHeaders, errorFrom } from "../api/client.ts";

/** The server's per-file limit for these uploads (20 MB). */
export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

/** Extensions the sheet readers take (the server decides by content; this catches obvious mistakes). */
export const SHEET_EXTENSIONS = [".csv", ".tsv", ".txt", ".xlsx", ".xls"];

/** Why a file cannot join the chosen ones, or null when it can. */
export type FileProblem = "badType" | "tooLarge" | "duplicate" | "tooMany";

/** The first reason `file` may not be added to `chosen` (at most `max` files), or null. */
export function fileProblem(
  chosen: readonly { name: string; size?: number }[],
  file: { name: string; size: number },
  max: number,
): FileProblem | null {
  const lower = file.name.toLowerCase();
  if (!SHEET_EXTENSIONS.some((ext) => lower.endsWith(ext))) return "badType";
  if (file.size > MAX_UPLOAD_BYTES) return "tooLarge";
  if (chosen.some((f) => f.name === file.name && f.size === file.size)) return "duplicate";
  // One-file uploads replace the choice instead of refusing the second file.
  if (max > 1 && chosen.length >= max) return "tooMany";
  return null;
}

/** POST `files` as multipart field `field` to `url`; resolves with the JSON answer. */
export function postFiles<T>(
  url: string,
  field: string,
  files: readonly File[],
  onProgress?: (percent: number) => void,
): Promise<T> {
  const form = new FormData();
  for (const file of files) form.append(field, file, file.name);
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", url);
    xhr.setRequestHeader("accept", "application/json");
    for (const [name, value] of Object.entries(csrfHeaders("POST"))) xhr.setRequestHeader(name, value);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress?.(Math.round((event.loaded / event.total) * 100));
    };
    xhr.onerror = () => reject(new ApiError(0, null));
    xhr.onload = () => {
      if (xhr.status >= 200 && xhr.status < 300) {
        try {
          resolve(JSON.parse(xhr.responseText) as T);
        } catch {
          reject(new ApiError(xhr.status, null));
        }
        return;
      }
      // The client's problem+json handling (and its signed-out notice on 401).
      const response = new Response(xhr.responseText, {
        status: xhr.status,
        headers: { "content-type": xhr.getResponseHeader("content-type") ?? "" },
      });
      errorFrom(response).then(reject, reject);
    };
    xhr.send(form);
  });
}
