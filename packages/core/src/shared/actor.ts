/**
 * Who is acting. Staff accounts and roles arrive with the server; until then the CLI acts as the
 * local operator, who may do everything on the machine that holds the database.
 */
export type Actor = { kind: "operator"; name: string };

/** The local operator running the command line on the database host. */
export const OPERATOR: Actor = { kind: "operator", name: "cli" };
