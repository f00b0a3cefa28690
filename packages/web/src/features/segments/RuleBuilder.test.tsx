// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { act, cleanup, fireEvent, render, screen } from "@testing-library/react";
import { useState } from "react";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import "../../app/i18n.ts";
import { FIELDS } from "./catalogue.fixture.ts";
import { checkDraft, type Issue } from "./check.ts";
import { RuleBuilder } from "./RuleBuilder.tsx";
import { type DraftGroup, fromRule, toRule } from "./rule.ts";
import { KEYS } from "./segments.api.ts";

beforeAll(() => {
  // jsdom lacks what antd's responsive and virtual-list code asks for.
  window.matchMedia ??= ((query: string) => ({
    matches: false,
    media: query,
    onchange: null,
    addListener: () => {},
    removeListener: () => {},
    addEventListener: () => {},
    removeEventListener: () => {},
    dispatchEvent: () => false,
  })) as unknown as typeof window.matchMedia;
  globalThis.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  } as unknown as typeof ResizeObserver;
});
afterEach(cleanup);

/** The builder holding its own draft, reporting each new one. */
function Harness(props: { initial: DraftGroup; issuesShown: boolean; onDraft: (draft: DraftGroup) => void }) {
  const [draft, setDraft] = useState(props.initial);
  props.onDraft(draft);
  const issues: Issue[] = props.issuesShown ? checkDraft(draft, FIELDS) : [];
  return <RuleBuilder value={draft} onChange={setDraft} fields={FIELDS} issues={issues} />;
}

/** Render the builder on `rule`; `latest()` is the rule after the user's edits. */
function mount(rule: unknown, issuesShown = false, seed?: (client: QueryClient) => void) {
  let current: DraftGroup = fromRule(rule);
  const client = new QueryClient({ defaultOptions: { queries: { enabled: false } } });
  seed?.(client);
  render(
    <QueryClientProvider client={client}>
      <Harness initial={current} issuesShown={issuesShown} onDraft={(draft) => (current = draft)} />
    </QueryClientProvider>,
  );
  return { latest: () => toRule(current) };
}

/** Open the antd Select labelled `label` and click the option `option`. */
async function choose(label: string, option: string) {
  await act(async () => {
    fireEvent.mouseDown(screen.getByRole("combobox", { name: label }));
  });
  const dropdowns = document.querySelectorAll<HTMLElement>(".ant-select-dropdown");
  const item = dropdowns[dropdowns.length - 1]?.querySelector(`.ant-select-item-option[title="${option}"]`);
  if (!item) throw new Error(`no option ${option} in ${label}`);
  await act(async () => {
    fireEvent.click(item);
  });
}

describe("RuleBuilder", () => {
  it("shows a saved rule with nested groups, labels and money in 元", () => {
    mount({
      all: [
        { field: "total_spent_fen", op: "gte", value: 50_000 },
        {
          any: [
            { field: "churn_status", op: "in", value: ["at_risk"] },
            { field: "recency_days", op: "gte", value: 90 },
          ],
        },
      ],
    });
    expect(screen.getAllByTestId("rule-condition")).toHaveLength(3);
    expect(screen.getAllByTestId("rule-group")).toHaveLength(2);
    expect(screen.getByText("满足以下全部条件")).toBeTruthy();
    expect(screen.getByText("满足以下任一条件")).toBeTruthy();
    expect(screen.getByText("累计消费")).toBeTruthy();
    expect((screen.getByRole("spinbutton", { name: "条件 1 的值" }) as HTMLInputElement).value).toBe(
      "500.00",
    );
    expect(screen.getByText("有流失风险")).toBeTruthy();
  });

  it("stores typed 元 as 分 and keeps the rest of the rule", () => {
    const { latest } = mount({
      all: [
        { field: "aov_fen", op: "lt", value: 100 },
        { field: "gender", op: "is_set" },
      ],
    });
    const input = screen.getByRole("spinbutton", { name: "条件 1 的值" });
    fireEvent.change(input, { target: { value: "19.99" } });
    expect(latest()).toEqual({
      all: [
        { field: "aov_fen", op: "lt", value: 1999 },
        { field: "gender", op: "is_set" },
      ],
    });
  });

  it("adds, fills and removes conditions and groups", async () => {
    const { latest } = mount({ all: [{ field: "gender", op: "is_set" }] });
    fireEvent.click(screen.getByRole("button", { name: /添加条件组/ }));
    expect(screen.getAllByTestId("rule-group")).toHaveLength(2);
    expect(latest()).toEqual({ all: [{ field: "gender", op: "is_set" }, { any: [{ field: "", op: "" }] }] });

    // A new field starts with its usual operator; days are a whole number.
    await choose("条件 2 的字段", "最近下单时间");
    expect(latest()).toMatchObject({
      all: [{}, { any: [{ field: "last_order_at", op: "within_last_days" }] }],
    });
    fireEvent.change(screen.getByRole("spinbutton", { name: "条件 2 的值" }), { target: { value: "30" } });
    expect(latest()).toMatchObject({ all: [{}, { any: [{ value: 30 }] }] });

    // Changing to an operator with another kind of value clears the value.
    await choose("条件 2 的比较方式", "早于");
    expect(latest()).toEqual({
      all: [{ field: "gender", op: "is_set" }, { any: [{ field: "last_order_at", op: "before" }] }],
    });

    fireEvent.click(screen.getByRole("button", { name: "删除条件 1" }));
    fireEvent.click(screen.getByRole("button", { name: /删除条件组/ }));
    expect(latest()).toEqual({ all: [] });
    expect(screen.getByText("还没有条件。添加一个条件开始圈选客户。")).toBeTruthy();
  });

  it("picks customer groups by name and lurking by days", async () => {
    const groups = [
      { id: 5, name: "老客群" },
      { id: 6, name: "VIP群" },
    ];
    const { latest } = mount(
      {
        all: [
          { field: "", op: "" },
          { field: "", op: "" },
        ],
      },
      false,
      (client) => client.setQueryData(KEYS.groups, groups),
    );
    await choose("条件 1 的字段", "所在客户群");
    await choose("条件 1 的值", "VIP群");
    await choose("条件 2 的字段", "群内潜水");
    fireEvent.change(screen.getByRole("spinbutton", { name: "条件 2 的值" }), { target: { value: "30" } });
    expect(latest()).toEqual({
      all: [
        { field: "groups", op: "has_any", value: [6] },
        { field: "lurker_in_group", op: "is_lurker", value: 30 },
      ],
    });
  });

  it("marks the incomplete conditions with what is missing", () => {
    mount(
      { all: [{ field: "total_spent_fen", op: "gte", value: 1 }, { field: "province" }, { any: [] }] },
      true,
    );
    const alerts = screen.getAllByRole("alert").map((a) => a.textContent);
    expect(alerts).toEqual(["条件 2:请选择比较方式", "有一个条件组是空的,请添加条件或删除它"]);
  });
});
