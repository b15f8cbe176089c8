/// The agenda of a meeting as printed in its pack.
public struct AgendaEvidence: Sendable, Equatable, Codable {
    public struct Item: Sendable, Equatable, Codable {
        /// "15", "15a", "c" as printed.
        public var number: String
        public var title: String
        public var part: AgendaPart
        /// "Pages 5 - 16" as two numbers, when printed.
        public var firstPage: Int?
        public var lastPage: Int?
        /// The lead officer, when the agenda names one.
        public var lead: String?
        public var line: Int

        public init(
            number: String, title: String, part: AgendaPart = .one, firstPage: Int? = nil, lastPage: Int? = nil,
            lead: String? = nil, line: Int
        ) {
            self.number = number
            self.title = title
            self.part = part
            self.firstPage = firstPage
            self.lastPage = lastPage
            self.lead = lead
            self.line = line
        }
    }

    public var meetingDate: LocalDate
    public var file: String
    public var items: [Item]

    public init(meetingDate: LocalDate, file: String, items: [Item]) {
        self.meetingDate = meetingDate
        self.file = file
        self.items = items
    }
}
