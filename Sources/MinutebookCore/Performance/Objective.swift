public struct Objective: Sendable, Equatable, Identifiable {
    public var id: Int64
    public var position: Int
    public var text: String
    public var actions: [DeliveryAction]

    public init(id: Int64, position: Int, text: String, actions: [DeliveryAction] = []) {
        self.id = id
        self.position = position
        self.text = text
        self.actions = actions
    }
}
