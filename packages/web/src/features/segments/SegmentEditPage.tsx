/**
 * /segments/new and /segments/:id/edit: name, description, dynamic or static, and the rule with
 * its live count. A static segment's rule cannot change once saved (it records who was taken),
 * so editing one shows the rule in words and changes only its name and description.
 */
import { ArrowLeftOutlined } from "@ant-design/icons";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { App, Button, Card, Divider, Flex, Form, Input, Radio, Space, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useParams } from "react-router";
import { ApiError } from "../../api/client.ts";
import { errorMessage, QueryState } from "../../app/states.tsx";
import { partOfPath } from "./issues.ts";
import { LiveCountBar, useLiveCount } from "./LiveCount.tsx";
import { RuleBuilder } from "./RuleBuilder.tsx";
import { RuleText } from "./RuleText.tsx";
import { type DraftGroup, fromRule, keyAtPath, newGroup, toRule } from "./rule.ts";
import {
  createSegment,
  KEYS,
  type Segment,
  updateSegment,
  useFieldCatalogue,
  useSegment,
} from "./segments.api.ts";

interface FormValues {
  name: string;
  description?: string;
  kind: Segment["kind"];
}

/** The `invalid_rule` path of a failed request, if that is why it failed. */
function rulePath(error: unknown): string | undefined {
  return error instanceof ApiError && error.code === "invalid_rule"
    ? String(error.problem?.data?.path ?? "")
    : undefined;
}

function SegmentForm({ segment }: { segment?: Segment }) {
  const { t } = useTranslation(["segments", "common"]);
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const [form] = Form.useForm<FormValues>();
  const kind = Form.useWatch("kind", form) ?? segment?.kind ?? "dynamic";
  const { fields, query: catalogue } = useFieldCatalogue();
  const [draft, setDraft] = useState<DraftGroup>(() => (segment ? fromRule(segment.rule) : newGroup("all")));
  const [showIssues, setShowIssues] = useState(false);
  const ruleLocked = segment?.kind === "static";
  const live = useLiveCount(draft, fields, !ruleLocked);

  const save = useMutation({
    mutationFn: (values: FormValues) => {
      const description = values.description?.trim() || null;
      if (segment) {
        // An unchanged rule is not sent: sending one recomputes the members.
        const rule = toRule(draft);
        const changed = JSON.stringify(rule) !== JSON.stringify(toRule(fromRule(segment.rule)));
        return updateSegment(segment.id, {
          name: values.name,
          description,
          ...(changed && !ruleLocked ? { rule } : {}),
        });
      }
      return createSegment({ name: values.name, description, kind: values.kind, rule: toRule(draft) });
    },
    onSuccess: async (saved) => {
      message.success(t(segment ? "form.saved" : "form.created"));
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: KEYS.all }),
        queryClient.invalidateQueries({ queryKey: ["customers", "list"] }),
      ]);
      navigate(`/segments/${saved.id}`);
    },
    onError: (error) => {
      if (error instanceof ApiError && error.code === "segment_name_taken")
        form.setFields([{ name: "name", errors: [errorMessage(error)] }]);
      else message.error(errorMessage(error));
    },
  });

  // The server's refusal (from the live count or a save) is shown on the row it names.
  const refusal =
    rulePath(save.error) !== undefined ? save.error : live.serverPath !== undefined ? live.query.error : null;
  const path = rulePath(refusal);
  const refusedKey = path === undefined ? undefined : keyAtPath(draft, path);
  const serverProblem =
    refusedKey && path !== undefined
      ? { key: refusedKey, message: errorMessage(refusal), part: partOfPath(path) }
      : undefined;

  function submit(values: FormValues) {
    if (!ruleLocked && live.issues.length > 0) {
      setShowIssues(true);
      message.error(t("form.fixRule"));
      return;
    }
    save.mutate(values);
  }

  return (
    <Form<FormValues>
      form={form}
      layout="vertical"
      initialValues={{
        name: segment?.name,
        description: segment?.description ?? undefined,
        kind: segment?.kind ?? "dynamic",
      }}
      onFinish={submit}
      style={{ maxWidth: 1100 }}
    >
      <Flex vertical gap={16}>
        <Card size="small">
          <Form.Item
            name="name"
            label={t("form.name")}
            rules={[{ required: true, whitespace: true, message: t("form.nameRequired") }]}
          >
            <Input maxLength={60} placeholder={t("form.namePlaceholder")} style={{ maxWidth: 480 }} />
          </Form.Item>
          <Form.Item name="description" label={t("form.description")}>
            <Input.TextArea
              maxLength={500}
              autoSize={{ minRows: 1, maxRows: 4 }}
              placeholder={t("form.descriptionPlaceholder")}
              style={{ maxWidth: 720 }}
            />
          </Form.Item>
          <Form.Item
            name="kind"
            label={t("form.kind")}
            extra={segment ? `${t(`kindHelp.${kind}`)} ${t("form.kindLocked")}` : t(`kindHelp.${kind}`)}
            style={{ marginBottom: 0 }}
          >
            <Radio.Group
              disabled={Boolean(segment)}
              optionType="button"
              options={[
                { value: "dynamic", label: t("kind.dynamic") },
                { value: "static", label: t("kind.static") },
              ]}
            />
          </Form.Item>
        </Card>
        <Card size="small" title={t("form.rule")}>
          {ruleLocked ? (
            <Space orientation="vertical">
              <RuleText rule={segment?.rule} />
              <Typography.Text type="secondary">{t("form.staticRuleLocked")}</Typography.Text>
            </Space>
          ) : (
            <QueryState query={catalogue} rows={3}>
              {() => (
                <>
                  <RuleBuilder
                    value={draft}
                    onChange={(next) => {
                      setDraft(next);
                      save.reset();
                    }}
                    fields={fields}
                    issues={showIssues ? live.issues : []}
                    serverProblem={serverProblem}
                  />
                  <Divider style={{ margin: "12px 0" }} />
                  <LiveCountBar state={live} />
                </>
              )}
            </QueryState>
          )}
        </Card>
        <Space wrap>
          <Button type="primary" htmlType="submit" loading={save.isPending}>
            {t("form.save")}
          </Button>
          <Button onClick={() => navigate(segment ? `/segments/${segment.id}` : "/segments")}>
            {t("common:action.cancel")}
          </Button>
        </Space>
      </Flex>
    </Form>
  );
}

/** The create page, or the edit page of the segment in the URL. */
export default function SegmentEditPage() {
  const { t } = useTranslation("segments");
  const { id } = useParams();
  const segmentId = Number(id);
  const editing = id !== undefined;
  const segment = useSegment(segmentId, editing);
  return (
    <Flex vertical gap={16}>
      <Flex vertical gap={4}>
        <Link to={editing ? `/segments/${segmentId}` : "/segments"}>
          <ArrowLeftOutlined /> {t(editing ? "form.backToSegment" : "form.back")}
        </Link>
        <Typography.Title level={4} className="page-title" style={{ marginBottom: 0 }}>
          {t(editing ? "form.editTitle" : "form.createTitle")}
        </Typography.Title>
      </Flex>
      {editing ? (
        <QueryState query={segment} rows={8}>
          {(s) => <SegmentForm key={s.id} segment={s} />}
        </QueryState>
      ) : (
        <SegmentForm />
      )}
    </Flex>
  );
}
