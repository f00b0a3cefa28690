/**
 * Where uploaded export files live until their import job has run:
 * `<LAOKE_HOME>/uploads/<shop id>/<job id>/<n>.<ext>`. Paths are made only from ids and a
 * counter; the name the client sent is kept as metadata, cleaned, and never touches the path.
 * Files of a succeeded import are deleted; a failed import keeps them (for 7 days by policy, see
 * docs/import.md) so it can be inspected.
 */
import { createHash, randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { type Readable, Transform } from "node:stream";
import { pipeline } from "node:stream/promises";

/** One stored upload: what users see (`name`, `size`, `sha256`) and the server's own file name. */
export interface UploadedFile {
  name: string;
  size: number;
  sha256: string;
  /** File name inside the job's directory, made by the server (`1.csv`). */
  stored: string;
}

/** The root of all uploads under a laoke home. */
export function uploadsRoot(home: string): string {
  return path.join(home, "uploads");
}

/** The directory of one import job's files. */
export function importJobDir(home: string, shopId: number, jobId: number): string {
  return path.join(uploadsRoot(home), String(shopId), String(jobId));
}

/** Where an import job's rejects CSV goes. */
export function importRejectsDir(home: string): string {
  return path.join(home, "rejects");
}

/** A fresh private directory for a request's files before its job exists (renamed to the job's directory). */
export function createIncomingDir(home: string, shopId: number): string {
  const parent = path.join(uploadsRoot(home), String(shopId));
  fs.mkdirSync(parent, { recursive: true, mode: 0o700 });
  const dir = path.join(parent, `.incoming-${randomBytes(8).toString("hex")}`);
  fs.mkdirSync(dir, { mode: 0o700 });
  return dir;
}

/**
 * A client's file name made safe to show and store as text: the last path segment, no control or
 * bidi characters, NFC, at most 200 characters; "upload" when nothing is left.
 */
export function sanitizeFileName(name: string | undefined): string {
  const last = (name ?? "").split(/[/\\]/).pop() ?? "";
  const clean = last
    .normalize("NFC")
    // biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point.
    .replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, "")
    .trim()
    .replace(/^\.+/, "");
  return [...clean].slice(0, 200).join("") || "upload";
}

/** The extension kept on the stored file (only short alphanumeric ones), for people looking at the directory. */
function safeExtension(name: string): string {
  const ext = path.extname(name).slice(1).toLowerCase();
  return /^[a-z0-9]{1,5}$/.test(ext) ? `.${ext}` : "";
}

/** Stream one upload into `dir` as `<index>.<ext>`, hashing it on the way. */
export async function saveUpload(
  source: Readable,
  dir: string,
  index: number,
  clientName: string | undefined,
): Promise<UploadedFile> {
  const name = sanitizeFileName(clientName);
  const stored = `${index}${safeExtension(name)}`;
  const hash = createHash("sha256");
  let size = 0;
  const meter = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      hash.update(chunk);
      size += chunk.length;
      done(null, chunk);
    },
  });
  await pipeline(source, meter, fs.createWriteStream(path.join(dir, stored), { flags: "wx", mode: 0o600 }));
  return { name, size, sha256: hash.digest("hex"), stored };
}

/** Delete a directory of uploads (missing is fine). */
export function removeUploads(dir: string): void {
  fs.rmSync(dir, { recursive: true, force: true });
}
