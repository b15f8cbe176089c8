/// Storing an imported meeting record: the one write behind `minutebook import` and the web upload.
public protocol MinutesImportRepository: Sendable {
    /// Writes one meeting in one transaction: partnership, body and people found or created by name,
    /// then attendance, items, minutes, resolutions and actions. Importing the same record again
    /// changes nothing; a corrected one updates the meeting in place; approved minutes never change.
    /// Audited as `editor`, or as the importer of `file` when nil.
    func importMeeting(_ record: MeetingRecord, file: String, partnership: String?, body: String?,
                       status: ImportedMinutesStatus, by editor: Editor?) async throws -> MeetingImportOutcome
}

/// What importing one meeting did.
public enum MeetingImportOutcome: Sendable, Equatable, CustomStringConvertible {
    case created(meetingID: Int64, warnings: [String])
    case updated(meetingID: Int64, warnings: [String])
    case unchanged(meetingID: Int64)

    public var meetingID: Int64 {
        switch self {
        case .created(let id, _), .updated(let id, _), .unchanged(let id): id
        }
    }

    public var warnings: [String] {
        switch self {
        case .created(_, let w), .updated(_, let w): w
        case .unchanged: []
        }
    }

    public var description: String {
        switch self {
        case .created: "imported" + (warnings.isEmpty ? "" : " (\(warnings.joined(separator: "; ")))")
        case .updated: "updated in place" + (warnings.isEmpty ? "" : " (\(warnings.joined(separator: "; ")))")
        case .unchanged: "unchanged (already imported)"
        }
    }
}

/// What status imported minutes take.
public enum ImportedMinutesStatus: String, Sendable, CaseIterable {
    /// Drafts, except minutes that a later meeting of the body (imported in the same run or
    /// before) agreed as a correct record in its "Minutes of the previous meeting" item: those are
    /// approved at that meeting. Importing a run of past minutes thus publishes all but the newest.
    case auto
    /// Every imported meeting's minutes approved (an archive of signed minutes): public at once.
    case approved
    /// Every imported meeting's minutes left as drafts for the secretariat to approve.
    case draft

    public var summary: String {
        switch self {
        case .auto: "drafts, except minutes a later imported meeting agreed as a correct record"
        case .approved: "approved: the documents are signed minutes"
        case .draft: "drafts, to be approved in Minutebook"
        }
    }
}
