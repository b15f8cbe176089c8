/// The lead's own reading of a delivery-plan action.
public enum DeliveryStatus: String, Sendable, Codable, CaseIterable {
    case notStarted = "not_started"
    case onTrack = "on_track"
    case atRisk = "at_risk"
    case offTrack = "off_track"
    case ahead
    case complete

    public var label: String {
        switch self {
        case .notStarted: "Not started"
        case .onTrack: "On track"
        case .atRisk: "At risk"
        case .offTrack: "Off track"
        case .ahead: "Exceptionally ahead"
        case .complete: "Complete"
        }
    }
}
