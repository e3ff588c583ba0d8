// The overview's context lives in the address (?cluster=1&year=2022) so a view can be shared.

/** Emulation Cluster No. 1, the one the source article is about. */
export const defaultCluster = 1;
/** The year of the source's review conference; the demo data runs 2020–2024 around it. */
export const defaultYear = 2022;

const positiveInt = (value: string | null) => (value && /^\d+$/.test(value) && Number(value) > 0 ? Number(value) : null);

export function readOverviewParams(params: URLSearchParams): { cluster: number; year: number } {
  const year = positiveInt(params.get("year"));
  return {
    cluster: positiveInt(params.get("cluster")) ?? defaultCluster,
    year: year && year >= 1945 && year <= 2100 ? year : defaultYear,
  };
}

export function overviewPath(cluster: number = defaultCluster, year: number = defaultYear): string {
  return `/overview?cluster=${cluster}&year=${year}`;
}
