public struct Resolution: Sendable, Equatable, Codable, Identifiable {
    public var id: Int64
    public var minuteID: Int64
    public var position: Int
    public var text: String
    /// How many paragraphs of the minute's text come before this decision; nil: after all of them.
    public var place: Int?

    public init(id: Int64, minuteID: Int64, position: Int, text: String, place: Int? = nil) {
        self.id = id
        self.minuteID = minuteID
        self.position = position
        self.text = text
        self.place = place
    }
}
