import { Link, useSearchParams } from "react-router";
import { useI18n } from "../i18n/i18n.tsx";

export interface PageCursors {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor?: string | null | undefined;
  endCursor?: string | null | undefined;
}

/** Relay cursor arguments for the page the address names (?after=… or ?before=…). */
export function usePageArgs(pageSize: number) {
  const [params] = useSearchParams();
  const before = params.get("before");
  const after = params.get("after");
  return before ? { last: pageSize, before } : { first: pageSize, after };
}

/** Previous / next links that carry the cursor in the address, keeping the other parameters. */
export function Pagination({ pageInfo }: { pageInfo: PageCursors }) {
  const { t } = useI18n();
  const [params] = useSearchParams();
  // Relay only promises hasPreviousPage when paging backwards and hasNextPage when paging
  // forwards; having arrived through a cursor says the other direction has rows too.
  const hasPrevious = pageInfo.hasPreviousPage || params.has("after");
  const hasNext = pageInfo.hasNextPage || params.has("before");
  const linkTo = (name: "after" | "before", cursor: string) => {
    const next = new URLSearchParams(params);
    next.delete("after");
    next.delete("before");
    next.set(name, cursor);
    return `?${next}`;
  };
  return (
    <nav className="pagination" aria-label={t("pagination.label")}>
      {hasPrevious && pageInfo.startCursor ? (
        <Link to={linkTo("before", pageInfo.startCursor)} rel="prev">
          ← {t("pagination.previous")}
        </Link>
      ) : (
        <span aria-disabled="true" className="pagination-disabled">
          ← {t("pagination.previous")}
        </span>
      )}
      {hasNext && pageInfo.endCursor ? (
        <Link to={linkTo("after", pageInfo.endCursor)} rel="next">
          {t("pagination.next")} →
        </Link>
      ) : (
        <span aria-disabled="true" className="pagination-disabled">
          {t("pagination.next")} →
        </span>
      )}
    </nav>
  );
}
