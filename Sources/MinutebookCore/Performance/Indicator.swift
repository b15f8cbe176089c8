/// A performance indicator the partnership tracks. `bodyID` is the body that owns and reports it
/// (a sub-group or the board); visibility follows that body.
public struct Indicator: Sendable, Equatable, Identifiable {
    public var id: Int64
    public var partnershipID: Int64
    public var bodyID: Int64
    /// Stable short code used by imports and URLs ("oss-attendance").
    public var code: String
    public var name: String
    public var unit: IndicatorUnit
    public var direction: IndicatorDirection
    /// Who answers for it ("VAWG Strategic Partnership Manager").
    public var owner: String
    /// Where the figures come from ("Commissioned service quarterly return").
    public var source: String
    public var tolerance: Tolerance
    /// Draft definitions are seen only by those who may see drafts of the owning body.
    public var isPublished: Bool

    public init(
        id: Int64, partnershipID: Int64, bodyID: Int64, code: String, name: String, unit: IndicatorUnit = .count,
        direction: IndicatorDirection = .higherIsBetter, owner: String = "", source: String = "",
        tolerance: Tolerance = .standard, isPublished: Bool = false
    ) {
        self.id = id
        self.partnershipID = partnershipID
        self.bodyID = bodyID
        self.code = code
        self.name = name
        self.unit = unit
        self.direction = direction
        self.owner = owner
        self.source = source
        self.tolerance = tolerance
        self.isPublished = isPublished
    }

    /// Codes are lower-case letters, digits and hyphens, as in URLs.
    public static func isValidCode(_ code: String) -> Bool {
        !code.isEmpty && code.count <= 60 && code.utf8.allSatisfy { ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2D }
    }
}
