/** Debian's Chromium, launched the way this machine and CI need (used by e2e/ and bench/web). */
import { existsSync } from "node:fs";
import { type Browser, chromium } from "playwright-core";

/** Debian's Chromium (LAOKE_CHROMIUM overrides), or undefined when it is not installed. */
export function chromiumPath(): string | undefined {
  const candidates = [process.env.LAOKE_CHROMIUM, "/usr/bin/chromium", "/usr/bin/chromium-browser"];
  return candidates.find((path): path is string => !!path && existsSync(path));
}

/**
 * Chromium headless with the flags this closed network needs (without the background-networking
 * ones it floods the network with refused connections) and --no-sandbox, which root requires.
 */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-dev-shm-usage",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      "--disable-quic",
    ],
  });
}
