/// Someone covering an action for its owners until a date (leave, a vacancy): the tracker shows the
/// cover as the one to ask until then, and the action is back with its owners the day after.
public struct ActionCover: Sendable, Equatable, Codable {
    public var personID: Int64
    public var personName: String
    /// The last day of the cover.
    public var until: LocalDate
    public var reason: String

    public init(personID: Int64, personName: String, until: LocalDate, reason: String) {
        self.personID = personID
        self.personName = personName
        self.until = until
        self.reason = reason
    }

    /// Whether the cover still runs on `day`.
    public func runs(on day: LocalDate) -> Bool { !(until < day) }
}
