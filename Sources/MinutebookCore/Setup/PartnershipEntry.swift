/// A partnership as listed: its id and settings.
public struct PartnershipEntry: Sendable, Equatable {
    public var id: Int64
    public var settings: PartnershipSettings

    public init(id: Int64, settings: PartnershipSettings) {
        self.id = id
        self.settings = settings
    }
}
