import { graphql } from "../../graphql/generated/gql.ts";

export const EventListQuery = graphql(`
  query EventList($clusterNumber: Int, $year: Int) {
    events(clusterNumber: $clusterNumber, year: $year, first: 100, orderBy: [{ field: DATE, direction: DESC }]) {
      edges { node { id key title titleEn date kind hostUnit { id shortName name } } }
    }
  }
`);

export const EventDetailQuery = graphql(`
  query EventDetail($id: ID!) {
    node(id: $id) {
      __typename
      id
      ... on Event {
        key
        title
        titleEn
        date
        timeOfDay
        kind
        version
        outcomes
        cluster { id number name nameEn }
        hostUnit { id code shortName name parent { id code parent { id code } } }
        participants {
          id
          role
          titleAtEvent
          titleAtEventEn
          rankAtEvent
          version
          person { id fullName }
          unit { id shortName name }
        }
        handovers { id year role handedOverAt unit { id shortName name } receivedBy { id fullName } }
      }
    }
  }
`);

export const PersonOptionsQuery = graphql(`
  query PersonOptions($search: String) {
    people(search: $search, first: 20) { edges { node { id fullName } } }
  }
`);

export const AddParticipantMutation = graphql(`
  mutation AddParticipant($input: AddEventParticipantInput!) {
    addEventParticipant(input: $input) {
      __typename
      ... on EventParticipant { id event { id participants { id } } }
      ... on ValidationError { message fieldErrors { path code message } }
      ... on ConflictError { message entity current currentVersion expectedVersion }
      ... on ForbiddenError { message reason }
      ... on NotFoundError { message }
    }
  }
`);

export const RemoveParticipantMutation = graphql(`
  mutation RemoveParticipant($input: RemoveEventParticipantInput!) {
    removeEventParticipant(input: $input) {
      __typename
      ... on Event { id participants { id } }
      ... on ConflictError { message currentVersion }
      ... on Error { message }
    }
  }
`);

export const UpdateOutcomesMutation = graphql(`
  mutation UpdateOutcomes($input: UpdateEventInput!) {
    updateEvent(input: $input) {
      __typename
      ... on Event { id outcomes version }
      ... on ValidationError { message fieldErrors { path code message } }
      ... on ConflictError { message entity current currentVersion expectedVersion }
      ... on ForbiddenError { message reason }
      ... on NotFoundError { message }
    }
  }
`);

export const HandOverMutation = graphql(`
  mutation HandOver($input: HandOverClusterLeadershipInput!) {
    handOverClusterLeadership(input: $input) {
      __typename
      ... on LeadershipTerm { id year handedOverAt unit { id shortName name } receivedBy { id fullName } }
      ... on ValidationError { message fieldErrors { path code message } }
      ... on ConflictError { message entity current currentVersion expectedVersion }
      ... on ForbiddenError { message reason }
      ... on NotFoundError { message }
    }
  }
`);

export const EventFormOptionsQuery = graphql(`
  query EventFormOptions {
    clusters(first: 50) { edges { node { id number name nameEn } } }
    periods(first: 100) { edges { node { id year status cluster { id } movement { id name nameEn } } } }
  }
`);

export const CreateEventMutation = graphql(`
  mutation CreateEvent($input: CreateEventInput!) {
    createEvent(input: $input) {
      __typename
      ... on Event { id key title titleEn date kind cluster { id number } hostUnit { id shortName name } }
      ... on ValidationError { message fieldErrors { path code message } }
      ... on ConflictError { message entity current currentVersion expectedVersion }
      ... on ForbiddenError { message reason }
      ... on NotFoundError { message }
    }
  }
`);
