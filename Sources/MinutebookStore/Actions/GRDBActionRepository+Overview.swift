import GRDB
import MinutebookCore

/// The overview by organisation: counts per partner organisation, with the same ownership rule as the
/// tracker's organisation filter (owned by the organisation, or by one of its people). Counting is
/// grouped by every input of the visibility rule, so the counts include only what the audience may see.
extension GRDBActionRepository {
    public func organisationOverview(partnershipID: Int64, today: LocalDate, audience: Audience) async throws -> [OrganisationActionCounts] {
        try await database.read { db in
            let rows = try Row.fetchAll(
                cached: db,
                sql: """
                    WITH orgs AS (SELECT id, name FROM organisation WHERE partnershipId = ?),
                    own AS (
                        SELECT o.actionId, o.organisationId AS orgId FROM orgs JOIN actionOwner o ON o.organisationId = orgs.id
                        UNION
                        SELECT o.actionId, p.organisationId FROM orgs JOIN person p ON p.organisationId = orgs.id
                        JOIN actionOwner o ON o.personId = p.id
                    )
                    SELECT own.orgId, a.bodyId, b.isPublic AS bodyIsPublic, a.status, a.isPrivate, n.part AS minutePart, m.status AS meetingStatus,
                           a.minuteId IS NOT NULL AS hasMinute,
                           coalesce(a.status IN ('open','in_progress') AND a.dueDate < ?, 0) AS isOverdue, count(*) AS n
                    FROM own JOIN action a ON a.id = own.actionId JOIN body b ON b.id = a.bodyId
                    LEFT JOIN minute n ON n.id = a.minuteId LEFT JOIN meeting m ON m.id = n.meetingId
                    GROUP BY own.orgId, a.bodyId, b.isPublic, a.status, a.isPrivate, n.part, m.status, hasMinute, isOverdue
                    """, arguments: [partnershipID, today.iso])
            let names = Dictionary(
                uniqueKeysWithValues: try Row.fetchAll(
                    cached: db,
                    sql: """
                        SELECT id, name FROM organisation WHERE partnershipId = ? ORDER BY name
                        """, arguments: [partnershipID]
                ).map { ($0["id"] as Int64, $0["name"] as String) })
            var counts: [Int64: OrganisationActionCounts] = [:]
            for row in rows {
                let grant = Visibility.grant(audience, bodyID: row["bodyId"], partnershipID: partnershipID)
                let minute: (part: AgendaPart, meetingStatus: MeetingStatus)? =
                    (row["hasMinute"] as Bool)
                    ? (AgendaPart(rawValue: row["minutePart"] ?? 2) ?? .two, MeetingStatus(rawValue: row["meetingStatus"] ?? "") ?? .scheduled)
                    : nil
                guard
                    Visibility.canSeeAction(
                        isPrivate: row["isPrivate"], minute: minute, bodyIsPublic: row["bodyIsPublic"],
                        grant: grant)
                else { continue }
                let orgID: Int64 = row["orgId"]
                var entry = counts[orgID] ?? OrganisationActionCounts(organisationID: orgID, name: names[orgID] ?? "Organisation \(orgID)")
                let n: Int = row["n"]
                switch ActionStatus(rawValue: row["status"]) ?? .open {
                case .open: entry.open += n
                case .inProgress: entry.inProgress += n
                case .done: entry.done += n
                case .dropped, .superseded: entry.closedOtherwise += n
                }
                if row["isOverdue"] as Bool { entry.overdue += n }
                counts[orgID] = entry
            }
            return counts.values.sorted { ($0.name, $0.organisationID) < ($1.name, $1.organisationID) }
        }
    }
}
