import Foundation
import GRDB
import MinutebookCore

/// Values filled into the script's slots for one meeting.
struct ScriptValues {
    var values: [(String, String)]

    init(noun: String, meeting: DemoPlan.MeetingPlanned, rng: inout SplitMix64) {
        let ward = rng.pick(DemoNames.wards)
        var ward2 = rng.pick(DemoNames.wards)
        if ward2 == ward { ward2 = DemoNames.wards[(DemoNames.wards.firstIndex(of: ward).map { $0 + 1 } ?? 0) % DemoNames.wards.count] }
        // The quarter just finished, in the municipal year's terms.
        let monthsIn = (meeting.date.month - 5 + 12) % 12
        let quarter = monthsIn < 3 ? 4 : monthsIn / 3
        let year = quarter == 4 ? MunicipalYear(startYear: meeting.municipalYear.startYear - 1) : meeting.municipalYear
        values = [
            ("{noun}", noun), ("{ward}", ward), ("{ward2}", ward2), ("{pct}", "\(3 + rng.below(26))"),
            ("{n}", "\(4 + rng.below(140))"), ("{quarter}", "Quarter \(quarter) of \(year.label)")
        ]
    }

    /// The template with every `{slot}` replaced; one pass over its bytes (the generator fills millions).
    func fill(_ template: String, lead: String? = nil) -> String {
        guard template.utf8.contains(UInt8(ascii: "{")) else { return template }
        var out: [UInt8] = []
        out.reserveCapacity(template.utf8.count + 64)
        let bytes = Array(template.utf8)
        var i = 0
        scan: while i < bytes.count {
            if bytes[i] == UInt8(ascii: "{"), let close = bytes[i...].firstIndex(of: UInt8(ascii: "}")) {
                let key = String(decoding: bytes[i...close], as: UTF8.self)
                if key == "{lead}" {
                    out.append(contentsOf: (lead ?? "the lead officer").utf8)
                    i = close + 1
                    continue scan
                }
                for (slot, value) in values where slot == key {
                    out.append(contentsOf: value.utf8)
                    i = close + 1
                    continue scan
                }
            }
            out.append(bytes[i])
            i += 1
        }
        return String(decoding: out, as: UTF8.self)
    }
}

extension DemoMeetingWriter {
    /// One minute per agenda line, numbered by the Core rule, with resolutions and actions.
    mutating func writeMinutes(
        meeting index: Int, meetingID: Int64, agenda: [AgendaLine], agendaIDs: [Int64],
        attendance: [Attendee], values: inout ScriptValues, sql: DemoSQL, rng: inout SplitMix64
    ) throws {
        let meeting = plan.meetings[index]
        let bodyIndex = meeting.body
        let first = numbering.firstNumber(for: meeting.date, after: earlierNumbers[bodyIndex])
        let numbers = numbering.number(agenda.map { $0.isSubItem ? .subItem : .main }, startingAt: first)
        if let last = numbers.last { earlierNumbers[bodyIndex] = [.init(meetingDate: meeting.date, number: last)] }
        let nextMeeting = plan.meetings[(index + 1)...].first { $0.body == bodyIndex && $0.status != .cancelled }
        let previous = lastHeld[bodyIndex].map { plan.meetings[$0] }

        for (position, line) in agenda.enumerated() {
            let number = numbers[position]
            let lead = line.lead.map { plan.people[$0].name }
            var resolutions: [String] = []
            var text: String
            var note: String?
            if let topic = line.topic {
                // Open with the presenter unless the topic's own narrative already names them.
                var sentences =
                    (topic.narrative.first?.hasPrefix("{lead}") == true ? [] : [rng.pick(DemoScript.openings)])
                    + topic.narrative
                let observation = rng.below(DemoScript.observations.count)
                sentences.append(DemoScript.observations[observation])
                if rng.chance(40) {
                    sentences.append(DemoScript.observations[(observation + 1 + rng.below(3)) % DemoScript.observations.count])
                }
                text = sentences.map { values.fill($0, lead: lead) }.joined(separator: " ")
                resolutions = topic.resolutions.map { values.fill($0, lead: lead) }
                if rng.chance(10) { note = "The report has since been circulated to all members." }
            } else {
                (text, resolutions) = standingMinute(
                    line, meeting: meeting, previous: previous, next: nextMeeting,
                    attendance: attendance, rng: &rng)
            }
            let minuteID = try sql.insert(
                """
                INSERT INTO minute (meetingId, agendaItemId, bodyId, municipalYear, position, number, letter, title, part, text,
                                    postMeetingNote)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
                [
                    meetingID, agendaIDs[position], bodyIDs[bodyIndex], meeting.municipalYear.startYear, position + 1,
                    number.number, number.letter, values.fill(line.title), line.part.rawValue, text, note
                ])
            var resolutionID: Int64?
            for (i, resolution) in resolutions.enumerated() {
                resolutionID = try sql.insert(
                    "INSERT INTO resolution (minuteId, position, text) VALUES (?, ?, ?)",
                    [minuteID, i + 1, resolution])
            }
            guard let topic = line.topic, !topic.actions.isEmpty, line.part == .two || rng.chance(75) else { continue }
            var ideas = [rng.pick(topic.actions)]
            if topic.actions.count > 1 && rng.chance(25), let other = topic.actions.first(where: { $0.text != ideas[0].text }) {
                ideas.append(other)
            }
            for idea in ideas {
                try writeAction(
                    idea, minuteID: minuteID, resolutionID: resolutionID, meeting: meeting, next: nextMeeting,
                    values: values, sql: sql, rng: &rng)
            }
        }
    }

    /// The text and decisions of a standing item.
    func standingMinute(
        _ line: AgendaLine, meeting: DemoPlan.MeetingPlanned, previous: DemoPlan.MeetingPlanned?,
        next: DemoPlan.MeetingPlanned?, attendance: [Attendee], rng: inout SplitMix64
    ) -> (String, [String]) {
        let noun = plan.cast.bodies[meeting.body].noun
        func names(_ people: [Int]) -> String {
            let all = people.map { plan.people[$0].name }
            guard all.count > 1, let last = all.last else { return all.first ?? "" }
            return all.dropLast().joined(separator: ", ") + " and " + last
        }
        switch line.role {
        case .standing(.apologies):
            let away = attendance.filter { $0.status == .apologies }.map(\.person)
            guard !away.isEmpty else { return ("There were no apologies for absence.", []) }
            var text = "Apologies for absence were received from \(names(away))."
            for sub in attendance where sub.status == .substitute {
                if let replaced = sub.substituteFor {
                    text += " \(plan.people[sub.person].name) attended as substitute for \(plan.people[replaced].name)."
                }
            }
            return (text, [])
        case .declarations:
            let present = attendance.filter { $0.status == .present || $0.status == .virtual }.map(\.person)
            if !present.isEmpty && rng.chance(12) {
                return ("\(plan.people[rng.pick(present)].name) declared a non-pecuniary interest as a trustee of a local charity.", [])
            }
            return ("There were no declarations of interest.", [])
        case .standing(.previousMinutes):
            let when = previous.map { "the meeting held on \($0.date.long)" } ?? "the previous meeting"
            return (
                "The minutes of \(when) were agreed and signed as a correct record.",
                ["The minutes of \(when) are agreed as a correct record."]
            )
        case .standing(.mattersArising):
            let outstanding = actionLog[meeting.body].filter { $0.created < meeting.date && ($0.closed.map { $0 >= meeting.date } ?? true) }
            return (
                "The \(noun) considered the Matters Arising report, which set out progress on \(outstanding.count) "
                    + "outstanding actions from previous meetings.", ["The Matters Arising report is noted."]
            )
        case .standing(.questions):
            if rng.chance(25) {
                return (
                    "A question from a resident of \(rng.pick(DemoNames.wards)) about street lighting near the station "
                        + "was answered; a written reply would follow.", []
                )
            }
            return ("No questions had been received from councillors or members of the public.", [])
        case .standing(.chairmansUpdate):
            let joined = plan.seats.enumerated().filter { $0.element.body == meeting.body }.flatMap { _, seat in
                seat.holdings.filter { h in previous.map { h.start > $0.date } ?? false && h.start <= meeting.date }.map(\.person)
            }
            if !joined.isEmpty {
                return ("The \(noun) welcomed \(names(Array(Set(joined)).sorted())) to their first meeting.", [])
            }
            return ("The \(noun) was updated on the partnership's community engagement events over the quarter.", [])
        case .standing(.subGroupReports):
            return ("The \(noun) received the highlight reports of its sub-groups.", [])
        case .subGroupReport:
            let name = line.subGroup.map { plan.cast.bodies[$0].name } ?? "the sub-group"
            let lastMeeting = plan.meetings.last { $0.body == line.subGroup && $0.date < meeting.date && $0.status != .cancelled }
            let when = lastMeeting.map { " from its meeting on \($0.date.long)" } ?? ""
            return ("The \(noun) noted the highlight report of the \(name)\(when).", ["The highlight report is noted."])
        case .highlightReport:
            return (
                "The \(noun) agreed the points to escalate to the Partnership Board.",
                ["The highlight report is agreed for the Partnership Board."]
            )
        case .standing(.anyOtherBusiness):
            if rng.chance(30) {
                return ("Members were reminded of the community safety week of action in \(rng.pick(DemoNames.wards)).", [])
            }
            return ("There was no other business.", [])
        case .standing(.nextMeeting):
            guard let next else { return ("The date of the next meeting would be confirmed.", []) }
            return (
                "The next meeting will be held on \(next.date.longWithWeekday)"
                    + (next.start.map { " at \($0.hhmm)" } ?? "") + ".", []
            )
        default:
            return ("The \(noun) noted the item.", [])
        }
    }
}
