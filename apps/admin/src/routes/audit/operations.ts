import { graphql } from "../../graphql/generated/gql.ts";

export const AuditLogQuery = graphql(`
  query AuditLog($entityType: String, $entityId: String, $action: AuditAction, $from: DateTime, $to: DateTime, $after: String) {
    auditLog(entityType: $entityType, entityId: $entityId, action: $action, from: $from, to: $to, first: 50, after: $after) {
      totalCount
      edges { node { id at action entityType entityId requestId before after account { id displayName email } } }
      pageInfo { hasNextPage endCursor }
    }
  }
`);
