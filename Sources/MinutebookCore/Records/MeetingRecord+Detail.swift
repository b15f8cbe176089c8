/// A stored meeting as the interchange contract (`docs/meeting-record.md`). The detail is already
/// filtered for its audience, so the record carries exactly what that audience may see; Part 2 items
/// keep `"part": 2`.
extension MeetingRecord {
    public init(_ detail: MeetingDetail) {
        let attendees = detail.attendance.map { entry in
            Attendee(
                name: entry.name, role: entry.role, organisation: entry.organisation, status: entry.status,
                position: entry.position, substituteFor: entry.substituteFor, arrivedDuring: entry.arrivedDuring?.text,
                leftDuring: entry.leftDuring?.text)
        }
        let items: [Item]
        if detail.minutes.isEmpty {
            // No minutes yet (or none visible): the agenda as it stands.
            items = detail.agenda.map { item in
                Item(number: item.number, title: item.title, part: item.part, reportReference: item.reportReference)
            }
        } else {
            items = detail.minutes.map(Item.init)
        }
        let next = detail.nextMeeting.map { NextMeeting(date: $0.date, start: $0.start) }
        self.init(
            body: detail.body.name, date: detail.meeting.date, start: detail.meeting.start, end: detail.meeting.end,
            venue: detail.meeting.venue, attendance: attendees, items: items, nextMeeting: next)
    }
}

extension MeetingRecord.Item {
    /// One minute as a contract item: resolutions in order, each action with its owner codes and names.
    public init(_ detail: MinuteDetail) {
        let actions = detail.actions.map { action in
            let names = action.owners.compactMap(\.name)
            return MeetingRecord.Action(
                owners: action.owners.map(\.displayCode),
                ownerNames: names.count == action.owners.count ? names : nil,
                text: action.action.text, due: action.action.due, status: action.action.status)
        }
        let paragraphs = MinuteLayout.paragraphs(detail.minute.text).count
        let places =
            detail.resolutions.contains { $0.place != nil }
            ? detail.resolutions.map { min($0.place ?? paragraphs, paragraphs) } : []
        self.init(
            number: detail.minute.number?.text, title: detail.minute.title, part: detail.minute.part,
            text: detail.minute.text, resolutions: detail.resolutions.map(\.text), actions: actions,
            postMeetingNotes: detail.minute.postMeetingNote.map { [$0] } ?? [], resolutionPlaces: places)
        votes = detail.votes.map(MeetingRecord.Vote.init)
        declarations = detail.declarations.map {
            MeetingRecord.Declaration(name: $0.name, kind: $0.kind, text: $0.text)
        }
    }
}
