/**
 * The dashboard's build. `npm run build:web` writes dist/, which `laoke serve` serves at `/`.
 * In development (`npm run dev -w packages/web`) API calls go to a `laoke serve` on port 3000.
 */
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

export default defineConfig({
  plugins: [react()],
  build: {
    outDir: "dist",
    emptyOutDir: true,
    sourcemap: false,
    chunkSizeWarningLimit: 1500,
  },
  server: {
    proxy: { "/api": "http://127.0.0.1:3000" },
  },
});
