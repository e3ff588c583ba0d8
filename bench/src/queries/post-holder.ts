// "Who was Director of CATP Hải Phòng on 2022-11-23?": the effective-dated post lookup.
import type { NamedQuery } from "../named-query.js";

const UNIT = "CATP-HP";
const TITLE = "Giám đốc";
const AS_OF = "2022-11-23";

interface Holder {
  title: string;
  effectiveFrom: string | null;
  person: { fullName: string; rank: string | null };
}

export const postHolder: NamedQuery = {
  name: "post-holder",
  question: `postHolders(unitCode: "${UNIT}", title: "${TITLE}", asOf: ${AS_OF}) with the holder's rank that day`,
  graphql: {
    query: `query PostHolder($unit: String!, $title: String!, $asOf: Date!) {
  postHolders(unitCode: $unit, title: $title, asOf: $asOf) {
    title effectiveFrom
    person { fullName rank(asOf: $asOf) }
  }
}`,
    variables: { unit: UNIT, title: TITLE, asOf: AS_OF },
  },
  fromApi(data) {
    return data.postHolders as Holder[];
  },
  sql: {
    text: `
SELECT pa.title, pa."effectiveFrom"::text AS effective_from, p."fullName", g.rank::text AS rank
  FROM unit u
  JOIN post_assignment pa ON pa."unitId" = u.id
  JOIN person p ON p.id = pa."personId"
  LEFT JOIN LATERAL (
    SELECT g.rank FROM rank_grant g
     WHERE g."officerId" = p.id AND g."effectiveFrom" <= $3::date AND (g."effectiveTo" IS NULL OR g."effectiveTo" > $3::date)
     ORDER BY g."effectiveFrom" DESC LIMIT 1
  ) g ON TRUE
 WHERE u.code = $1 AND pa.title = $2
   AND (pa."effectiveFrom" IS NULL OR pa."effectiveFrom" <= $3::date) AND (pa."effectiveTo" IS NULL OR pa."effectiveTo" > $3::date)
 ORDER BY pa.title, p."fullName", pa.id`,
    values: [UNIT, TITLE, AS_OF],
  },
  fromSql(rows) {
    return rows.map(
      (row): Holder => ({
        title: row.title as string,
        effectiveFrom: row.effective_from as string | null,
        person: { fullName: row.fullName as string, rank: row.rank as string | null },
      }),
    );
  },
};
