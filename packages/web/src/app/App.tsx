/** Providers: query cache, antd theme and locale (following the UI language), router. */
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { App as AntApp, ConfigProvider } from "antd";
import enUS from "antd/locale/en_US";
import zhCN from "antd/locale/zh_CN";
import dayjs from "dayjs";
import "dayjs/locale/zh-cn";
import { Suspense, useEffect } from "react";
import { useTranslation } from "react-i18next";
import { RouterProvider } from "react-router";
import { ApiError } from "../api/client.ts";
import { router } from "./router.tsx";
import { Loading } from "./states.tsx";

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      refetchOnWindowFocus: false,
      // Client errors (403, 404, 400) do not get better by retrying.
      retry: (count, error) =>
        count < 2 && !(error instanceof ApiError && error.status < 500 && error.status > 0),
    },
  },
});

export function App() {
  const { i18n } = useTranslation();
  const chinese = i18n.language === "zh-CN";
  useEffect(() => {
    dayjs.locale(chinese ? "zh-cn" : "en");
    document.documentElement.lang = i18n.language;
  }, [chinese, i18n.language]);
  return (
    <QueryClientProvider client={queryClient}>
      <ConfigProvider
        locale={chinese ? zhCN : enUS}
        theme={{ token: { colorPrimary: "#d4380d", borderRadius: 4 } }}
        componentSize="middle"
        button={{ autoInsertSpace: false }}
      >
        <AntApp>
          <Suspense fallback={<Loading rows={8} />}>
            <RouterProvider router={router} />
          </Suspense>
        </AntApp>
      </ConfigProvider>
    </QueryClientProvider>
  );
}
