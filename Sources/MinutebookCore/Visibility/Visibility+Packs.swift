/// The one visibility rule applied to agenda packs and the reports in them. The store asks these
/// inside the reads that return the bytes (`AgendaRepository.issuedPack`, `reportContent`), so a
/// caller that forgets to check gets a refusal, not Part 2.
extension Visibility {
    /// May `grant` have the `edition` of a meeting's issued pack? The public pack is published with
    /// the agenda; the members' pack carries Part 2 and needs the Part 2 grant.
    public static func canSeeIssuedPack(_ edition: PackEdition, grant: Grant) -> Bool {
        switch edition {
        case .public: true
        case .members: grant.partTwo
        }
    }

    /// The refusal of the members' pack, worded for the body it belongs to.
    public static func membersPackRefusal(bodyName: String) -> DomainError {
        .forbidden("Only members of \(bodyName) and the secretariat can see the members' pack.")
    }
}

extension Audience {
    /// Minutebook's own work at the operator's console (the CLI, the demo, exports): an administrator
    /// of every partnership, who may see everything.
    public static let system = Audience.account(
        .init(
            userID: 0, role: .administrator, partnershipID: nil, personID: nil,
            memberOfBodyIDs: []))
}
