import { Navigate, useParams, useSearchParams } from "react-router";
import { overviewPath } from "../overview/overview-params.ts";

/** /clusters/1?year=2022, the address of the first dashboard, now opens the overview of that cluster. */
export function ClusterRedirect() {
  const { number } = useParams();
  const [params] = useSearchParams();
  const cluster = Number(number);
  const year = Number(params.get("year"));
  return <Navigate to={overviewPath(Number.isInteger(cluster) && cluster > 0 ? cluster : undefined, Number.isInteger(year) && year > 0 ? year : undefined)} replace />;
}
