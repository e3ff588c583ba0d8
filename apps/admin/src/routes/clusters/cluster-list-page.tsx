import { Link } from "react-router";
import { useQuery } from "urql";
import { QueryStatus } from "../../components/query-status.tsx";
import { useI18n } from "../../i18n/i18n.tsx";
import { defaultYear } from "./cluster-page.tsx";
import { ClusterListQuery } from "./operations.ts";

export function ClusterListPage() {
  const { t, pick, enumLabel } = useI18n();
  const [{ data, fetching, error }] = useQuery({ query: ClusterListQuery });
  const clusters = data?.clusters.edges.map((edge) => edge.node) ?? [];
  return (
    <>
      <title>{t("clusters.title")}</title>
      <div className="page-header">
        <h1>{t("clusters.title")}</h1>
      </div>
      <QueryStatus fetching={fetching} error={error} />
      {data && (
        <ul className="card-list">
          {clusters.map((cluster) => (
            <li key={cluster.number} className="card">
              <p className="eyebrow">
                {enumLabel("ClusterKind", cluster.kind)} · {t("clusters.number")} {cluster.number}
              </p>
              <h2>
                <Link to={`/clusters/${cluster.number}?year=${defaultYear}`}>{pick(cluster.name, cluster.nameEn)}</Link>
              </h2>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
