/// Repositories of performance reporting (issue 9). Every write takes the `Editor`, which the store
/// records on each changed row in the same transaction.
/// Reads that may return drafts take an `Audience` and apply `PerformanceVisibility`.

/// Indicator definitions, targets and actuals.
public protocol IndicatorRepository: Sendable {
    /// Indicators of a partnership that `audience` may see, in display order.
    func indicators(of partnershipID: Int64, audience: Audience) async throws -> [Indicator]
    func indicator(code: String, in partnershipID: Int64, audience: Audience) async throws -> Indicator?
    /// Defines a new indicator; a duplicate code is a conflict.
    func define(_ indicator: Indicator, by editor: Editor) async throws -> Indicator
    /// Changes a definition (name, unit, direction, owner, source, tolerance, owning body, published);
    /// the code stays, as imports and links use it.
    func update(_ indicator: Indicator, by editor: Editor) async throws
    /// Sets (or replaces) the target of the indicator for the target's year.
    func setTarget(_ target: AnnualTarget, by editor: Editor) async throws
    func targets(of indicatorID: Int64) async throws -> [AnnualTarget]
    func actuals(of indicatorID: Int64) async throws -> [Actual]
    /// Records actuals in one transaction: all or nothing. A figure for a period and area already
    /// recorded is replaced (a corrected return).
    func record(_ actuals: [Actual], by editor: Editor) async throws
    /// Imports a CSV of actuals (`ActualsCSV`) for the partnership's indicators: every row is checked
    /// first, a bad row refuses the file with its line number, and nothing is recorded. Returns the count.
    func importActuals(csv: String, partnershipID: Int64, by editor: Editor) async throws -> Int
    /// The same for rows already read from a spreadsheet (`XLSXSheetReader`), numbered as Excel numbers them.
    func importActuals(records: [ActualsCSV.Record], partnershipID: Int64, by editor: Editor) async throws -> Int
}
