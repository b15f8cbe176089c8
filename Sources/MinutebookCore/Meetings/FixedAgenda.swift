/// Once a meeting's minutes are approved, its agenda and papers are part of the record (issue 17,
/// item 8): nothing on its agenda changes (the store's triggers refuse it); a correction is a new,
/// audited note on the minutes, or a new version of the pack issued with its reason.
public enum FixedAgenda {
    /// Is the agenda of a meeting in `status` fixed?
    public static func isFixed(_ status: MeetingStatus) -> Bool {
        status == .minutesApproved
    }

    /// What the agenda editor says of a fixed meeting.
    public static let fixedExplanation =
        "The minutes of this meeting are approved, so its agenda and papers are part of the record and cannot be changed. Record a correction as a note on the minutes, or issue a new version of the pack giving the reason."

    /// Why a new pack version of a meeting in `status` cannot be issued with `reason`, or nil.
    public static func reissueProblem(status: MeetingStatus, reason: String?) -> String? {
        guard isFixed(status) else { return nil }
        let given = reason?.trimmed ?? ""
        if given.isEmpty { return "Give the reason for a new version of the pack: the minutes of this meeting are approved." }
        if given.count > 2000 { return "The reason is too long (up to 2,000 characters)." }
        return nil
    }
}
