import MinutebookCore

/// The sub-groups' filed reports to a board, as the meeting page and the body page link them: never a
/// draft, and only what `PerformanceVisibility.canSee` lets the audience read (the public sees a report
/// once it is on a published agenda of a public board).
struct FiledReports: Sendable {
    let directory: any DirectoryRepository
    let reports: any SubGroupReportRepository

    /// The reports filed for the board meeting in `detail` (already cut to the audience): one on an
    /// agenda item the audience cannot see (Part 2) is left out with it.
    func forMeeting(_ detail: MeetingDetail, audience: Audience) async throws -> [FiledReportLink] {
        let filed = try await reports.reports(forMeeting: detail.meeting.id).filter { $0.status != .draft }
        guard !filed.isEmpty else { return [] }
        let bodies = Dictionary(uniqueKeysWithValues: try await directory.bodies(of: detail.partnership.id).map { ($0.id, $0) })
        let items = Set(detail.agenda.map(\.id))
        return filed.compactMap { report in
            guard let subGroup = bodies[report.bodyID],
                PerformanceVisibility.canSee(
                    report, subGroup: subGroup, board: detail.body, meetingStatus: detail.meeting.status,
                    audience: audience),
                report.agendaItemID.map(items.contains) ?? true
            else { return nil }
            return FiledReportLink(
                id: report.id, agendaItemID: report.agendaItemID, subGroupName: subGroup.name, status: report.status,
                filedOn: report.filedOn)
        }
    }

    /// The reports `subGroup` has filed to its board, newest meeting first, with the meeting each is for.
    func ofSubGroup(_ subGroup: Body, audience: Audience) async throws -> [(report: FiledReportLink, meeting: Meeting, board: Body)] {
        guard subGroup.kind == .subGroup, let boardID = subGroup.reportsToBodyID else { return [] }
        let filed = try await reports.reports(ofSubGroup: subGroup.id).filter { $0.status != .draft }
        guard !filed.isEmpty,
            let board = try await directory.bodies(of: subGroup.partnershipID).first(where: { $0.id == boardID })
        else { return [] }
        return try await filed.asyncCompactMap { report in
            guard let meeting = try await reports.meeting(of: report),
                PerformanceVisibility.canSee(report, subGroup: subGroup, board: board, meetingStatus: meeting.status, audience: audience)
            else { return nil }
            return (
                FiledReportLink(
                    id: report.id, agendaItemID: report.agendaItemID, subGroupName: subGroup.name, status: report.status,
                    filedOn: report.filedOn), meeting, board
            )
        }
    }
}

extension Array {
    func asyncCompactMap<T>(_ transform: (Element) async throws -> T?) async rethrows -> [T] {
        var out: [T] = []
        for element in self { if let value = try await transform(element) { out.append(value) } }
        return out
    }
}
