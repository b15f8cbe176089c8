import Testing

@testable import MinutebookCore

@Suite("Sub-group reports")
struct SubGroupReportTests {
    static func date(_ iso: String) -> LocalDate { LocalDate(iso: iso) ?? LocalDate(dayNumber: 0) }

    @Test("an empty report cannot be filed; each problem names its field")
    func problems() {
        let report = SubGroupReport(id: 1, bodyID: 2, meetingID: 3)
        #expect(SubGroupReportRules.problemsFiling(report).map(\.field) == ["author", "filedOn", "operationalUpdate"])
    }

    @Test("the last board must not be after the filing date")
    func datesInOrder() {
        let report = SubGroupReport(
            id: 1, bodyID: 2, meetingID: 3, filedOn: Self.date("2018-03-14"),
            lastBoardOn: Self.date("2018-03-20"), author: "A Chair", strategicUpdate: "Met twice.")
        #expect(SubGroupReportRules.problemsFiling(report).map(\.field) == ["lastBoardOn"])
    }

    @Test("a complete report files")
    func complete() {
        let report = SubGroupReport(
            id: 1, bodyID: 2, meetingID: 3, filedOn: Self.date("2018-03-14"),
            lastBoardOn: Self.date("2017-12-19"), author: "A Chair", actionPlanUpdate: "Two actions closed.")
        #expect(SubGroupReportRules.problemsFiling(report).isEmpty)
    }

    @Test(
        "each action for the partnership proposes a resolution",
        arguments: zip(
            [
                "Support the proposal for quick removal of dumped rubbish.",
                "The Partnership is asked to consider how abandoned vehicles are removed",
                "  note the report  ",
                "LFB to brief the board"
            ],
            [
                "RESOLVED that the Partnership support the proposal for quick removal of dumped rubbish.",
                "RESOLVED that the Partnership consider how abandoned vehicles are removed.",
                "RESOLVED that the Partnership note the report.",
                "RESOLVED that the Partnership LFB to brief the board."
            ]))
    func resolutions(_ action: String, _ resolution: String) {
        #expect(SubGroupReport.resolutionText(for: action) == resolution)
    }

    @Test("the filing deadline is the agenda's 'Reports due' day: one rule for the e-mail, the form and the agenda page")
    func oneDeadlineRule() {
        for meeting in ["2027-06-10", "2018-03-26", "2024-02-29", "2026-12-31"] {
            #expect(SubGroupReportRules.deadline(for: Self.date(meeting)) == MeetingDeadlines(meeting: Self.date(meeting)).reports)
        }
    }

    @Test(
        "the deadline counts working days back from the meeting",
        arguments: zip(
            ["2018-03-26", "2024-02-29", "2018-11-29"], ["2018-03-13", "2024-02-16", "2018-11-16"]))
    func deadline(_ meeting: String, _ deadline: String) {
        #expect(SubGroupReportRules.deadline(for: Self.date(meeting)) == Self.date(deadline))
        #expect(SubGroupReportRules.isLate(filedOn: Self.date(deadline).adding(days: 1), meetingDate: Self.date(meeting)))
        #expect(!SubGroupReportRules.isLate(filedOn: Self.date(deadline), meetingDate: Self.date(meeting)))
    }
}

@Suite("Performance visibility")
struct PerformanceVisibilityTests {
    static let board = Body(id: 1, partnershipID: 9, slug: "board", name: "Board", kind: .board)
    static let subGroup = Body(id: 2, partnershipID: 9, slug: "vawg", name: "VAWG", kind: .subGroup, reportsToBodyID: 1)
    static let chair = Audience.account(.init(userID: 5, role: .member, partnershipID: 9, personID: 5, memberOfBodyIDs: [2]))
    static let officer = Audience.account(.init(userID: 6, role: .officer, partnershipID: 9, personID: 6, memberOfBodyIDs: []))

    @Test("drafts are private to the sub-group; reports on a published agenda are public")
    func reports() {
        var report = SubGroupReport(id: 1, bodyID: 2, meetingID: 3)
        #expect(
            PerformanceVisibility.canSee(report, subGroup: Self.subGroup, board: Self.board, meetingStatus: .agendaPublished, audience: Self.chair))
        #expect(!PerformanceVisibility.canSee(report, subGroup: Self.subGroup, board: Self.board, meetingStatus: .agendaPublished, audience: .public))
        #expect(
            !PerformanceVisibility.canSee(report, subGroup: Self.subGroup, board: Self.board, meetingStatus: .agendaPublished, audience: Self.officer)
        )
        report.status = .onAgenda
        #expect(!PerformanceVisibility.canSee(report, subGroup: Self.subGroup, board: Self.board, meetingStatus: .scheduled, audience: .public))
        #expect(PerformanceVisibility.canSee(report, subGroup: Self.subGroup, board: Self.board, meetingStatus: .agendaPublished, audience: .public))
        var privateBoard = Self.board
        privateBoard.isPublic = false
        #expect(
            !PerformanceVisibility.canSee(report, subGroup: Self.subGroup, board: privateBoard, meetingStatus: .agendaPublished, audience: .public))
    }

    @Test("the risk register is never public; directory names need the contact grant")
    func riskAndDirectory() {
        #expect(!PerformanceVisibility.canSeeRiskRegister(of: Self.board, audience: .public))
        #expect(!PerformanceVisibility.canSeeRiskRegister(of: Self.board, audience: Self.officer))
        let entry = DirectoryEntry(
            id: 1, partnershipID: 9, theme: "Prevent", seatTitle: "Prevent lead", personName: "Ada Brook",
            organisationName: "Council", email: "ada@example.org", phone: "0100")
        let seen = PerformanceVisibility.visible(entry, partnershipID: 9, audience: .public)
        #expect(seen.personName == nil && seen.email == nil && seen.phone == nil)
        #expect(seen.seatTitle == "Prevent lead")
        #expect(PerformanceVisibility.visible(entry, partnershipID: 9, audience: Self.officer) == entry)
    }
}
