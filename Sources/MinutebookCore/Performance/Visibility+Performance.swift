/// Visibility of performance material, decided through the same grants as meetings (`Visibility`).
///
/// - Indicators and their figures: public once the definition is published and the owning body is
///   public; otherwise only audiences that may see the body's drafts.
/// - Strategy and delivery plan: the same rule on the strategy's board.
/// - Sub-group reports: drafts and submitted reports only to those who may see the sub-group's drafts;
///   a report on the agenda follows the board's agenda (public where the board and its agenda are).
/// - Risk register: never public; members of the board and the secretariat only (the Part 2 grant).
/// - Directory: themes, seats and organisations are public; names and contact details need the
///   contact-details grant (signed-in accounts of the partnership).
public enum PerformanceVisibility {
    public static func canSee(_ indicator: Indicator, body: Body, audience: Audience) -> Bool {
        let grant = Visibility.grant(audience, bodyID: body.id, partnershipID: body.partnershipID)
        return grant.drafts || (indicator.isPublished && body.isPublic)
    }

    public static func canSee(_ strategy: Strategy, body: Body, audience: Audience) -> Bool {
        let grant = Visibility.grant(audience, bodyID: body.id, partnershipID: body.partnershipID)
        return grant.drafts || (strategy.isPublished && body.isPublic)
    }

    /// `subGroup` is the reporting body, `board` the body of the meeting, `meetingStatus` its status.
    public static func canSee(
        _ report: SubGroupReport, subGroup: Body, board: Body, meetingStatus: MeetingStatus,
        audience: Audience
    ) -> Bool {
        let subGroupGrant = Visibility.grant(audience, bodyID: subGroup.id, partnershipID: subGroup.partnershipID)
        let boardGrant = Visibility.grant(audience, bodyID: board.id, partnershipID: board.partnershipID)
        switch report.status {
        case .draft:
            return subGroupGrant.drafts
        case .submitted:
            return subGroupGrant.drafts || boardGrant.edit
        case .onAgenda:
            if subGroupGrant.drafts || boardGrant.drafts { return true }
            return board.isPublic && Visibility.isPublished(agendaOf: meetingStatus)
        }
    }

    public static func canSeeRiskRegister(of board: Body, audience: Audience) -> Bool {
        Visibility.grant(audience, bodyID: board.id, partnershipID: board.partnershipID).partTwo
    }

    /// Members of the body and the secretariat: who may fill in and see the body's drafts.
    public static func canSeeDrafts(of body: Body, audience: Audience) -> Bool {
        Visibility.grant(audience, bodyID: body.id, partnershipID: body.partnershipID).drafts
    }

    public static func canEdit(body: Body, audience: Audience) -> Bool {
        Visibility.grant(audience, bodyID: body.id, partnershipID: body.partnershipID).edit
    }

    /// Directory entry as `audience` may see it: names and contacts only with the contact grant.
    public static func visible(_ entry: DirectoryEntry, partnershipID: Int64, audience: Audience) -> DirectoryEntry {
        let grant = Visibility.grant(audience, bodyID: -1, partnershipID: partnershipID)
        guard !grant.contactDetails else { return entry }
        var copy = entry
        copy.personName = nil
        copy.email = nil
        copy.phone = nil
        return copy
    }
}
