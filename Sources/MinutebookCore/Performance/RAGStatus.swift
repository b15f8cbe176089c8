/// Red / Amber / Green, with Blue for "exceptionally ahead" (the exception report's other half).
public enum RAGStatus: String, Sendable, Codable, CaseIterable, Comparable {
    case red
    case amber
    case green
    case blue

    /// Words first, so nothing depends on colour.
    public var label: String {
        switch self {
        case .red: "Red: off track"
        case .amber: "Amber: slightly behind"
        case .green: "Green: on track"
        case .blue: "Blue: exceptionally ahead"
        }
    }

    public var shortLabel: String {
        switch self {
        case .red: "Red"
        case .amber: "Amber"
        case .green: "Green"
        case .blue: "Blue"
        }
    }

    /// A marker shape for charts and tables, distinct without colour.
    public var symbol: String {
        switch self {
        case .red: "▲"
        case .amber: "◆"
        case .green: "●"
        case .blue: "★"
        }
    }

    private var order: Int { RAGStatus.allCases.firstIndex(of: self) ?? 0 }
    public static func < (a: RAGStatus, b: RAGStatus) -> Bool { a.order < b.order }
}
