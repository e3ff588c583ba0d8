import type { ClusterOverviewQuery } from "../../graphql/generated/graphql.ts";
import { useI18n } from "../../i18n/i18n.tsx";

type IndicatorValueResult = ClusterOverviewQuery["clearanceRate"];

/** The cluster's case clearance rate for a year: the figure, and cleared / recorded when known. */
export function ClearanceRate({ year, result }: { year: number; result: IndicatorValueResult }) {
  const { t, percent, integer } = useI18n();
  const rate = result?.__typename === "IndicatorValue" ? result : null;
  // Computed from the members' observations when they exist, else the figure the conference published.
  const value = rate?.value ?? rate?.reportedValue;
  return (
    <figure className="card stat" aria-labelledby="clearance-rate-caption">
      <figcaption id="clearance-rate-caption" className="stat-caption">
        {t("indicator.clearanceRate", { year })}
      </figcaption>
      {value == null ? (
        <p className="muted">{result?.__typename === "NotFoundError" ? result.message : t("indicator.noValue")}</p>
      ) : (
        <p className="stat-value" data-testid="clearance-rate">
          {percent(value)}
        </p>
      )}
      {rate?.numerator != null && rate.denominator != null ? (
        <p className="stat-detail">
          {t("indicator.ratio", { numerator: integer(rate.numerator), denominator: integer(rate.denominator) })}
        </p>
      ) : (
        value != null && <p className="stat-detail">{t("indicator.reported")}</p>
      )}
    </figure>
  );
}
