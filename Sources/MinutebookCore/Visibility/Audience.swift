/// Who is looking. Every read that may return Part 2 items, drafts or personal details takes an
/// `Audience`, and `Visibility` below is the one rule that decides what it may see.
public enum Audience: Sendable, Equatable, Hashable {
    /// Anyone on the public site, the public API, feeds and open-data exports.
    case `public`
    /// A signed-in account of a partnership.
    case account(Account)

    public struct Account: Sendable, Equatable, Hashable {
        public var userID: Int64
        public var role: UserRole
        public var partnershipID: Int64?
        /// The person the account belongs to, if any (members and officers).
        public var personID: Int64?
        /// Bodies the person holds a seat on today; members see Part 2 and drafts of these only.
        public var memberOfBodyIDs: Set<Int64>

        public init(userID: Int64, role: UserRole, partnershipID: Int64?, personID: Int64?, memberOfBodyIDs: Set<Int64>) {
            self.userID = userID
            self.role = role
            self.partnershipID = partnershipID
            self.personID = personID
            self.memberOfBodyIDs = memberOfBodyIDs
        }
    }
}
