import Testing

@testable import MinutebookCore

/// Invented fixture: the Riverside Safety Board met on 5 December 2022; the next meeting is 20 March 2023.
enum ActionFixture {
    static let december = LocalDate(year: 2022, month: 12, day: 5) ?? LocalDate(dayNumber: 0)
    static let september = LocalDate(year: 2022, month: 9, day: 12) ?? LocalDate(dayNumber: 0)
    static let march = LocalDate(year: 2023, month: 3, day: 20) ?? LocalDate(dayNumber: 0)

    static func minute(_ id: Int64, _ number: String, _ date: LocalDate, _ title: String, part: AgendaPart = .one) -> MinuteReference {
        MinuteReference(
            minuteID: id, meetingID: date == december ? 2 : 1, number: MinuteNumber(parsing: number),
            meetingDate: date, title: title, part: part)
    }

    static func action(
        _ id: Int64, minute: MinuteReference?, resolved: String, owners: [String], status: ActionStatus = .open,
        history: [ActionHistoryEntry] = []
    ) -> TrackedAction {
        TrackedAction(
            action: Action(id: id, bodyID: 1, minuteID: minute?.minuteID, text: "Action \(id)", status: status),
            bodyName: "Riverside Safety Board", minute: minute, resolved: resolved,
            owners: owners.map { ActionOwner(name: $0) }, history: history)
    }
}

@Suite("Matters Arising drafting")
struct MattersArisingTests {
    typealias F = ActionFixture

    @Test("outstanding actions of earlier meetings become one entry per minute, by date then number")
    func groupsAndOrders() {
        let m12 = F.minute(12, "12", F.december, "Flood Exercise")
        let m9a = F.minute(9, "9a", F.december, "Youth Sub Group")
        let m9 = F.minute(8, "9", F.december, "Sub-group reports")
        let old = F.minute(3, "40", F.september, "Night Economy")
        let actions = [
            F.action(1, minute: m12, resolved: "RESOLVED that the exercise date be confirmed.", owners: ["Nadia Okafor"]),
            F.action(2, minute: m12, resolved: "RESOLVED that the exercise date be confirmed.", owners: ["Tom Reyes"]),
            F.action(3, minute: m9a, resolved: "RESOLVED that the referral route be circulated.", owners: ["Ivo Brandt"], status: .inProgress),
            F.action(4, minute: m9, resolved: "RESOLVED that the reports be noted.", owners: ["Ivo Brandt"], status: .done),
            F.action(5, minute: old, resolved: "RESOLVED that licensing data be shared.", owners: ["Petra Lind"])
        ]
        let entries = MattersArising.draft(for: F.march, actions: actions)
        #expect(entries.map(\.minuteLabel) == ["Minute 40", "Minute 9a", "Minute 12"])
        let flood = entries[2]
        #expect(flood.owners == ["Nadia Okafor", "Tom Reyes"])
        #expect(flood.resolved == "RESOLVED that the exercise date be confirmed.")
        #expect(flood.update == "Awaiting update from Nadia Okafor.\n\nAwaiting update from Tom Reyes.")
        #expect(flood.actionIDs == [1, 2])
        #expect(entries[1].status == .inProgress)
    }

    @Test("actions of the meeting itself or later ones are not matters arising")
    func onlyEarlierMeetings() {
        let same = F.minute(20, "5", F.march, "Today")
        let entries = MattersArising.draft(for: F.march, actions: [F.action(1, minute: same, resolved: "x", owners: ["A B"])])
        #expect(entries.isEmpty)
    }

    @Test("the latest written update is shown, and a forwarding note with awaiting when none came after it")
    func updateColumn() {
        let m = F.minute(12, "12", F.december, "Motorbikes")
        let written = ActionHistoryEntry(at: "2023-01-10T09:00:00Z", authorName: "Ann", text: "Bikes located at the depot.", via: .emailLink)
        let older = ActionHistoryEntry(at: "2022-12-20T09:00:00Z", authorName: "Ann", text: "Looking into it.", via: .web)
        let forwarded = ActionHistoryEntry(
            at: "2023-02-01T09:00:00Z", text: Succession.note(seatTitle: "Area Commander", leaving: "Colin Hart", successor: "Pia Wendt"),
            via: .succession)
        let a = F.action(1, minute: m, resolved: "r", owners: ["Colin Hart"], history: [written, older])
        #expect(MattersArising.updateText(for: a) == "Bikes located at the depot.")
        let b = F.action(2, minute: m, resolved: "r", owners: ["Pia Wendt"], history: [older, forwarded])
        #expect(
            MattersArising.updateText(for: b)
                == "Forwarded to Pia Wendt as the former Area Commander, Colin Hart, has moved on. Awaiting update from Pia Wendt.")
        let statusOnly = ActionHistoryEntry(at: "2023-01-01T00:00:00Z", text: "", statusFrom: .open, statusTo: .inProgress, via: .web)
        let c = F.action(3, minute: m, resolved: "r", owners: ["Lu Chen", "Max Ode", "Ros Pym"], history: [statusOnly])
        #expect(MattersArising.updateText(for: c) == "Awaiting update from Lu Chen, Max Ode and Ros Pym.")
    }

    @Test("entries carried forward from an older report come in, ordered with the rest")
    func carriedForward() {
        let m = F.minute(12, "12", F.december, "Flood Exercise")
        let carried = MattersArisingEntry(
            key: "m3", minute: MinuteNumber(40), minuteID: 3, meetingDate: F.september,
            title: "Night Economy", resolved: "Licensing data to be shared.", owners: [],
            update: "Data sharing agreement signed.", status: .open, actionIDs: [9])
        let entries = MattersArising.draft(
            for: F.march, actions: [F.action(1, minute: m, resolved: "r", owners: ["A"])],
            carriedForward: [CarriedForwardEntry(entryID: 77, entry: carried)])
        #expect(entries.map(\.key) == ["c77", "m12"])
        #expect(entries[0].actionIDs.isEmpty)
    }

    @Test("saved edits are kept unless a newer update arrived; omitted entries stay out; added ones stay in")
    func merge() {
        let m = F.minute(12, "12", F.december, "Flood Exercise")
        let n = F.minute(13, "13", F.december, "Communications")
        let draft = MattersArising.draft(
            for: F.march,
            actions: [
                F.action(1, minute: m, resolved: "r1", owners: ["A"]), F.action(2, minute: n, resolved: "r2", owners: ["B"])
            ])
        var edited = draft[0]
        edited.update = "A presentation is on the agenda."
        edited.isEdited = true
        let added = MattersArisingEntry(
            key: "n5", minute: nil, minuteID: nil, meetingDate: nil, title: "Newsletter",
            resolved: "Raised by the Chairman.", owners: [], update: "To follow.", status: .open, isEdited: true)
        let merged = MattersArising.merge(
            draft: draft,
            saved: [
                .init(entry: edited), .init(entry: draft[1], isOmitted: true), .init(entry: added)
            ])
        #expect(merged.map(\.key) == ["m12", "n5"])
        #expect(merged[0].update == "A presentation is on the agenda.")
        let overtaken = MattersArising.merge(draft: draft, saved: [.init(entry: edited, newerUpdateArrived: true)])
        #expect(overtaken[0].update == "Awaiting update from A.")
    }

    @Test("Part 2 entries are kept from those without Part 2 rights")
    func partTwo() {
        let secret = F.minute(14, "14", F.december, "Exempt Case Review", part: .two)
        let report = MattersArisingReport(
            bodyID: 1, bodyName: "Board", meetingID: nil, date: F.march,
            entries: MattersArising.draft(for: F.march, actions: [F.action(1, minute: secret, resolved: "secret text", owners: ["A"])]))
        #expect(report.visible(to: .publicOnly).entries.isEmpty)
        #expect(report.visible(to: .everything).entries.count == 1)
    }

    @Test("owner lists read as English", arguments: zip([[], ["A"], ["A", "B"], ["A", "B", "C"]], ["", "A", "A and B", "A, B and C"]))
    func list(_ names: [String], _ expected: String) {
        #expect(MattersArising.list(names) == expected)
    }
}
