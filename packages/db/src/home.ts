/** Where laoke keeps its local state: `LAOKE_HOME`, default `.laoke/` in the working directory. */
import path from "node:path";

/** The absolute laoke home directory for this process. */
export function laokeHome(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): string {
  return path.resolve(cwd, env.LAOKE_HOME && env.LAOKE_HOME.trim() !== "" ? env.LAOKE_HOME : ".laoke");
}
