import Testing

@testable import MinutebookCore

/// The one visibility rule as a table: who is looking (role, partnership, seat) × the item's part ×
/// the meeting's status × whether the document is published. Every expectation below is written out
/// by hand from the rule as the README states it, not computed by the code under test.
@Suite("The visibility rule, role by part by status by publication")
struct VisibilityTests {
    /// Partnership 1's board is body 10; body 20 is another body of the same partnership.
    static let partnership: Int64 = 1
    static let board: Int64 = 10

    static func account(_ role: UserRole, partnership: Int64?, seats: Set<Int64> = []) -> Audience {
        .account(.init(userID: 7, role: role, partnershipID: partnership, personID: nil, memberOfBodyIDs: seats))
    }

    /// What each kind of audience may see of the board: Part 2, drafts, contact details, edit.
    static let audiences: [(String, Audience, partTwo: Bool, drafts: Bool, contacts: Bool, edit: Bool)] = [
        ("the public", .public, false, false, false, false),
        ("an administrator of every partnership", account(.administrator, partnership: nil), true, true, true, true),
        ("an administrator of this partnership", account(.administrator, partnership: 1), true, true, true, true),
        ("an administrator of another partnership", account(.administrator, partnership: 2), false, false, false, false),
        ("the secretariat of this partnership", account(.secretariat, partnership: 1), true, true, true, true),
        ("the secretariat of another partnership", account(.secretariat, partnership: 2), false, false, false, false),
        ("a member with a seat on the board", account(.member, partnership: 1, seats: [10]), true, true, true, false),
        ("a member with a seat on another body only", account(.member, partnership: 1, seats: [20]), false, false, true, false),
        ("a member of another partnership with the same body id", account(.member, partnership: 2, seats: [10]), false, false, false, false),
        ("an officer of this partnership", account(.officer, partnership: 1), false, false, true, false),
        ("an officer of another partnership", account(.officer, partnership: 2), false, false, false, false),
        ("the operator's console", .system, true, true, true, true)
    ]

    @Test("each audience's grant over the board", arguments: audiences.indices)
    func grants(_ row: Int) {
        let (_, audience, partTwo, drafts, contacts, edit) = Self.audiences[row]
        let grant = Visibility.grant(audience, bodyID: Self.board, partnershipID: Self.partnership)
        #expect(grant == Visibility.Grant(partTwo: partTwo, drafts: drafts, contactDetails: contacts, edit: edit))
    }

    /// What a grant without drafts (the public, and those signed in who sit elsewhere) sees of a
    /// Part 1 item at each status: the agenda from publication, minutes from approval, a document
    /// when it is published and the agenda is.
    ///                        status               item   minutes  published doc  unpublished doc
    static let publicRecord: [(MeetingStatus, Bool, Bool, Bool, Bool)] = [
        (.scheduled, false, false, false, false),
        (.agendaPublished, true, false, true, false),
        (.held, true, false, true, false),
        (.minutesDrafted, true, false, true, false),
        (.minutesApproved, true, true, true, false),
        (.cancelled, false, false, false, false)
    ]

    @Test("every role × part × status × publication", arguments: audiences.indices, [AgendaPart.one, .two])
    func table(_ row: Int, _ part: AgendaPart) {
        let (who, audience, partTwo, drafts, _, _) = Self.audiences[row]
        let grant = Visibility.grant(audience, bodyID: Self.board, partnershipID: Self.partnership)
        #expect(Set(Self.publicRecord.map(\.0)) == Set(MeetingStatus.allCases), "the table covers every status")
        for (status, item, minutes, publishedDocument, unpublishedDocument) in Self.publicRecord {
            // Part 2 is all or nothing by the Part 2 grant; those who see drafts see every status.
            let allowedPart = part == .one || partTwo
            let expectItem = allowedPart && (drafts || item)
            let expectMinutes = allowedPart && (drafts || minutes)
            let expectPublished = allowedPart && (drafts || publishedDocument)
            let expectUnpublished = allowedPart && (drafts || unpublishedDocument)
            let label = "\(who), Part \(part.rawValue), \(status.rawValue)"
            #expect(Visibility.canSeeItem(part: part, meetingStatus: status, grant: grant) == expectItem, "item: \(label)")
            #expect(Visibility.canSeeMinutes(part: part, meetingStatus: status, grant: grant) == expectMinutes, "minutes: \(label)")
            #expect(
                Visibility.canSeeDocument(part: part, isPublished: true, meetingStatus: status, grant: grant) == expectPublished,
                "published document: \(label)")
            #expect(
                Visibility.canSeeDocument(part: part, isPublished: false, meetingStatus: status, grant: grant) == expectUnpublished,
                "unpublished document: \(label)")
            #expect(Visibility.canSeeAttendance(meetingStatus: status, grant: grant) == (drafts || minutes), "attendance: \(label)")
        }
    }

    @Test("the issued packs: the public pack is everyone's, the members' pack only Part 2's", arguments: audiences.indices)
    func packs(_ row: Int) {
        let (who, audience, partTwo, _, _, _) = Self.audiences[row]
        let grant = Visibility.grant(audience, bodyID: Self.board, partnershipID: Self.partnership)
        #expect(Visibility.canSeeIssuedPack(.public, grant: grant), "public pack: \(who)")
        #expect(Visibility.canSeeIssuedPack(.members, grant: grant) == partTwo, "members' pack: \(who)")
    }

    @Test(
        "a body that is not public shows its meetings only to those who see its drafts; private actions need Part 2",
        arguments: audiences.indices)
    func meetingsAndActions(_ row: Int) {
        let (who, audience, partTwo, drafts, _, _) = Self.audiences[row]
        let grant = Visibility.grant(audience, bodyID: Self.board, partnershipID: Self.partnership)
        #expect(Visibility.canSeeMeeting(bodyIsPublic: true, grant: grant), "public body: \(who)")
        #expect(Visibility.canSeeMeeting(bodyIsPublic: false, grant: grant) == drafts, "private body: \(who)")
        #expect(Visibility.canSeeAction(isPrivate: false, grant: grant), "public action: \(who)")
        #expect(Visibility.canSeeAction(isPrivate: true, grant: grant) == partTwo, "private action: \(who)")
    }
}
