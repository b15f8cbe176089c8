import MinutebookCore

/// A closing action log table: "Ref | Action | Owner | Due" (columns in any order, any of the
/// usual names). Its rows become actions of the minutes they refer to.
enum ActionLog {
    struct Row {
        var ref: String?
        var text: String
        var owners: [String]
        var due: LocalDate?
        var line: Int
    }

    static let actionNames: Set<String> = ["action", "actions", "action required", "description", "action agreed", "task", "gweithred"]
    static let ownerNames: Set<String> = ["owner", "owners", "lead", "responsible", "by whom", "who", "action by", "assigned to", "perchennog"]
    static let refNames: Set<String> = ["ref", "ref.", "reference", "minute", "minute no", "minute no.", "item", "no", "no.", "#", "min"]
    static let itemRefNames: Set<String> = [
        "minute", "minute no", "minute no.", "item", "item no", "item no.", "agenda item", "min", "ref", "reference"
    ]
    static let dueNames: Set<String> = ["due", "due date", "deadline", "by when", "date", "target date", "when", "timescale"]

    /// Finds action log tables; returns their rows and the line indices they occupy (header and
    /// the title above it included) so the layout parser skips them.
    static func extract(_ lines: ArraySlice<Line>) -> (rows: [Row], consumed: Set<Int>) {
        var rows: [Row] = []
        var consumed = Set<Int>()
        var i = lines.startIndex
        while i < lines.endIndex {
            let raw = lines[i].cells
            guard raw.count >= 2, raw.count <= 8 else { i += 1; continue }
            // Column names are short: a longer cell (a paragraph) is never lower-cased to be looked up.
            let cells = raw.map { $0.utf8.count <= 24 ? $0.lowercased().trimmingTrailing(":") : "" }
            guard let actionCol = cells.firstIndex(where: { actionNames.contains($0) }),
                let ownerCol = cells.firstIndex(where: { ownerNames.contains($0) }), cells.filter({ !$0.isEmpty }).count >= 2
            else { i += 1; continue }
            // An item or minute column says where the action belongs better than a row number does.
            let refCol = cells.firstIndex(where: { itemRefNames.contains($0) }) ?? cells.firstIndex(where: { refNames.contains($0) })
            let dueCol = cells.firstIndex(where: { dueNames.contains($0) })
            consumed.insert(i)
            // The table's title just above ("Action Log", "ACTIONS ARISING").
            var t = i - 1
            while t >= lines.startIndex, lines[t].isBlank, i - t < 3 { t -= 1 }
            if t >= lines.startIndex {
                let title = MinutesLocator.stripMarkup(lines[t].text).lowercased()
                if title.hasPrefix("action log") || title.hasPrefix("actions arising") || title.hasPrefix("summary of actions")
                    || title.hasPrefix("action summary") || title == "actions" || title.hasPrefix("log gweithredu")
                {
                    consumed.insert(t)
                }
            }
            var j = i + 1
            var blanks = 0
            while j < lines.endIndex {
                let row = lines[j]
                if row.isBlank { blanks += 1; if blanks >= 2 { break }; j += 1; continue }
                blanks = 0
                guard row.cells.count >= 2 else { break }
                func cell(_ k: Int?) -> String? {
                    guard let k, k < row.cells.count else { return nil }
                    let v = row.cells[k].trimmed
                    return v.isEmpty ? nil : v
                }
                let text = cell(actionCol) ?? ""
                var owners: [String] = []
                if let o = cell(ownerCol) {
                    owners = Normalizer.actionCodes(o) ?? InlineActions.owners(o).owners
                    if owners.isEmpty { owners = [Names.clean(o)] }
                }
                if !text.isEmpty {
                    rows.append(
                        Row(
                            ref: cell(refCol), text: text, owners: owners,
                            due: cell(dueCol).flatMap { DateText.firstDate(in: $0) }, line: row.number))
                }
                consumed.insert(j)
                j += 1
            }
            i = j
        }
        return (rows, consumed)
    }
}
