/** A ⓘ after a title that explains how a number is counted, on hover and on keyboard focus. */
import { QuestionCircleOutlined } from "@ant-design/icons";
import { Tooltip } from "antd";

export function HelpTip({ text }: { text: string }) {
  return (
    <Tooltip title={text}>
      <QuestionCircleOutlined
        className="muted"
        style={{ marginInlineStart: 6 }}
        tabIndex={0}
        aria-label={text}
      />
    </Tooltip>
  );
}
