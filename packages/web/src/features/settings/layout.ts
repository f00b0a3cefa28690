/** Form layout shared by the settings forms: labels beside fields on a desktop, above on a phone. */
import { Grid } from "antd";

export function useFormLayout() {
  const screens = Grid.useBreakpoint();
  return screens.md
    ? ({
        layout: "horizontal",
        labelCol: { flex: "200px" },
        wrapperCol: { flex: "auto" },
        labelWrap: true,
        style: { maxWidth: 920 },
      } as const)
    : ({ layout: "vertical" } as const);
}

/** Query keys of this feature, so every mutation invalidates the same lists. */
export const KEYS = {
  shop: ["shop"] as const,
  analyticsSettings: ["shop", "settings", "analytics"] as const,
  derivedChurn: ["shop", "settings", "derived-churn"] as const,
  roles: ["roles"] as const,
  staff: ["staff"] as const,
  invitations: ["staff", "invitations"] as const,
  apiKeys: ["api-keys"] as const,
  audit: ["audit"] as const,
};

/** Column props that keep a cell on one line (dates, names): the table scrolls instead. */
export const NOWRAP = { onCell: () => ({ style: { whiteSpace: "nowrap" as const } }) };
