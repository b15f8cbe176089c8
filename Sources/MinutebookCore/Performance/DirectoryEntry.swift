/// "Who leads on what": a theme with its lead. A seat-based entry follows the seat, so it shows the
/// seat's current holder and stays current when people change.
public struct DirectoryEntry: Sendable, Equatable, Identifiable {
    public var id: Int64
    public var partnershipID: Int64
    public var theme: String
    public var seatID: Int64?
    public var seatTitle: String?
    public var personID: Int64?
    public var personName: String?
    public var organisationName: String?
    /// The organisation chosen on the entry itself (otherwise the seat's or the person's).
    public var organisationID: Int64?
    /// Shown only to audiences whose grant includes contact details.
    public var email: String?
    public var phone: String?

    public init(
        id: Int64, partnershipID: Int64, theme: String, seatID: Int64? = nil, seatTitle: String? = nil,
        personID: Int64? = nil, personName: String? = nil, organisationName: String? = nil,
        email: String? = nil, phone: String? = nil, organisationID: Int64? = nil
    ) {
        self.id = id
        self.organisationID = organisationID
        self.partnershipID = partnershipID
        self.theme = theme
        self.seatID = seatID
        self.seatTitle = seatTitle
        self.personID = personID
        self.personName = personName
        self.organisationName = organisationName
        self.email = email
        self.phone = phone
    }
}

extension StringProtocol {
    /// The text without leading and trailing spaces, tabs and newlines.
    func trimmingWhitespace() -> String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
        guard let start = firstIndex(where: { !isSpace($0) }), let end = lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(self[start...end])
    }
}
