/// The cover sheet of an agenda pack: who issued it and when, and the members it was sent to (the
/// body's membership on the date of issue, each with the role printed beside the name).
public struct PackCover: Sendable, Equatable, Codable {
    /// The date of issue printed under the contact details ("20 November 2018").
    public var issued: LocalDate?
    /// What the pack is addressed to after "To: Members of the" ("STRATEGIC GROUP"), as printed.
    public var addressedTo: String?
    public var contactOfficer: String?
    public var contactTelephone: String?
    public var contactEmail: String?
    /// The members addressed, in the printed order; `position` marks the chair, vice-chair, co-chairs.
    public var members: [MeetingRecord.Attendee]
    /// The line the cover's contact details begin on (1-based).
    public var line: Int

    public init(
        issued: LocalDate? = nil, addressedTo: String? = nil, contactOfficer: String? = nil, contactTelephone: String? = nil,
        contactEmail: String? = nil, members: [MeetingRecord.Attendee] = [], line: Int
    ) {
        self.issued = issued
        self.addressedTo = addressedTo
        self.contactOfficer = contactOfficer
        self.contactTelephone = contactTelephone
        self.contactEmail = contactEmail
        self.members = members
        self.line = line
    }
}
