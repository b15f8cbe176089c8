import Testing

@testable import MinutebookCore

@Suite("Succession and due dates")
struct SuccessionTests {
    typealias F = ActionFixture
    let seat = Seat(id: 4, bodyID: 1, title: "Area Commander", organisationID: 2)
    let leaving = Succession.Leaving(personID: 10, name: "Colin Hart", heldFrom: LocalDate(year: 2021, month: 6, day: 1) ?? LocalDate(dayNumber: 0))

    func tracked(
        _ id: Int64, owner: ActionOwner, body: Int64 = 1, date: LocalDate = ActionFixture.december,
        status: ActionStatus = .open
    ) -> TrackedAction {
        let minute = MinuteReference(minuteID: id, meetingID: 1, number: MinuteNumber(Int(id)), meetingDate: date, title: "T")
        return TrackedAction(
            action: Action(id: id, bodyID: body, minuteID: id, text: "x", status: status), bodyName: "B",
            minute: minute, resolved: "r", owners: [owner], history: [])
    }

    @Test("open actions through the seat or in its capacity move; others stay")
    func forwards() {
        let today = F.march
        let actions = [
            tracked(1, owner: ActionOwner(personID: 10, code: "CH", name: "Colin Hart")), // in capacity
            tracked(2, owner: ActionOwner(seatID: 4, name: "Area Commander")), // through the seat
            tracked(3, owner: ActionOwner(personID: 10, name: "Colin Hart"), body: 9), // another body
            tracked(4, owner: ActionOwner(personID: 10, name: "Colin Hart"), status: .done), // settled
            tracked(
                5, owner: ActionOwner(personID: 10, name: "Colin Hart"),
                date: LocalDate(year: 2020, month: 1, day: 6) ?? today), // before the holding
            tracked(6, owner: ActionOwner(personID: 11, name: "Someone Else"))
        ]
        let moves = Succession.forwardings(seat: seat, leaving: leaving, successor: (12, "Pia Wendt"), on: today, actions: actions)
        #expect(moves.map(\.actionID) == [1, 2])
        #expect(moves.allSatisfy { $0.to.personID == 12 && $0.to.seatID == 4 && $0.to.name == "Pia Wendt" })
        #expect(moves[0].to.code == "CH")
        #expect(moves[0].note == "Forwarded to Pia Wendt as the former Area Commander, Colin Hart, has moved on.")
    }

    @Test("due, today and overdue are worked out from the due date or the next meeting")
    func due() throws {
        let today = try #require(LocalDate(iso: "2023-03-10"))
        #expect(
            ActionDue.of(status: .open, due: LocalDate(iso: "2023-03-13"), today: today)
                == .upcoming(try #require(LocalDate(iso: "2023-03-13")), days: 3))
        #expect(ActionDue.of(status: .open, due: today, today: today).label == "Due today")
        #expect(ActionDue.of(status: .inProgress, due: LocalDate(iso: "2023-03-07"), today: today).label == "Overdue by 3 days")
        #expect(ActionDue.of(status: .open, due: nil, nextMeeting: LocalDate(iso: "2023-03-09"), today: today).isOverdue)
        #expect(ActionDue.of(status: .done, due: LocalDate(iso: "2023-03-01"), today: today) == .settled)
        #expect(ActionDue.of(status: .open, due: nil, today: today) == .none)
    }

    @Test(
        "working days skip weekends, bank holidays (Good Friday, Easter Monday) and extra closures",
        arguments: zip(
            ["2023-03-20", "2023-03-20", "2023-03-22", "2023-04-11"], [1, 5, 3, 1]))
    func workingDays(_ iso: String, _ count: Int) throws {
        let date = try #require(LocalDate(iso: iso))
        let easterMonday = try #require(LocalDate(iso: "2023-04-10"))
        let result = WorkingDays.before(date, count: count, holidays: [easterMonday])
        let expected = ["2023-03-20|1": "2023-03-17", "2023-03-20|5": "2023-03-13", "2023-03-22|3": "2023-03-17", "2023-04-11|1": "2023-04-06"]
        #expect(result.iso == expected["\(iso)|\(count)"])
    }
}
