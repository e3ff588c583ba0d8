/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query ClusterList {\n    clusters(first: 50) {\n      edges {\n        node {\n          number\n          name\n          nameEn\n          kind\n        }\n      }\n    }\n  }\n": typeof types.ClusterListDocument,
    "\n  fragment LeadershipTermItem on LeadershipTerm {\n    year\n    role\n    unit {\n      code\n      shortName\n      name\n    }\n    handedOverAt\n    handedOverAtEvent {\n      title\n      date\n    }\n    receivedBy {\n      fullName\n    }\n  }\n": typeof types.LeadershipTermItemFragmentDoc,
    "\n  fragment ConferenceDetails on Event {\n    id\n    title\n    date\n    kind\n    hostUnit {\n      code\n      shortName\n    }\n    participants {\n      role\n      rankAtEvent\n      person {\n        id\n        fullName\n      }\n      titleAtEvent\n      titleAtEventEn\n      unit {\n        code\n        shortName\n      }\n    }\n    outcomes\n  }\n": typeof types.ConferenceDetailsFragmentDoc,
    "\n  query ClusterOverview($number: Int!, $year: Int!) {\n    cluster(number: $number) {\n      number\n      name\n      nameEn\n      kind\n      members(year: $year) {\n        code\n        name\n        shortName\n        nameEn\n      }\n      leader(year: $year) {\n        code\n        name\n        shortName\n      }\n      leadershipTerms {\n        ...LeadershipTermItem\n      }\n    }\n    events(clusterNumber: $number, year: $year, first: 10) {\n      edges {\n        node {\n          ...ConferenceDetails\n        }\n      }\n    }\n    clearanceRate: indicatorValue(indicator: \"CASE_CLEARANCE_RATE\", clusterNumber: $number, year: $year) {\n      __typename\n      ... on IndicatorValue {\n        value\n        numerator\n        denominator\n        reportedValue\n      }\n      ... on NotFoundError {\n        message\n      }\n    }\n  }\n": typeof types.ClusterOverviewDocument,
    "\n  query PeopleList($search: String, $first: Int, $after: String, $last: Int, $before: String, $today: Date!) {\n    people(search: $search, first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      edges {\n        node {\n          id\n          fullName\n          rank\n          posts(asOf: $today) {\n            title\n            titleEn\n            unit {\n              code\n              shortName\n            }\n            organisation\n          }\n          partyRoles(asOf: $today) {\n            title\n            titleEn\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n    }\n  }\n": typeof types.PeopleListDocument,
    "\n  query UnitPage($code: String!, $today: Date!) {\n    unit(code: $code) {\n      code\n      name\n      nameEn\n      shortName\n      kind\n      parent {\n        code\n        name\n        nameEn\n      }\n      children {\n        code\n        name\n        nameEn\n        shortName\n        kind\n      }\n      posts(asOf: $today, first: 50) {\n        totalCount\n        edges {\n          node {\n            title\n            titleEn\n            person {\n              id\n              fullName\n              rank\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.UnitPageDocument,
};
const documents: Documents = {
    "\n  query ClusterList {\n    clusters(first: 50) {\n      edges {\n        node {\n          number\n          name\n          nameEn\n          kind\n        }\n      }\n    }\n  }\n": types.ClusterListDocument,
    "\n  fragment LeadershipTermItem on LeadershipTerm {\n    year\n    role\n    unit {\n      code\n      shortName\n      name\n    }\n    handedOverAt\n    handedOverAtEvent {\n      title\n      date\n    }\n    receivedBy {\n      fullName\n    }\n  }\n": types.LeadershipTermItemFragmentDoc,
    "\n  fragment ConferenceDetails on Event {\n    id\n    title\n    date\n    kind\n    hostUnit {\n      code\n      shortName\n    }\n    participants {\n      role\n      rankAtEvent\n      person {\n        id\n        fullName\n      }\n      titleAtEvent\n      titleAtEventEn\n      unit {\n        code\n        shortName\n      }\n    }\n    outcomes\n  }\n": types.ConferenceDetailsFragmentDoc,
    "\n  query ClusterOverview($number: Int!, $year: Int!) {\n    cluster(number: $number) {\n      number\n      name\n      nameEn\n      kind\n      members(year: $year) {\n        code\n        name\n        shortName\n        nameEn\n      }\n      leader(year: $year) {\n        code\n        name\n        shortName\n      }\n      leadershipTerms {\n        ...LeadershipTermItem\n      }\n    }\n    events(clusterNumber: $number, year: $year, first: 10) {\n      edges {\n        node {\n          ...ConferenceDetails\n        }\n      }\n    }\n    clearanceRate: indicatorValue(indicator: \"CASE_CLEARANCE_RATE\", clusterNumber: $number, year: $year) {\n      __typename\n      ... on IndicatorValue {\n        value\n        numerator\n        denominator\n        reportedValue\n      }\n      ... on NotFoundError {\n        message\n      }\n    }\n  }\n": types.ClusterOverviewDocument,
    "\n  query PeopleList($search: String, $first: Int, $after: String, $last: Int, $before: String, $today: Date!) {\n    people(search: $search, first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      edges {\n        node {\n          id\n          fullName\n          rank\n          posts(asOf: $today) {\n            title\n            titleEn\n            unit {\n              code\n              shortName\n            }\n            organisation\n          }\n          partyRoles(asOf: $today) {\n            title\n            titleEn\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n    }\n  }\n": types.PeopleListDocument,
    "\n  query UnitPage($code: String!, $today: Date!) {\n    unit(code: $code) {\n      code\n      name\n      nameEn\n      shortName\n      kind\n      parent {\n        code\n        name\n        nameEn\n      }\n      children {\n        code\n        name\n        nameEn\n        shortName\n        kind\n      }\n      posts(asOf: $today, first: 50) {\n        totalCount\n        edges {\n          node {\n            title\n            titleEn\n            person {\n              id\n              fullName\n              rank\n            }\n          }\n        }\n      }\n    }\n  }\n": types.UnitPageDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClusterList {\n    clusters(first: 50) {\n      edges {\n        node {\n          number\n          name\n          nameEn\n          kind\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ClusterList {\n    clusters(first: 50) {\n      edges {\n        node {\n          number\n          name\n          nameEn\n          kind\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LeadershipTermItem on LeadershipTerm {\n    year\n    role\n    unit {\n      code\n      shortName\n      name\n    }\n    handedOverAt\n    handedOverAtEvent {\n      title\n      date\n    }\n    receivedBy {\n      fullName\n    }\n  }\n"): (typeof documents)["\n  fragment LeadershipTermItem on LeadershipTerm {\n    year\n    role\n    unit {\n      code\n      shortName\n      name\n    }\n    handedOverAt\n    handedOverAtEvent {\n      title\n      date\n    }\n    receivedBy {\n      fullName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ConferenceDetails on Event {\n    id\n    title\n    date\n    kind\n    hostUnit {\n      code\n      shortName\n    }\n    participants {\n      role\n      rankAtEvent\n      person {\n        id\n        fullName\n      }\n      titleAtEvent\n      titleAtEventEn\n      unit {\n        code\n        shortName\n      }\n    }\n    outcomes\n  }\n"): (typeof documents)["\n  fragment ConferenceDetails on Event {\n    id\n    title\n    date\n    kind\n    hostUnit {\n      code\n      shortName\n    }\n    participants {\n      role\n      rankAtEvent\n      person {\n        id\n        fullName\n      }\n      titleAtEvent\n      titleAtEventEn\n      unit {\n        code\n        shortName\n      }\n    }\n    outcomes\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClusterOverview($number: Int!, $year: Int!) {\n    cluster(number: $number) {\n      number\n      name\n      nameEn\n      kind\n      members(year: $year) {\n        code\n        name\n        shortName\n        nameEn\n      }\n      leader(year: $year) {\n        code\n        name\n        shortName\n      }\n      leadershipTerms {\n        ...LeadershipTermItem\n      }\n    }\n    events(clusterNumber: $number, year: $year, first: 10) {\n      edges {\n        node {\n          ...ConferenceDetails\n        }\n      }\n    }\n    clearanceRate: indicatorValue(indicator: \"CASE_CLEARANCE_RATE\", clusterNumber: $number, year: $year) {\n      __typename\n      ... on IndicatorValue {\n        value\n        numerator\n        denominator\n        reportedValue\n      }\n      ... on NotFoundError {\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  query ClusterOverview($number: Int!, $year: Int!) {\n    cluster(number: $number) {\n      number\n      name\n      nameEn\n      kind\n      members(year: $year) {\n        code\n        name\n        shortName\n        nameEn\n      }\n      leader(year: $year) {\n        code\n        name\n        shortName\n      }\n      leadershipTerms {\n        ...LeadershipTermItem\n      }\n    }\n    events(clusterNumber: $number, year: $year, first: 10) {\n      edges {\n        node {\n          ...ConferenceDetails\n        }\n      }\n    }\n    clearanceRate: indicatorValue(indicator: \"CASE_CLEARANCE_RATE\", clusterNumber: $number, year: $year) {\n      __typename\n      ... on IndicatorValue {\n        value\n        numerator\n        denominator\n        reportedValue\n      }\n      ... on NotFoundError {\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PeopleList($search: String, $first: Int, $after: String, $last: Int, $before: String, $today: Date!) {\n    people(search: $search, first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      edges {\n        node {\n          id\n          fullName\n          rank\n          posts(asOf: $today) {\n            title\n            titleEn\n            unit {\n              code\n              shortName\n            }\n            organisation\n          }\n          partyRoles(asOf: $today) {\n            title\n            titleEn\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query PeopleList($search: String, $first: Int, $after: String, $last: Int, $before: String, $today: Date!) {\n    people(search: $search, first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      edges {\n        node {\n          id\n          fullName\n          rank\n          posts(asOf: $today) {\n            title\n            titleEn\n            unit {\n              code\n              shortName\n            }\n            organisation\n          }\n          partyRoles(asOf: $today) {\n            title\n            titleEn\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnitPage($code: String!, $today: Date!) {\n    unit(code: $code) {\n      code\n      name\n      nameEn\n      shortName\n      kind\n      parent {\n        code\n        name\n        nameEn\n      }\n      children {\n        code\n        name\n        nameEn\n        shortName\n        kind\n      }\n      posts(asOf: $today, first: 50) {\n        totalCount\n        edges {\n          node {\n            title\n            titleEn\n            person {\n              id\n              fullName\n              rank\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query UnitPage($code: String!, $today: Date!) {\n    unit(code: $code) {\n      code\n      name\n      nameEn\n      shortName\n      kind\n      parent {\n        code\n        name\n        nameEn\n      }\n      children {\n        code\n        name\n        nameEn\n        shortName\n        kind\n      }\n      posts(asOf: $today, first: 50) {\n        totalCount\n        edges {\n          node {\n            title\n            titleEn\n            person {\n              id\n              fullName\n              rank\n            }\n          }\n        }\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;