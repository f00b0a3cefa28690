/**
 * The shop's analytics settings (GET/PATCH /shop/settings/analytics): churn thresholds, RFM cut
 * points, 客单价 bands, traffic cost share, the CLV model and the behaviour inference thresholds. Saving sends a merge patch of what
 * changed; "reset" sends null for one setting so its default applies again.
 */
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Alert, App, Button, Card, Form, Space } from "antd";
import dayjs from "dayjs";
import { useTranslation } from "react-i18next";
import { api, data } from "../../api/client.ts";
import { ME_KEY } from "../../app/session.tsx";
import { errorMessage, QueryState } from "../../app/states.tsx";
import { AnalyticsSections } from "./AnalyticsSections.tsx";
import {
  type AnalyticsForm,
  type AnalyticsPatch,
  type AnalyticsView,
  type DefaultedSetting,
  type FormField,
  fieldValue,
  resetPatch,
  toForm,
  toPatch,
} from "./analyticsForm.ts";
import { KEYS, useFormLayout } from "./layout.ts";

export function AnalyticsSettingsCard() {
  const { t } = useTranslation("settings");
  const query = useQuery({
    queryKey: KEYS.analyticsSettings,
    queryFn: async () => data(await api.GET("/api/v1/shop/settings/analytics")),
  });
  return (
    <Card title={t("analytics.title")} size="small">
      <QueryState query={query} rows={10}>
        {(view) => <SettingsForm view={view} />}
      </QueryState>
    </Card>
  );
}

/** The threshold the last analytics run derived, shown while the shop has none of its own. */
function useDerivedChurnDays(enabled: boolean) {
  return useQuery({
    queryKey: KEYS.derivedChurn,
    enabled,
    staleTime: 5 * 60_000,
    retry: false,
    queryFn: async () => {
      // The shortest range keeps the report cheap: only its churnDays is used.
      const from = dayjs().subtract(1, "month").format("YYYY-MM-DD");
      const report = data(
        await api.GET("/api/v1/analytics/reports/churn", {
          params: { query: { granularity: "month", from } },
        }),
      );
      return report.churnDaysSource === "settings" || report.churnDaysSource === "query"
        ? null
        : report.churnDays;
    },
  });
}

function SettingsForm({ view }: { view: AnalyticsView }) {
  const { t } = useTranslation(["settings", "common"]);
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const layout = useFormLayout();
  // The control takes the room beside the label (flex-basis 0): with "auto" a help text longer than
  // that room (行为推断, most English ones) pushed its field under the label.
  const formLayout =
    layout.layout === "horizontal"
      ? { ...layout, wrapperCol: { flex: "1 1 0", style: { minWidth: 0 } } }
      : layout;
  const [form] = Form.useForm<AnalyticsForm>();
  const derivedChurn = useDerivedChurnDays(view.settings.churnDays === null);

  const patch = useMutation({
    mutationFn: async (body: AnalyticsPatch) =>
      data(await api.PATCH("/api/v1/shop/settings/analytics", { body })),
    onSuccess: async (next) => {
      queryClient.setQueryData(KEYS.analyticsSettings, next);
      // Reports read some settings (churn days, traffic share) live, so cached reports are stale;
      // the shop and the session are not (refetching them would reset the profile form).
      await queryClient.invalidateQueries({
        predicate: (q) => q.queryKey[0] !== KEYS.shop[0] && q.queryKey[0] !== ME_KEY[0],
      });
    },
    onError: (error) => message.error(errorMessage(error)),
  });

  async function save() {
    const values = form.getFieldsValue(true) as AnalyticsForm;
    const body = toPatch(values, view.settings);
    if (Object.keys(body).length === 0) {
      message.info(t("shop.unchanged"));
      return;
    }
    const next = await patch.mutateAsync(body).catch(() => null);
    if (!next) return;
    form.setFieldsValue(toForm(next.settings));
    message.success(t("common:state.saved"));
  }

  async function reset(setting: DefaultedSetting, fields: FormField[]) {
    const next = await patch.mutateAsync(resetPatch(setting)).catch(() => null);
    if (!next) return;
    // Only these fields: other unsaved edits in the form stay as they are.
    const fresh = toForm(next.settings);
    for (const field of fields) form.setFieldValue(field, fieldValue(fresh, field));
    message.success(t("analytics.resetDone"));
  }

  return (
    <Space orientation="vertical" size="middle" style={{ width: "100%" }}>
      <Alert type="info" showIcon title={t("analytics.intro")} />
      <Form<AnalyticsForm>
        name="analytics"
        form={form}
        {...formLayout}
        initialValues={toForm(view.settings)}
        onFinish={() => void save()}
        requiredMark={false}
        scrollToFirstError
      >
        <AnalyticsSections
          overrides={view.overrides}
          derivedChurnDays={derivedChurn.data ?? null}
          resetting={patch.isPending}
          onReset={(setting, fields) => void reset(setting, fields)}
        />
        <Form.Item label={layout.layout === "horizontal" ? " " : undefined} colon={false}>
          <Space wrap>
            <Button type="primary" htmlType="submit" loading={patch.isPending}>
              {t("common:action.save")}
            </Button>
            <Button htmlType="button" onClick={() => form.setFieldsValue(toForm(view.settings))}>
              {t("analytics.discard")}
            </Button>
          </Space>
        </Form.Item>
      </Form>
    </Space>
  );
}
