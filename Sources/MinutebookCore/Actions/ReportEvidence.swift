/// A Matters Arising report as printed in a pack (its Appendix A).
public struct ReportEvidence: Sendable, Equatable, Codable {
    public struct Entry: Sendable, Equatable, Codable {
        public var minute: MinuteNumber?
        /// The meeting the entry's minute comes from.
        public var meetingDate: LocalDate?
        public var title: String
        public var resolved: String
        public var update: String
        /// The date the update gives for itself ("As of 22nd February 2018"), if any.
        public var updateDate: LocalDate?
        public var line: Int

        public init(
            minute: MinuteNumber?, meetingDate: LocalDate?, title: String, resolved: String, update: String,
            updateDate: LocalDate? = nil, line: Int
        ) {
            self.minute = minute
            self.meetingDate = meetingDate
            self.title = title
            self.resolved = resolved
            self.update = update
            self.updateDate = updateDate
            self.line = line
        }
    }

    /// The report's number ("CSD18054"), or "Matters Arising" when it prints none.
    public var reference: String
    /// The meeting the report was written for.
    public var meetingDate: LocalDate
    public var source: EvidenceSource
    public var entries: [Entry]

    public init(reference: String, meetingDate: LocalDate, source: EvidenceSource, entries: [Entry]) {
        self.reference = reference
        self.meetingDate = meetingDate
        self.source = source
        self.entries = entries
    }
}
