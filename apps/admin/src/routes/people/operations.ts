import { graphql } from "../../graphql/generated/gql.ts";

// One row of the roster, as the list, the live refresh and every roster mutation select it: a
// mutation's answer then updates the row in place (graphcache), wherever it is shown.
export const RosterRowFields = graphql(`
  fragment RosterRowFields on Person {
    id
    fullName
    gender
    version
    officerVersion
    isOfficer
    rank(asOf: $asOf)
    posts(asOf: $asOf) { id title titleEn unit { id code shortName name } organisation }
    assignments(asOf: $asOf) { effectiveFrom unit { id code shortName name } }
  }
`);

export const RosterPageQuery = graphql(`
  query RosterPage($search: String, $filter: PersonFilter, $orderBy: [PeopleOrderBy!], $asOf: Date!, $first: Int!, $after: String) {
    people(search: $search, filter: $filter, orderBy: $orderBy, asOf: $asOf, first: $first, after: $after) {
      totalCount
      edges { node { ...RosterRowFields } }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

/** Re-reads people a live event named, so that every view of them shows what is now saved. */
export const RosterRefreshQuery = graphql(`
  query RosterRefresh($ids: [ID!]!, $asOf: Date!) {
    nodes(ids: $ids) { id ... on Person { ...RosterRowFields } }
  }
`);

/** A unit with the codes above it: what the account may change there is read from them (unitLineage). */
export const UnitLineageFields = graphql(`
  fragment UnitLineageFields on Unit {
    id
    code
    shortName
    name
    parent { id code parent { id code parent { id code parent { id code } } } }
  }
`);

// A person's posts and party roles as the drawer shows them. The mutations that assign or end one
// answer with these too, so graphcache updates the drawer's timelines from the answer.
export const HeldTimelineFields = graphql(`
  fragment HeldTimelineFields on Person {
    id
    postTimeline(first: 50) {
      edges { node { id version title titleEn effectiveFrom effectiveTo attestedOn organisation unit { ...UnitLineageFields } } }
    }
    partyRoles { id version title titleEn body effectiveFrom effectiveTo attestedOn unit { ...UnitLineageFields } }
  }
`);

export const PersonDetailQuery = graphql(`
  query PersonDetail($id: ID!, $asOf: Date!) {
    node(id: $id) {
      __typename
      id
      ... on Person {
        ...RosterRowFields
        ...HeldTimelineFields
        key
        birthDate
        email
        phone
        organisation
        serviceNumber
        rankTimeline(first: 50) { edges { node { rank effectiveFrom effectiveTo decisionNumber attestedOn } } }
        unitsServed(first: 50) { edges { node { effectiveFrom effectiveTo unit { ...UnitLineageFields } } } }
      }
    }
  }
`);

export const UnitOptionsQuery = graphql(`
  query UnitOptions($search: String, $filter: UnitFilter!) {
    units(search: $search, first: 20, filter: $filter) {
      edges { node { id code shortName name } }
    }
  }
`);

export const ClusterOptionsQuery = graphql(`
  query ClusterOptions {
    clusters(first: 100) { edges { node { id number name nameEn } } }
  }
`);

// Each mutation selects the row and the API's error types; codegen reads literal documents only,
// so the error selections are written out in each.

export const UpdatePersonMutation = graphql(`
  mutation UpdatePerson($input: UpdatePersonInput!, $asOf: Date!) {
    updatePerson(input: $input) {
      __typename
      ... on Person { ...RosterRowFields birthDate email phone organisation }
      ... on ValidationError { message fieldErrors { path code message } }
      ... on ConflictError { message entity current currentVersion expectedVersion }
      ... on ForbiddenError { message reason }
      ... on NotFoundError { message }
    }
  }
`);

export const CreateOfficerMutation = graphql(`
  mutation CreateOfficer($input: CreateOfficerInput!, $asOf: Date!) {
    createOfficer(input: $input) {
      __typename
      ... on Person { ...RosterRowFields }
      ... on ValidationError { message fieldErrors { path code message } }
      ... on ConflictError { message entity current currentVersion expectedVersion }
      ... on ForbiddenError { message reason }
      ... on NotFoundError { message }
    }
  }
`);

export const TransferOfficerMutation = graphql(`
  mutation TransferOfficer($input: TransferOfficerInput!, $asOf: Date!) {
    transferOfficer(input: $input) {
      __typename
      ... on Person { ...RosterRowFields }
      ... on ValidationError { message fieldErrors { path code message } }
      ... on ConflictError { message entity current currentVersion expectedVersion }
      ... on ForbiddenError { message reason }
      ... on NotFoundError { message }
    }
  }
`);

export const PromoteOfficerMutation = graphql(`
  mutation PromoteOfficer($input: PromoteOfficerInput!, $asOf: Date!) {
    promoteOfficer(input: $input) {
      __typename
      ... on Person { ...RosterRowFields }
      ... on ValidationError { message fieldErrors { path code message } }
      ... on ConflictError { message entity current currentVersion expectedVersion }
      ... on ForbiddenError { message reason }
      ... on NotFoundError { message }
    }
  }
`);

export const RetireOfficerMutation = graphql(`
  mutation RetireOfficer($input: RetireOfficerInput!, $asOf: Date!) {
    retireOfficer(input: $input) {
      __typename
      ... on Person { ...RosterRowFields }
      ... on ValidationError { message fieldErrors { path code message } }
      ... on ConflictError { message entity current currentVersion expectedVersion }
      ... on ForbiddenError { message reason }
      ... on NotFoundError { message }
    }
  }
`);

export const AssignPostMutation = graphql(`
  mutation AssignPost($input: AssignPostInput!, $asOf: Date!) {
    assignPost(input: $input) {
      __typename
      ... on PostAssignment { id unit { id } person { ...RosterRowFields ...HeldTimelineFields } }
      ... on ValidationError { message fieldErrors { path code message } }
      ... on ConflictError { message entity current currentVersion expectedVersion }
      ... on ForbiddenError { message reason }
      ... on NotFoundError { message }
    }
  }
`);

export const EndPostMutation = graphql(`
  mutation EndPost($input: EndPostInput!, $asOf: Date!) {
    endPost(input: $input) {
      __typename
      ... on PostAssignment { id unit { id } person { ...RosterRowFields ...HeldTimelineFields } }
      ... on ValidationError { message fieldErrors { path code message } }
      ... on ConflictError { message entity current currentVersion expectedVersion }
      ... on ForbiddenError { message reason }
      ... on NotFoundError { message }
    }
  }
`);

export const AssignPartyRoleMutation = graphql(`
  mutation AssignPartyRole($input: AssignPartyRoleInput!, $asOf: Date!) {
    assignPartyRole(input: $input) {
      __typename
      ... on PartyRole { id person { ...RosterRowFields ...HeldTimelineFields } }
      ... on ValidationError { message fieldErrors { path code message } }
      ... on ConflictError { message entity current currentVersion expectedVersion }
      ... on ForbiddenError { message reason }
      ... on NotFoundError { message }
    }
  }
`);

export const EndPartyRoleMutation = graphql(`
  mutation EndPartyRole($input: EndPartyRoleInput!, $asOf: Date!) {
    endPartyRole(input: $input) {
      __typename
      ... on PartyRole { id person { ...RosterRowFields ...HeldTimelineFields } }
      ... on ValidationError { message fieldErrors { path code message } }
      ... on ConflictError { message entity current currentVersion expectedVersion }
      ... on ForbiddenError { message reason }
      ... on NotFoundError { message }
    }
  }
`);
