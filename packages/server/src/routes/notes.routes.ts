/** Notes on customers: list and write (`customers:write`); edit or delete by the author or `settings`. */
import { addNote, deleteNote, editNote, listNotes, NoteInput } from "@laoke/core";
import { z } from "zod";
import type { App, AppDeps } from "../deps.ts";
import { requireActor } from "../plugins/auth.ts";
import { NoteSchema } from "./archive.schemas.ts";
import { IdParams, PageQuery } from "./schemas.ts";

/** Register the notes routes. */
export async function noteRoutes(app: App, { handle }: AppDeps): Promise<void> {
  const db = handle.db;

  app.get(
    "/customers/:id/notes",
    {
      config: { access: "customers:read" },
      schema: {
        tags: ["notes"],
        summary: "A customer's notes newest first, by keyset pages",
        params: IdParams,
        querystring: PageQuery,
        response: { 200: z.object({ items: z.array(NoteSchema), nextCursor: z.string().nullable() }) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      return listNotes(db, actor, actor.shopId, request.params.id, request.query);
    },
  );

  app.post(
    "/customers/:id/notes",
    {
      config: { access: "customers:write" },
      schema: {
        tags: ["notes"],
        summary: "Write a note on a customer (1–2000 characters)",
        params: IdParams,
        body: NoteInput,
        response: { 201: NoteSchema },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      return reply.code(201).send(await addNote(db, actor, actor.shopId, request.params.id, request.body));
    },
  );

  app.patch(
    "/notes/:id",
    {
      config: { access: "customers:write" },
      schema: {
        tags: ["notes"],
        summary: "Change a note's text (its author, or a role with the settings permission)",
        params: IdParams,
        body: NoteInput,
        response: { 200: NoteSchema },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      return editNote(db, actor, actor.shopId, request.params.id, request.body);
    },
  );

  app.delete(
    "/notes/:id",
    {
      config: { access: "customers:write" },
      schema: {
        tags: ["notes"],
        summary: "Delete a note (its author, or a role with the settings permission)",
        params: IdParams,
        response: { 200: z.object({ id: z.number() }) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      return deleteNote(db, actor, actor.shopId, request.params.id);
    },
  );
}
