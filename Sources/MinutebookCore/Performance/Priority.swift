/// A strategic priority ("Prevention: being stronger together").
public struct Priority: Sendable, Equatable, Identifiable {
    public var id: Int64
    public var position: Int
    public var name: String
    public var summary: String
    public var objectives: [Objective]

    public init(id: Int64, position: Int, name: String, summary: String = "", objectives: [Objective] = []) {
        self.id = id
        self.position = position
        self.name = name
        self.summary = summary
        self.objectives = objectives
    }
}
