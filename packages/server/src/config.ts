/**
 * Server configuration, parsed once from the environment with a schema; a bad value fails at start
 * naming the variable. `.env.example` at the repo root lists every variable.
 */
import { fileURLToPath } from "node:url";
import { laokeHome } from "@laoke/db";
import { z } from "zod";

/** Where `npm run build:web` writes the dashboard. */
export const DEFAULT_WEB_ROOT = fileURLToPath(new URL("../../web/dist", import.meta.url));

const boolFlag = z
  .enum(["true", "false", "1", "0"])
  .transform((v) => v === "true" || v === "1")
  .optional();

const EnvSchema = z.object({
  LAOKE_PORT: z.coerce.number().int().min(0).max(65535).optional(),
  LAOKE_HOST: z.string().min(1).optional(),
  LAOKE_COOKIE_SECURE: boolFlag,
  LAOKE_PUBLIC_URL: z.url().optional(),
  LAOKE_LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).optional(),
  LAOKE_WEB_ROOT: z.string().min(1).optional(),
  LAOKE_UPLOAD_LIMIT_MB: z.coerce.number().int().min(1).max(4096).optional(),
  LAOKE_LOGIN_RATE_PER_MINUTE: z.coerce.number().int().min(1).optional(),
});

/** Everything the HTTP server needs to know. */
export interface ServerConfig {
  port: number;
  host: string;
  /** Secure cookies (https only). Browsers accept them on http://localhost too. */
  cookieSecure: boolean;
  /** Base URL for links the server hands out (invitations, password resets). */
  publicUrl: string | undefined;
  logLevel: "fatal" | "error" | "warn" | "info" | "debug" | "trace" | "silent";
  uploadLimitBytes: number;
  /** Login attempts per IP per minute before 429. */
  loginRatePerMinute: number;
  /** The built web app (index.html and assets) served at `/`; packages/web/dist by default. */
  webRoot: string;
  /** LAOKE_HOME: uploaded files and rejects CSVs live under it. */
  home: string;
}

/** Error naming the environment variable that is wrong. */
export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    readonly value: string,
  ) {
    super(`${variable}=${value}`);
    this.name = "ConfigError";
  }
}

/** Parse the environment (and explicit overrides, e.g. from CLI flags) into a config. */
export function loadConfig(
  env: NodeJS.ProcessEnv = process.env,
  overrides: Partial<ServerConfig> = {},
): ServerConfig {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const variable = String(issue?.path[0] ?? "");
    throw new ConfigError(variable, String(env[variable] ?? ""));
  }
  const e = parsed.data;
  return {
    port: e.LAOKE_PORT ?? 3000,
    host: e.LAOKE_HOST ?? "127.0.0.1",
    cookieSecure: e.LAOKE_COOKIE_SECURE ?? true,
    publicUrl: e.LAOKE_PUBLIC_URL,
    logLevel: e.LAOKE_LOG_LEVEL ?? "info",
    uploadLimitBytes: (e.LAOKE_UPLOAD_LIMIT_MB ?? 512) * 1024 * 1024,
    loginRatePerMinute: e.LAOKE_LOGIN_RATE_PER_MINUTE ?? 10,
    home: laokeHome(env),
    webRoot: e.LAOKE_WEB_ROOT ?? DEFAULT_WEB_ROOT,
    ...overrides,
  };
}
