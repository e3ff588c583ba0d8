// A page of 50 people through a relation filter (serving on the day in a unit within a member of
// the cluster, at Thượng tá or above), each with three levels below it: posts → unit → parent.
import type { NamedQuery } from "../named-query.js";

const CLUSTER = 101;
const AS_OF = "2024-06-30";

interface Post {
  title: string;
  effectiveFrom: string | null;
  unit: { code: string; name: string; parent: { code: string; name: string } | null } | null;
}
interface Person {
  fullName: string;
  serviceNumber: string | null;
  rank: string | null;
  assignments: Array<{ unit: { code: string } }>;
  posts: Post[];
}

export const rosterPage: NamedQuery = {
  name: "roster-page",
  question: `people(first: 50) serving on ${AS_OF} within cluster ${CLUSTER}'s members, rank ≥ THUONG_TA; person → posts → unit → parent`,
  graphql: {
    query: `query RosterPage($asOf: Date!, $cluster: Int!) {
  people(first: 50, asOf: $asOf, filter: { rank: { gte: THUONG_TA }, unit: { within: { cluster: { number: { eq: $cluster } } } } }) {
    totalCount
    pageInfo { hasNextPage }
    edges {
      node {
        fullName
        serviceNumber
        rank(asOf: $asOf)
        assignments(asOf: $asOf) { unit { code } }
        posts(asOf: $asOf) { title effectiveFrom unit { code name parent { code name } } }
      }
    }
  }
}`,
    variables: { asOf: AS_OF, cluster: CLUSTER },
  },
  fromApi(data) {
    const people = data.people as { totalCount: number; pageInfo: { hasNextPage: boolean }; edges: Array<{ node: Person }> };
    return { totalCount: people.totalCount, hasNextPage: people.pageInfo.hasNextPage, people: people.edges.map((edge) => edge.node) };
  },
  // The units within the members (walking down the tree); the people serving in them that day
  // (the unit index, through an array) intersected with those holding the rank (the rank index);
  // the page sorted with the total from a window; each person's rows by LATERAL.
  sql: {
    text: `
WITH RECURSIVE within_unit AS (
  SELECT m."unitId" AS id
    FROM cluster_membership m JOIN cluster c ON c.id = m."clusterId"
   WHERE c.number = $1 AND m."fromYear" <= $3 AND (m."toYear" IS NULL OR m."toYear" >= $3)
  UNION
  SELECT u.id FROM unit u JOIN within_unit w ON u."parentId" = w.id
), matching AS (
  SELECT ua."personId" AS id FROM unit_assignment ua
   WHERE ua."unitId" = ANY (ARRAY(SELECT id FROM within_unit))
     AND ua."effectiveFrom" <= $2::date AND (ua."effectiveTo" IS NULL OR ua."effectiveTo" > $2::date)
  INTERSECT
  SELECT g."officerId" FROM rank_grant g
   WHERE g.rank >= 'THUONG_TA' AND g."effectiveFrom" <= $2::date AND (g."effectiveTo" IS NULL OR g."effectiveTo" > $2::date)
), named AS (
  SELECT m.id, (SELECT p."fullName" FROM person p WHERE p.id = m.id) AS "fullName" FROM matching m
), page AS (
  SELECT id, "fullName", count(*) OVER ()::int AS total_count FROM named ORDER BY "fullName", id LIMIT 51
)
SELECT page.id, page."fullName", page.total_count, o."serviceNumber", g.rank::text AS rank,
       coalesce(assignments.list, '[]') AS assignments, coalesce(posts.list, '[]') AS posts
  FROM page
  LEFT JOIN officer o ON o."personId" = page.id
  LEFT JOIN LATERAL (
    SELECT g.rank FROM rank_grant g
     WHERE g."officerId" = page.id AND g."effectiveFrom" <= $2::date AND (g."effectiveTo" IS NULL OR g."effectiveTo" > $2::date)
     ORDER BY g."effectiveFrom" DESC LIMIT 1
  ) g ON TRUE
  LEFT JOIN LATERAL (
    SELECT json_agg(json_build_object('unit', json_build_object('code', u.code)) ORDER BY ua."effectiveFrom" DESC, ua.id) AS list
      FROM unit_assignment ua JOIN unit u ON u.id = ua."unitId"
     WHERE ua."personId" = page.id AND ua."effectiveFrom" <= $2::date AND (ua."effectiveTo" IS NULL OR ua."effectiveTo" > $2::date)
  ) assignments ON TRUE
  LEFT JOIN LATERAL (
    SELECT json_agg(json_build_object(
             'title', pa.title, 'effectiveFrom', pa."effectiveFrom"::text,
             'unit', CASE WHEN u.id IS NOT NULL THEN json_build_object('code', u.code, 'name', u.name,
                       'parent', CASE WHEN parent.id IS NOT NULL THEN json_build_object('code', parent.code, 'name', parent.name) END) END)
             ORDER BY pa."effectiveFrom" DESC NULLS LAST, pa.id) AS list
      FROM post_assignment pa
      LEFT JOIN unit u ON u.id = pa."unitId"
      LEFT JOIN unit parent ON parent.id = u."parentId"
     WHERE pa."personId" = page.id AND (pa."effectiveFrom" IS NULL OR pa."effectiveFrom" <= $2::date)
       AND (pa."effectiveTo" IS NULL OR pa."effectiveTo" > $2::date)
  ) posts ON TRUE
 ORDER BY page."fullName", page.id`,
    values: [CLUSTER, AS_OF, Number(AS_OF.slice(0, 4))],
  },
  fromSql(rows) {
    const page = rows.slice(0, 50);
    return {
      totalCount: (rows[0]?.total_count as number | undefined) ?? 0,
      hasNextPage: rows.length > 50,
      people: page.map((row) => ({
        fullName: row.fullName,
        serviceNumber: row.serviceNumber ?? null,
        rank: row.rank ?? null,
        assignments: row.assignments,
        posts: row.posts,
      })),
    };
  },
};
