/// What the secretariat is told when a sub-group files its report to the board: which report, for
/// which meeting, and who is told (the board's secretariat).
public struct ReportFiledNotice: Sendable, Equatable {
    public var reportID: Int64
    public var partnershipSlug: String
    public var subGroupName: String
    public var boardName: String
    public var meetingDate: LocalDate
    public var author: String
    public var filedOn: LocalDate?
    /// The holders of the board's secretariat seats on the day of filing who have an address; when
    /// none has, the partnership's contact address.
    public var recipients: [PackMember]

    public init(
        reportID: Int64, partnershipSlug: String, subGroupName: String, boardName: String, meetingDate: LocalDate,
        author: String, filedOn: LocalDate?, recipients: [PackMember]
    ) {
        self.reportID = reportID
        self.partnershipSlug = partnershipSlug
        self.subGroupName = subGroupName
        self.boardName = boardName
        self.meetingDate = meetingDate
        self.author = author
        self.filedOn = filedOn
        self.recipients = recipients
    }

    /// The board's secretariat on a day, from its seats: holders of secretariat seats with an address,
    /// else `contact` (the partnership's contact officer) when it has one.
    public static func secretariat(of seats: [SeatOccupancy], contact: PackMember?) -> [PackMember] {
        let holders = seats.filter { $0.seat.role == .secretariat }.compactMap { seat -> PackMember? in
            guard let holder = seat.holder, let email = holder.email, !email.isEmpty else { return nil }
            return PackMember(name: holder.fullName, jobTitle: seat.holderJobTitle, role: .secretariat, email: email)
        }
        if !holders.isEmpty { return holders }
        return contact.flatMap { $0.email?.isEmpty == false ? [$0] : nil } ?? []
    }
}
