/** The shop's name, time zone and currency (PATCH /shop), with its fixed code and creation date. */
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { App, Button, Card, Descriptions, Form, Input, Select, Space } from "antd";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { api, data, type GetResponse } from "../../api/client.ts";
import { ME_KEY } from "../../app/session.tsx";
import { errorMessage, QueryState } from "../../app/states.tsx";
import { formatTime } from "./labels.ts";
import { KEYS, useFormLayout } from "./layout.ts";

type Shop = GetResponse<"/api/v1/shop">;
type ShopForm = Pick<Shop, "name" | "timeZone" | "currency">;

// Offered first: where laoke's shops sell. Any IANA zone and ISO code is still accepted.
const COMMON_ZONES = [
  "Asia/Shanghai",
  "Asia/Hong_Kong",
  "Asia/Taipei",
  "Asia/Singapore",
  "Asia/Tokyo",
  "UTC",
];
const COMMON_CURRENCIES = ["CNY", "HKD", "TWD", "USD", "EUR", "JPY", "SGD", "GBP", "AUD", "CAD", "KRW"];

/** "GMT+08:00" for a zone, now (daylight saving moves it). */
function utcOffset(zone: string): string {
  try {
    const parts = new Intl.DateTimeFormat("en-US", { timeZone: zone, timeZoneName: "longOffset" });
    return parts.formatToParts(new Date()).find((p) => p.type === "timeZoneName")?.value ?? "";
  } catch {
    return "";
  }
}

function zoneOptions(current: string) {
  const all = typeof Intl.supportedValuesOf === "function" ? Intl.supportedValuesOf("timeZone") : [];
  return [...new Set([current, ...COMMON_ZONES, ...all])].map((zone) => ({
    value: zone,
    label: `${zone} (${utcOffset(zone)})`,
  }));
}

function currencyOptions(current: string, language: string) {
  const names = new Intl.DisplayNames([language], { type: "currency" });
  return [...new Set([current, ...COMMON_CURRENCIES])].map((code) => ({
    value: code,
    label: `${code} · ${names.of(code) ?? code}`,
  }));
}

export function ShopProfileCard() {
  const { t } = useTranslation("settings");
  const query = useQuery({
    queryKey: KEYS.shop,
    queryFn: async () => data(await api.GET("/api/v1/shop")),
  });
  return (
    <Card title={t("shop.profile")} size="small">
      <QueryState query={query}>
        {(shop) => <ProfileForm key={`${query.dataUpdatedAt}`} shop={shop} />}
      </QueryState>
    </Card>
  );
}

function ProfileForm({ shop }: { shop: Shop }) {
  const { t, i18n } = useTranslation(["settings", "common"]);
  const { message, modal } = App.useApp();
  const queryClient = useQueryClient();
  const layout = useFormLayout();
  const [form] = Form.useForm<ShopForm>();
  const zones = useMemo(() => zoneOptions(shop.timeZone), [shop.timeZone]);
  const currencies = useMemo(
    () => currencyOptions(shop.currency, i18n.language),
    [shop.currency, i18n.language],
  );

  const save = useMutation({
    mutationFn: async (body: Partial<ShopForm>) => data(await api.PATCH("/api/v1/shop", { body })),
    onSuccess: async (updated) => {
      message.success(t("common:state.saved"));
      queryClient.setQueryData(KEYS.shop, updated);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: ME_KEY }),
        queryClient.invalidateQueries({ queryKey: KEYS.audit }),
      ]);
    },
    onError: (error) => message.error(errorMessage(error)),
  });

  function submit(values: ShopForm) {
    const name = values.name.trim();
    const body: Partial<ShopForm> = {
      ...(name !== shop.name ? { name } : {}),
      ...(values.timeZone !== shop.timeZone ? { timeZone: values.timeZone } : {}),
      ...(values.currency !== shop.currency ? { currency: values.currency } : {}),
    };
    if (Object.keys(body).length === 0) {
      message.info(t("shop.unchanged"));
      return;
    }
    if (!body.timeZone) {
      save.mutate(body);
      return;
    }
    // A new zone moves every day boundary of every report at once, so it is confirmed.
    modal.confirm({
      title: t("shop.timeZoneConfirmTitle"),
      content: t("shop.timeZoneConfirm", { from: shop.timeZone, to: body.timeZone }),
      onOk: () => save.mutateAsync(body).catch(() => undefined),
    });
  }

  return (
    <Space orientation="vertical" size="middle" style={{ width: "100%" }}>
      <Descriptions
        size="small"
        column={{ xs: 1, md: 2 }}
        items={[
          { key: "slug", label: t("shop.slug"), children: shop.slug },
          { key: "created", label: t("shop.createdAt"), children: formatTime(shop.createdAt) },
        ]}
      />
      <Form<ShopForm>
        name="shop"
        form={form}
        {...layout}
        initialValues={shop}
        onFinish={submit}
        requiredMark={false}
      >
        <Form.Item
          name="name"
          label={t("shop.name")}
          extra={t("shop.nameHelp")}
          rules={[{ required: true, whitespace: true, max: 200, message: t("shop.nameInvalid") }]}
        >
          <Input maxLength={200} showCount />
        </Form.Item>
        <Form.Item
          name="timeZone"
          label={t("shop.timeZone")}
          extra={t("shop.timeZoneHelp")}
          rules={[{ required: true, message: t("shop.timeZoneRequired") }]}
        >
          <Select showSearch={{ optionFilterProp: "label" }} options={zones} />
        </Form.Item>
        <Form.Item
          name="currency"
          label={t("shop.currency")}
          extra={t("shop.currencyHelp")}
          rules={[{ required: true, pattern: /^[A-Z]{3}$/, message: t("shop.currencyInvalid") }]}
        >
          <Select showSearch={{ optionFilterProp: "label" }} options={currencies} />
        </Form.Item>
        <Form.Item label={layout.layout === "horizontal" ? " " : undefined} colon={false}>
          <Space wrap>
            <Button type="primary" htmlType="submit" loading={save.isPending}>
              {t("common:action.save")}
            </Button>
            <Button htmlType="button" onClick={() => form.resetFields()}>
              {t("common:action.reset")}
            </Button>
          </Space>
        </Form.Item>
      </Form>
    </Space>
  );
}
