/**
 * 备注: staff notes on the customer, newest first, with author and time. Anyone with
 * customers:write adds one; its author (or whoever holds `settings`, as the server allows) edits
 * or deletes it in place.
 */
import { useInfiniteQuery, useMutation } from "@tanstack/react-query";
import { App, Button, Card, Flex, Input, Popconfirm, Space, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { api, data } from "../../api/client.ts";
import { formatDateTime } from "../../app/format.ts";
import { useSession } from "../../app/session.tsx";
import { EmptyState, errorMessage, LoadError, Loading } from "../../app/states.tsx";
import { addNote, customerKey, deleteNote, editNote, type Note, useRefreshCustomer } from "./archive.api.ts";

const PAGE_SIZE = 20;
const MAX_LENGTH = 2000;
/** A thin rule between notes (and between visits on the follow-ups card). */
export const ITEM_STYLE = { borderBottom: "1px solid #f0f0f0", padding: "8px 0" } as const;

/** The customer's notes by keyset pages (under the detail's key, so a refresh of it reloads them). */
function useNotes(customerId: number) {
  return useInfiniteQuery({
    queryKey: [...customerKey(customerId), "notes"],
    initialPageParam: undefined as string | undefined,
    queryFn: async ({ pageParam }) =>
      data(
        await api.GET("/api/v1/customers/{id}/notes", {
          params: { path: { id: customerId }, query: { cursor: pageParam, limit: PAGE_SIZE } },
        }),
      ),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

/** One note: its text, or its editor while being edited. */
function NoteItem({ note, customerId }: { note: Note; customerId: number }) {
  const { t } = useTranslation(["archive", "common"]);
  const session = useSession();
  const { message } = App.useApp();
  const refresh = useRefreshCustomer(customerId);
  const [draft, setDraft] = useState<string | null>(null);
  const mine = session.kind === "staff" && note.authorMemberId === session.id;
  const mayChange = session.can("customers:write") && (mine || session.can("settings"));
  const onError = (e: unknown) => void message.error(errorMessage(e));
  const save = useMutation({
    mutationFn: (body: string) => editNote(note.id, body),
    onSuccess: async () => {
      setDraft(null);
      await refresh();
    },
    onError,
  });
  const remove = useMutation({ mutationFn: () => deleteNote(note.id), onSuccess: refresh, onError });
  const edited = note.updatedAt !== note.createdAt;

  return (
    <div style={ITEM_STYLE} data-testid="note">
      {draft === null ? (
        <Typography.Paragraph style={{ whiteSpace: "pre-wrap", marginBottom: 4 }}>
          {note.body}
        </Typography.Paragraph>
      ) : (
        <Space orientation="vertical" style={{ width: "100%", marginBottom: 4 }}>
          <Input.TextArea
            autoFocus
            aria-label={t("notes.editLabel")}
            value={draft}
            maxLength={MAX_LENGTH}
            autoSize={{ minRows: 2, maxRows: 8 }}
            onChange={(e) => setDraft(e.target.value)}
          />
          <Space>
            <Button
              size="small"
              type="primary"
              loading={save.isPending}
              disabled={!draft.trim()}
              onClick={() => save.mutate(draft.trim())}
            >
              {t("common:action.save")}
            </Button>
            <Button size="small" onClick={() => setDraft(null)}>
              {t("common:action.cancel")}
            </Button>
          </Space>
        </Space>
      )}
      <Flex justify="space-between" align="center" wrap gap={4}>
        <span className="muted">
          {t("notes.byline", {
            author: note.authorName ?? t("notes.unknownAuthor"),
            time: formatDateTime(note.createdAt),
          })}
          {edited ? ` · ${t("notes.edited")}` : ""}
        </span>
        {mayChange && draft === null ? (
          <Space size={0}>
            <Button type="link" size="small" onClick={() => setDraft(note.body)}>
              {t("notes.edit")}
            </Button>
            <Popconfirm
              title={t("notes.deleteConfirm")}
              okButtonProps={{ danger: true }}
              onConfirm={() => remove.mutateAsync().catch(() => undefined)}
            >
              <Button type="link" size="small" danger loading={remove.isPending}>
                {t("notes.delete")}
              </Button>
            </Popconfirm>
          </Space>
        ) : null}
      </Flex>
    </div>
  );
}

/** The notes card of the customer page. */
export function NotesCard({ customerId }: { customerId: number }) {
  const { t } = useTranslation(["archive", "common"]);
  const session = useSession();
  const { message } = App.useApp();
  const refresh = useRefreshCustomer(customerId);
  const notes = useNotes(customerId);
  const [text, setText] = useState("");
  const add = useMutation({
    mutationFn: () => addNote(customerId, text.trim()),
    onSuccess: async () => {
      setText("");
      await refresh();
    },
    onError: (e) => void message.error(errorMessage(e)),
  });
  const items = notes.data?.pages.flatMap((p) => p.items) ?? [];

  return (
    <Card size="small" title={t("notes.title")} data-testid="notes-card">
      {session.can("customers:write") ? (
        <Space orientation="vertical" style={{ width: "100%", marginBottom: 12 }}>
          <Input.TextArea
            aria-label={t("notes.newLabel")}
            placeholder={t("notes.placeholder")}
            value={text}
            maxLength={MAX_LENGTH}
            autoSize={{ minRows: 2, maxRows: 6 }}
            onChange={(e) => setText(e.target.value)}
            onKeyDown={(e) => {
              // Ctrl/⌘+Enter saves, as in most chat tools; Enter alone starts a new line.
              if (e.key === "Enter" && (e.ctrlKey || e.metaKey) && text.trim()) add.mutate();
            }}
          />
          <Button
            type="primary"
            size="small"
            loading={add.isPending}
            disabled={!text.trim()}
            onClick={() => add.mutate()}
          >
            {t("notes.add")}
          </Button>
        </Space>
      ) : null}
      {notes.isPending ? (
        <Loading rows={2} />
      ) : notes.error ? (
        <LoadError error={notes.error} onRetry={() => void notes.refetch()} />
      ) : items.length === 0 ? (
        <EmptyState description={t("notes.empty")} />
      ) : (
        <>
          {items.map((note) => (
            <NoteItem key={note.id} note={note} customerId={customerId} />
          ))}
          {notes.hasNextPage ? (
            <Button
              block
              size="small"
              loading={notes.isFetchingNextPage}
              onClick={() => void notes.fetchNextPage()}
            >
              {t("common:action.more")}
            </Button>
          ) : null}
        </>
      )}
    </Card>
  );
}
