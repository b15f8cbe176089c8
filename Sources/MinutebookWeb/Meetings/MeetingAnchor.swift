import MinutebookCore

/// The fragment ids of the meeting page. Everything that links into a meeting (search results, feeds,
/// the API, the editors' redirects) takes its `#…` from here, so a link always lands on an element
/// the page has.
enum MeetingAnchor {
    /// A numbered minute is `minute-180` (what a reader cites); an unnumbered one `minute-id-{row id}`,
    /// which no minute number can collide with.
    static func minute(number: String?, id: Int64) -> String {
        number.map { "minute-\($0)" } ?? "minute-id-\(id)"
    }

    static func minute(_ minute: Minute) -> String {
        self.minute(number: minute.number?.text, id: minute.id)
    }

    static func item(_ id: Int64) -> String { "item-\(id)" }

    static func document(_ id: Int64) -> String { "document-\(id)" }

    /// A sub-group's filed report in the documents list.
    static func report(_ id: Int64) -> String { "report-\(id)" }

    /// The minutes section, for a decision whose minute has no number.
    static let minutes = "minutes"
}
