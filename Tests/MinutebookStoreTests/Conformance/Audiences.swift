import MinutebookCore

/// The audiences the visibility tests look through, over `RiversideFixture`.
enum TestAudience: String, CaseIterable, Sendable {
    case publicVisitor
    case boardMember
    case subGroupMember
    case otherPartnershipMember
    case officer
    case secretariat

    var audience: Audience {
        func account(_ role: UserRole, partnership: Int64, bodies: Set<Int64>) -> Audience {
            .account(.init(userID: 1, role: role, partnershipID: partnership, personID: nil, memberOfBodyIDs: bodies))
        }
        switch self {
        case .publicVisitor: return .public
        case .boardMember: return account(.member, partnership: 1, bodies: [RiversideFixture.board])
        case .subGroupMember: return account(.member, partnership: 1, bodies: [RiversideFixture.subGroup])
        case .otherPartnershipMember: return account(.member, partnership: 2, bodies: [20])
        case .officer: return account(.officer, partnership: 1, bodies: [])
        case .secretariat: return account(.secretariat, partnership: 1, bodies: [])
        }
    }

    /// Sees Part 2 and drafts of the board.
    var seesBoardPartTwo: Bool { self == .boardMember || self == .secretariat }
    /// Sees partners' email addresses.
    var seesContactDetails: Bool { self == .boardMember || self == .subGroupMember || self == .officer || self == .secretariat }
}
