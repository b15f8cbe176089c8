import GRDB
import MinutebookCore

extension DemoMeetingWriter {
    /// An action with its owners and an update history up to the demo's today: chased before each
    /// later meeting, then done, dropped or superseded, or still running. When a seat-owned action's
    /// seat changes holder, the history records the succession.
    mutating func writeAction(
        _ idea: DemoScript.ActionIdea, minuteID: Int64, resolutionID: Int64?,
        meeting: DemoPlan.MeetingPlanned, next: DemoPlan.MeetingPlanned?, values: ScriptValues,
        sql: DemoSQL, rng: inout SplitMix64
    ) throws {
        let date = meeting.date
        // Owners: the Borough Commander's actions belong to the seat, so they pass to a successor.
        var owners: [(person: Int, seat: Int?)] = []
        for key in idea.owners {
            guard let person = plan.holder(ofPost: key, on: date), !owners.contains(where: { $0.person == person }) else { continue }
            let seat =
                key == "bc"
                ? plan.seats.indices.first {
                    plan.seats[$0].body == meeting.body && plan.cast.posts[plan.seats[$0].post].key == "bc"
                        && plan.seats[$0].holdings.contains { $0.covers(date) }
                }
                : nil
            owners.append((person, seat))
        }
        guard let lead = owners.first else { return }

        // The lifecycle, decided now, written up to today.
        enum Outcome { case done, dropped, superseded, running }
        let roll = rng.below(100)
        let outcome: Outcome = roll < 60 ? .done : roll < 68 ? .dropped : roll < 75 ? .superseded : .running
        let resolveAfter = 1 + rng.below(3)
        var events: [(date: LocalDate, from: ActionStatus?, to: ActionStatus?, text: String, via: String)] = []
        var status = ActionStatus.open
        for k in 1...4 {
            let chase = date.adding(days: 91 * k - 7)
            if outcome != .running && k == resolveAfter {
                let final: ActionStatus = outcome == .done ? .done : outcome == .dropped ? .dropped : .superseded
                let texts = final == .done ? DemoScript.doneTexts : final == .dropped ? DemoScript.droppedTexts : DemoScript.supersededTexts
                events.append((chase, status, final, values.fill(rng.pick(texts)), "web"))
                status = final
                break
            }
            let moving = status == .open
            events.append((chase, moving ? .open : nil, moving ? .inProgress : nil, rng.pick(DemoScript.updateTexts), "web"))
            status = .inProgress
            if outcome == .running && k == 3 { break }
        }
        if let seat = lead.seat {
            let end = events.last { $0.to.map { !$0.isOutstanding } ?? false }?.date ?? plan.today
            for holding in plan.seats[seat].holdings where holding.start > date && holding.start <= end {
                events.append(
                    (
                        holding.start, nil, nil,
                        "Passed to \(plan.people[holding.person].name) on taking up the post of \(plan.seats[seat].title).",
                        "succession"
                    ))
            }
            events.sort { $0.date < $1.date }
        }
        let happened = events.filter { $0.date <= plan.today }
        let current = happened.last { $0.to != nil }?.to ?? .open
        let closed = current.isOutstanding ? nil : happened.last { $0.to == current }?.date

        let due = (next?.date ?? date.adding(days: 91)).iso
        let isPrivate = rng.chance(4)
        let text = values.fill(idea.text) + (isPrivate ? " Names are held by the secretariat." : "")
        let actionID = try sql.insert(
            """
            INSERT INTO action (bodyId, minuteId, resolutionId, text, dueDate, status, isPrivate, closedAt)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """,
            [
                bodyIDs[meeting.body], minuteID, resolutionID, text, due, current.rawValue, isPrivate,
                closed.map { $0.iso + "T17:00:00Z" }
            ])
        for owner in owners {
            let code = Person.initials(of: plan.people[owner.person].name)
            try sql.insert(
                "INSERT INTO actionOwner (actionId, personId, seatId, code) VALUES (?, ?, ?, ?)",
                [actionID, owner.seat == nil ? personIDs[owner.person] : nil, owner.seat.map { seatIDs[$0] }, code])
        }
        for event in happened {
            let author = event.via == "succession" ? nil : plan.people[lead.person].name
            try sql.insert(
                """
                INSERT INTO actionUpdate (actionId, at, authorName, text, statusFrom, statusTo, via) VALUES (?, ?, ?, ?, ?, ?, ?)
                """,
                [
                    actionID, event.date.iso + "T09:30:00Z", author ?? "Secretariat", event.text, event.from?.rawValue,
                    event.to?.rawValue, event.via
                ])
        }
        actionLog[meeting.body].append(OpenAction(created: date, closed: closed))
    }
}
