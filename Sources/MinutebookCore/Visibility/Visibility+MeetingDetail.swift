/// The one visibility rule applied to a whole meeting. Repositories load a meeting unfiltered and
/// return only `visible(to:)`, so every surface (pages, API, feeds, exports) sees the same cut.
extension Visibility {
    /// May `grant` know that a meeting of a body exists at all? Meetings of public bodies are; a
    /// body that is not public shows its meetings only to those who may see its drafts.
    public static func canSeeMeeting(bodyIsPublic: Bool, grant: Grant) -> Bool {
        bodyIsPublic || grant.drafts
    }

    /// The attendance list is part of the minutes: public once the minutes are approved.
    public static func canSeeAttendance(meetingStatus: MeetingStatus, grant: Grant) -> Bool {
        grant.drafts || isPublished(minutesOf: meetingStatus)
    }

    /// Private actions (named individuals, safeguarding detail) need the Part 2 grant.
    public static func canSeeAction(isPrivate: Bool, grant: Grant) -> Bool {
        !isPrivate || grant.partTwo
    }

    /// Documents follow their part, and unpublished documents are drafts.
    public static func canSeeDocument(part: AgendaPart, isPublished: Bool, meetingStatus: MeetingStatus, grant: Grant) -> Bool {
        if part == .two && !grant.partTwo { return false }
        if grant.drafts { return true }
        return isPublished && self.isPublished(agendaOf: meetingStatus)
    }
}

extension MeetingDetail {
    /// This meeting as `audience` may see it, or nil when the audience may not know of it.
    public func visible(to audience: Audience) -> MeetingDetail? {
        let grant = Visibility.grant(audience, bodyID: body.id, partnershipID: partnership.id)
        return visible(with: grant)
    }

    /// This meeting cut down to `grant`.
    public func visible(with grant: Visibility.Grant) -> MeetingDetail? {
        guard Visibility.canSeeMeeting(bodyIsPublic: body.isPublic, grant: grant) else { return nil }
        let status = meeting.status
        var result = self
        result.grant = grant
        var withheld = 0

        result.agenda = agenda.filter { item in
            let seen = Visibility.canSeeItem(part: item.part, meetingStatus: status, grant: grant)
            // A withheld Part 2 item is counted only where its Part 1 neighbours are shown: an unpublished
            // agenda says nothing at all, not even that an exempt item exists.
            if !seen && item.part == .two && Visibility.canSeeItem(part: .one, meetingStatus: status, grant: grant) { withheld += 1 }
            return seen
        }
        let seenItemIDs = Set(result.agenda.map(\.id))

        result.minutes = minutes.compactMap { detail in
            guard Visibility.canSeeMinutes(part: detail.minute.part, meetingStatus: status, grant: grant) else {
                if detail.minute.part == .two && detail.minute.agendaItemID == nil
                    && Visibility.canSeeMinutes(part: .one, meetingStatus: status, grant: grant)
                {
                    withheld += 1
                }
                return nil
            }
            var kept = detail
            kept.actions = detail.actions.filter { Visibility.canSeeAction(isPrivate: $0.isPrivate, grant: grant) }
            return kept
        }

        result.attendance =
            Visibility.canSeeAttendance(meetingStatus: status, grant: grant)
            ? attendance.map { entry in
                var kept = entry
                if !grant.contactDetails { kept.email = nil }
                return kept
            }
            : []

        result.documents = documents.filter { document in
            if let item = document.agendaItemID, !seenItemIDs.contains(item),
                agenda.contains(where: { $0.id == item })
            {
                return false
            }
            let seen = Visibility.canSeeDocument(
                part: document.part, isPublished: document.isPublished,
                meetingStatus: status, grant: grant)
            if !seen && document.part == .two
                && Visibility.canSeeDocument(part: .one, isPublished: document.isPublished, meetingStatus: status, grant: grant)
            {
                withheld += 1
            }
            return seen
        }
        result.withheldCount = withheld
        return result
    }
}
