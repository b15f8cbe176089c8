/// The one visibility rule. Store turns it into SQL through the same decisions; Web never decides alone.
public enum Visibility {
    /// What an audience may see of one body's material.
    public struct Grant: Sendable, Equatable {
        /// Part 2 (exempt) items and their minutes.
        public var partTwo: Bool
        /// Draft minutes, unpublished agendas, scheduled meetings' papers.
        public var drafts: Bool
        /// Email addresses and phone numbers of people.
        public var contactDetails: Bool
        /// Edit rights (secretariat and administrators of the partnership).
        public var edit: Bool

        public static let publicOnly = Grant(partTwo: false, drafts: false, contactDetails: false, edit: false)
        public static let everything = Grant(partTwo: true, drafts: true, contactDetails: true, edit: true)
    }

    /// What `audience` may see of partnership-wide material tied to no body (people's contact
    /// details on person and organisation pages, the partnership's account list): the same rule
    /// as for a body the account does not sit on.
    public static func partnershipGrant(_ audience: Audience, partnershipID: Int64) -> Grant {
        grant(audience, bodyID: nil, partnershipID: partnershipID)
    }

    /// The grant of `audience` over a body of partnership `partnershipID` (nil: no particular body).
    public static func grant(_ audience: Audience, bodyID: Int64?, partnershipID: Int64) -> Grant {
        guard case .account(let account) = audience else { return .publicOnly }
        switch account.role {
        case .administrator where account.partnershipID == nil || account.partnershipID == partnershipID:
            return .everything
        case .secretariat where account.partnershipID == partnershipID:
            return .everything
        case .member where account.partnershipID == partnershipID && bodyID.map(account.memberOfBodyIDs.contains) == true:
            return Grant(partTwo: true, drafts: true, contactDetails: true, edit: false)
        case .member where account.partnershipID == partnershipID,
            .officer where account.partnershipID == partnershipID:
            // Signed in to the partnership but not sitting on this body: the public record plus
            // partners' contact details.
            return Grant(partTwo: false, drafts: false, contactDetails: true, edit: false)
        default:
            return .publicOnly
        }
    }

    /// Whether the minutes or agenda of a meeting in `status` are public at all.
    public static func isPublished(agendaOf status: MeetingStatus) -> Bool {
        status != .scheduled && status != .cancelled
    }

    /// Minutes are public once approved.
    public static func isPublished(minutesOf status: MeetingStatus) -> Bool {
        status == .minutesApproved
    }

    /// May `audience` see an agenda item of `part` on a meeting in `status` of a body?
    public static func canSeeItem(part: AgendaPart, meetingStatus: MeetingStatus, grant: Grant) -> Bool {
        if part == .two && !grant.partTwo { return false }
        return grant.drafts || isPublished(agendaOf: meetingStatus)
    }

    /// May `audience` see the minutes text of an item of `part` on a meeting in `status`?
    public static func canSeeMinutes(part: AgendaPart, meetingStatus: MeetingStatus, grant: Grant) -> Bool {
        if part == .two && !grant.partTwo { return false }
        return grant.drafts || isPublished(minutesOf: meetingStatus)
    }
}
