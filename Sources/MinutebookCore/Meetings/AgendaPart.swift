/// Part 1 items are public; Part 2 items are exempt and seen by members only.
public enum AgendaPart: Int, Codable, Sendable, CaseIterable {
    case one = 1
    case two = 2
}
