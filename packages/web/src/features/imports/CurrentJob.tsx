/**
 * The import just uploaded (its id is in the URL, so a reload keeps it): polled until it ends,
 * then the history and every page's cached data are refreshed, since new orders change them.
 */
import { useQueryClient } from "@tanstack/react-query";
import { Card, Space } from "antd";
import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { ME_KEY } from "../../app/session.tsx";
import { QueryState } from "../../app/states.tsx";
import { IMPORTS_KEY, isActive, useImportJob } from "./imports.api.ts";
import { JobResult } from "./JobResult.tsx";
import { StatusTag } from "./StatusTag.tsx";

export function CurrentJob({ id }: { id: number }) {
  const { t } = useTranslation("imports");
  const queryClient = useQueryClient();
  const job = useImportJob(id);
  const wasActive = useRef(false);
  const active = job.data ? isActive(job.data) : true;

  useEffect(() => {
    if (active) {
      wasActive.current = true;
    } else if (wasActive.current) {
      wasActive.current = false;
      void queryClient.invalidateQueries({
        predicate: (query) => query.queryKey[0] !== ME_KEY[0] && query.queryKey[0] !== IMPORTS_KEY[0],
      });
      void queryClient.invalidateQueries({ queryKey: [...IMPORTS_KEY, "history"] });
    }
  }, [active, queryClient]);

  return (
    <Card
      size="small"
      title={
        <Space wrap>
          <span>{t("job.title", { id })}</span>
          {job.data ? <StatusTag job={job.data} /> : null}
        </Space>
      }
      data-testid="current-import"
    >
      <QueryState query={job} rows={3}>
        {(data) => <JobResult job={data} />}
      </QueryState>
    </Card>
  );
}
