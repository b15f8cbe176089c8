import GRDB
import MinutebookCore

/// Phase two of the demo: writes one partnership's plan. The constructor writes the partnership,
/// organisations, people, job titles, bodies, seats and holdings; `write(meeting:)` writes one
/// meeting with its agenda, attendance, minutes, resolutions and actions.
struct DemoMeetingWriter {
    /// One line of an agenda, and of the minutes when the meeting has been held.
    struct AgendaLine {
        var number: String
        var title: String
        var isSubItem = false
        var part: AgendaPart = .one
        var exemptReason: String?
        var role: Role?
        var lead: Int?
        var topic: DemoScript.Topic?
        /// For the board's sub-group reports: the sub-group.
        var subGroup: Int?
    }

    /// What a standing line is. Its kind is stored in Core's own words (`StandingItemKind`), so the pack
    /// builder and the agenda read the demo's items as they read any other (issue 24: the demo wrote
    /// "minutes" and the pack never held the previous minutes); the demo's extra standing lines have no
    /// stored kind.
    enum Role: Equatable {
        case standing(StandingItemKind)
        case declarations
        case subGroupReport
        case highlightReport

        var storedKind: StandingItemKind? {
            if case .standing(let kind) = self { return kind }
            return nil
        }
    }

    struct Attendee {
        var person: Int
        var seat: Int?
        var status: AttendanceStatus
        var position: ChairPosition?
        var substituteFor: Int?
    }

    /// Action lifecycle bookkeeping per body, for Matters Arising counts.
    struct OpenAction {
        var created: LocalDate
        var closed: LocalDate?
    }

    let plan: DemoPlan
    var partnershipID: Int64 = 0
    var organisationIDs: [Int64] = []
    var personIDs: [Int64] = []
    var bodyIDs: [Int64] = []
    var seatIDs: [Int64] = []
    var meetingIDs: [Int64?]
    /// Per body: the last held meeting's plan index, the numbers used, the actions raised.
    var lastHeld: [Int?]
    var earlierNumbers: [[MinuteNumbering.Earlier]]
    var actionLog: [[OpenAction]]
    var reportCounter = 0
    let numbering = MinuteNumbering()

    init(plan: DemoPlan, db: Database) throws {
        self.plan = plan
        meetingIDs = Array(repeating: nil, count: plan.meetings.count)
        lastHeld = Array(repeating: nil, count: plan.cast.bodies.count)
        earlierNumbers = Array(repeating: [], count: plan.cast.bodies.count)
        actionLog = Array(repeating: [], count: plan.cast.bodies.count)
        let sql = DemoSQL(db: db)
        let cast = plan.cast
        let secretary = plan.holder(ofPost: "dso", on: plan.today).map { plan.people[$0] }
        partnershipID = try sql.insert(
            """
            INSERT INTO partnership (slug, name, contactName, contactEmail) VALUES (?, ?, ?, ?)
            """, [DemoNames.slug(cast.borough), cast.partnershipName, secretary?.name, secretary?.email])
        for organisation in cast.organisations {
            organisationIDs.append(
                try sql.insert(
                    """
                    INSERT INTO organisation (partnershipId, name, abbreviation, sector) VALUES (?, ?, ?, ?)
                    """, [partnershipID, organisation.name, organisation.abbreviation, organisation.sector]))
        }
        for person in plan.people {
            let id = try sql.insert(
                """
                INSERT INTO person (partnershipId, fullName, honorific, initials, organisationId, email, phone)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """,
                [
                    partnershipID, person.name, person.honorific, Person.initials(of: person.name),
                    organisationIDs[person.organisation], person.email, person.phone
                ])
            personIDs.append(id)
            for title in person.titles {
                try sql.insert(
                    """
                    INSERT INTO jobTitle (personId, title, organisationId, startDate, endDate) VALUES (?, ?, ?, ?, ?)
                    """, [id, title.title, organisationIDs[person.organisation], title.start.iso, title.end?.iso])
            }
        }
        for body in cast.bodies {
            let reportsTo: Int64? = body.kind == .subGroup ? bodyIDs.first : nil
            bodyIDs.append(
                try sql.insert(
                    """
                    INSERT INTO body (partnershipId, slug, name, kind, reportsToBodyId, defaultVenue, defaultStart)
                    VALUES (?, ?, ?, ?, ?, ?, ?)
                    """, [partnershipID, body.slug, body.name, body.kind.rawValue, reportsTo, body.venue, body.start]))
        }
        for seat in plan.seats {
            let id = try sql.insert(
                """
                INSERT INTO seat (bodyId, title, organisationId, role, position, abolishedOn) VALUES (?, ?, ?, ?, ?, ?)
                """,
                [
                    bodyIDs[seat.body], seat.title, organisationIDs[seat.organisation], seat.role.rawValue, seat.position,
                    seat.abolishedOn?.iso
                ])
            seatIDs.append(id)
            for holding in seat.holdings {
                try sql.insert(
                    """
                    INSERT INTO seatHolding (seatId, personId, startDate, endDate) VALUES (?, ?, ?, ?)
                    """, [id, personIDs[holding.person], holding.start.iso, holding.end?.iso])
            }
        }
    }

    /// Writes meeting `index` of the plan and approves the body's previous minutes when it is held.
    mutating func write(meeting index: Int, db: Database, rng: inout SplitMix64) throws {
        let sql = DemoSQL(db: db)
        let meeting = plan.meetings[index]
        let body = plan.cast.bodies[meeting.body]
        let held = meeting.status == .minutesDrafted || meeting.status == .minutesApproved
        let published = meeting.status != .scheduled && meeting.status != .cancelled
        let issued = meeting.date.adding(days: -7).iso + "T09:00:00Z"
        let link = "https://meet.\(DemoNames.slug(plan.cast.borough)).example/\(body.slug)"
        let meetingID = try sql.insert(
            """
            INSERT INTO meeting (bodyId, date, municipalYear, startTime, endTime, venue, virtualLink, status,
                                 agendaPublishedAt, packIssuedAt, sequence)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """,
            [
                bodyIDs[meeting.body], meeting.date.iso, meeting.municipalYear.startYear, meeting.start?.hhmm, meeting.end?.hhmm,
                body.venue, link, held ? MeetingStatus.minutesDrafted.rawValue : meeting.status.rawValue,
                published ? issued : nil, published ? issued : nil, index
            ])
        meetingIDs[index] = meetingID
        guard meeting.status != .cancelled else { return }
        // Only the next meeting to come has an agenda yet.
        let previousOfBody = plan.meetings[..<index].lastIndex { $0.body == meeting.body && $0.status != .cancelled }
        if !held, let previousOfBody, plan.meetings[previousOfBody].date >= plan.today { return }

        var values = ScriptValues(noun: body.noun, meeting: meeting, rng: &rng)
        let agenda = makeAgenda(for: meeting, lines: index == plan.longMeeting ? plan.longMeetingMinutes : 0, rng: &rng)
        var agendaIDs: [Int64] = []
        for (position, line) in agenda.enumerated() {
            let lead = line.lead.map { plan.people[$0].name }
            var reference: String?
            if line.topic != nil {
                reportCounter += 1
                reference = "CSP\(meeting.date.year % 100)\(String(1000 + reportCounter % 1000).suffix(3))"
            }
            agendaIDs.append(
                try sql.insert(
                    """
                    INSERT INTO agendaItem (meetingId, position, number, title, part, exemptReason, isStanding, standingKind,
                                            leadOfficer, reportReference)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                    [
                        meetingID, position + 1, line.number, values.fill(line.title), line.part.rawValue, line.exemptReason,
                        line.role != nil, line.role?.storedKind?.rawValue, lead, reference
                    ]))
        }
        guard held else { return }
        let attendance = makeAttendance(for: meeting, agenda: agenda, rng: &rng)
        for attendee in attendance {
            let seatTitle = plan.title(of: attendee.person, on: meeting.date)
            try sql.insert(
                """
                INSERT INTO attendance (meetingId, personId, seatId, name, roleText, status, position, substituteForPersonId,
                                        substituteForName)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
                [
                    meetingID, personIDs[attendee.person], attendee.seat.map { seatIDs[$0] }, plan.people[attendee.person].name,
                    seatTitle, attendee.status.rawValue, attendee.position?.rawValue,
                    attendee.substituteFor.map { personIDs[$0] }, attendee.substituteFor.map { plan.people[$0].name }
                ])
        }
        try writeMinutes(
            meeting: index, meetingID: meetingID, agenda: agenda, agendaIDs: agendaIDs, attendance: attendance,
            values: &values, sql: sql, rng: &rng)

        if let previous = lastHeld[meeting.body], let previousID = meetingIDs[previous],
            plan.meetings[previous].status == .minutesApproved
        {
            try sql.insert(
                """
                UPDATE meeting SET status = 'minutes_approved', approvedAt = ?, approvedAtMeetingId = ? WHERE id = ?
                """, [meeting.date.iso, meetingID, previousID])
        }
        lastHeld[meeting.body] = index
    }

    /// Standing items, two or three topics, the board's sub-group reports, and sometimes a Part 2 item;
    /// lengthened to `lines` items by an annual review (see `annualReview`) when `lines` is above 0.
    func makeAgenda(for meeting: DemoPlan.MeetingPlanned, lines target: Int = 0, rng: inout SplitMix64) -> [AgendaLine] {
        let body = plan.cast.bodies[meeting.body]
        let isBoard = body.kind == .board
        let coChairs = plan.seats.contains { $0.body == meeting.body && $0.role == .coChair && $0.holdings.contains { $0.covers(meeting.date) } }
        var titles: [(String, Role)] = [
            ("Apologies for absence", .standing(.apologies)), ("Declarations of interest", .declarations),
            ("Minutes of the previous meeting", .standing(.previousMinutes)),
            ("Matters arising and action log", .standing(.mattersArising))
        ]
        if isBoard {
            titles.append(("Questions from councillors and members of the public", .standing(.questions)))
            titles.append((coChairs ? "Co-Chairs' update" : "Chairman's update", .standing(.chairmansUpdate)))
        }
        var lines = titles.map { AgendaLine(number: "", title: $0.0, role: $0.1) }
        let openTopics = body.topics.filter { $0.exemptReason == nil }
        var order = Array(openTopics.indices)
        for i in order.indices.reversed() { order.swapAt(i, rng.below(i + 1)) }
        for i in order.prefix(isBoard ? 3 : 2 + rng.below(2)) {
            let topic = openTopics[i]
            lines.append(AgendaLine(number: "", title: topic.title, lead: plan.holder(ofPost: topic.lead, on: meeting.date), topic: topic))
        }
        if isBoard {
            lines.append(AgendaLine(number: "", title: "Sub-group reports", role: .standing(.subGroupReports)))
            for sub in plan.cast.bodies.indices where plan.cast.bodies[sub].kind == .subGroup {
                lines.append(
                    AgendaLine(
                        number: "", title: plan.cast.bodies[sub].name, isSubItem: true, role: .subGroupReport,
                        subGroup: sub))
            }
        } else {
            lines.append(AgendaLine(number: "", title: "Highlight report to the Partnership Board", role: .highlightReport))
        }
        lines.append(AgendaLine(number: "", title: "Any other business", role: .standing(.anyOtherBusiness)))
        lines.append(AgendaLine(number: "", title: "Date of next meeting", role: .standing(.nextMeeting)))
        let exempt = body.topics.filter { $0.exemptReason != nil }
        if !exempt.isEmpty && rng.chance(35) {
            let topic = rng.pick(exempt)
            lines.append(
                AgendaLine(
                    number: "", title: topic.title, part: .two, exemptReason: topic.exemptReason,
                    lead: plan.holder(ofPost: topic.lead, on: meeting.date), topic: topic))
        }
        if target > lines.count, let other = lines.firstIndex(where: { $0.role == .standing(.anyOtherBusiness) }) {
            lines.insert(contentsOf: annualReview(lines: target - lines.count, on: meeting.date), at: other)
        }
        // Agenda numbers: 1, 2, … with sub-items lettered under the item before them (8a, 8b).
        var main = 0
        var sub = 0
        for i in lines.indices {
            if lines[i].isSubItem {
                lines[i].number = "\(main)" + MinuteNumber.subItemLetter(sub)
                sub += 1
            } else {
                main += 1
                sub = 0
                lines[i].number = "\(main)"
            }
        }
        return lines
    }

    /// Seat holders that day with their status; substitutes; the secretariat and presenting officers also present.
    func makeAttendance(for meeting: DemoPlan.MeetingPlanned, agenda: [AgendaLine], rng: inout SplitMix64) -> [Attendee] {
        var members: [Attendee] = []
        var also: [Attendee] = []
        var away: [Attendee] = []
        var seen = Set<Int>()
        let seats = plan.seats.indices.filter { plan.seats[$0].body == meeting.body }
        for seatIndex in seats {
            let seat = plan.seats[seatIndex]
            guard let holding = seat.holdings.first(where: { $0.covers(meeting.date) }), seen.insert(holding.person).inserted else { continue }
            if seat.role == .secretariat {
                also.append(Attendee(person: holding.person, seat: seatIndex, status: .alsoPresent))
                continue
            }
            let chair: ChairPosition? =
                switch seat.role {
                case .chairman: .chairman
                case .viceChairman: .viceChairman
                case .coChair: .coChair
                default: nil
                }
            let roll = rng.below(100)
            if roll < 70 {
                members.append(Attendee(person: holding.person, seat: seatIndex, status: .present, position: chair))
            } else if roll < 85 {
                members.append(Attendee(person: holding.person, seat: seatIndex, status: .virtual, position: chair))
            } else if roll < 97 {
                away.append(Attendee(person: holding.person, seat: seatIndex, status: .apologies))
                let organisation = plan.people[holding.person].organisation
                let deputies = plan.cast.posts.compactMap { post -> Int? in
                    guard plan.cast.organisationIndex(post.organisation) == organisation,
                        let person = plan.holder(ofPost: post.key, on: meeting.date), person != holding.person
                    else { return nil }
                    return person
                }
                if !deputies.isEmpty && rng.chance(40) {
                    let deputy = rng.pick(deputies)
                    if seen.insert(deputy).inserted {
                        members.append(Attendee(person: deputy, status: .substitute, substituteFor: holding.person))
                    }
                }
            } else {
                away.append(Attendee(person: holding.person, seat: seatIndex, status: .absent))
            }
        }
        for line in agenda {
            if let lead = line.lead, seen.insert(lead).inserted {
                also.append(Attendee(person: lead, status: .alsoPresent))
            }
        }
        return members + also + away
    }
}
