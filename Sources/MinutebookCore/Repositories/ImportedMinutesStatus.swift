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
