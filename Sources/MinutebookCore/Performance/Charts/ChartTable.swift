/// The text alternative of a chart: the same figures as a table.
public struct ChartTable: Sendable, Equatable {
    public var caption: String
    public var columns: [String]
    public var rows: [[String]]

    public init(caption: String, columns: [String], rows: [[String]]) {
        self.caption = caption
        self.columns = columns
        self.rows = rows
    }
}
