/// The one visibility rule applied to a body's forward plan (work programme).
extension Visibility {
    /// May `grant` see a forward-plan item of `part` standing at `status`? A Part 2 item needs the
    /// Part 2 grant. An item only proposed (not yet agreed for a meeting) or dropped is the body's
    /// working draft; once scheduled, deferred or taken it is part of the published plan.
    public static func canSeeForwardPlanItem(part: AgendaPart, status: ForwardPlanStatus, grant: Grant) -> Bool {
        if part == .two && !grant.partTwo { return false }
        switch status {
        case .scheduled, .deferred, .taken: return true
        case .proposed, .dropped: return grant.drafts
        }
    }
}

extension ForwardPlanItem {
    /// This item as `grant` may see it, or nil. The secretariat's notes are working papers: kept
    /// only for those who see drafts.
    public func visible(with grant: Visibility.Grant) -> ForwardPlanItem? {
        guard Visibility.canSeeForwardPlanItem(part: part, status: status, grant: grant) else { return nil }
        var kept = self
        if !grant.drafts { kept.notes = nil }
        return kept
    }
}

extension ForwardPlanRepository {
    /// The open items of a body's forward plan (scheduled, deferred and, for those who see drafts,
    /// proposed), by target date, as `audience` may see them.
    public func plan(of body: Body, audience: Audience) async throws -> [ForwardPlanItem] {
        let grant = Visibility.grant(audience, bodyID: body.id, partnershipID: body.partnershipID)
        guard Visibility.canSeeMeeting(bodyIsPublic: body.isPublic, grant: grant) else { return [] }
        return try await items(of: body.id).filter(\.status.isOpen).compactMap { $0.visible(with: grant) }
    }
}
