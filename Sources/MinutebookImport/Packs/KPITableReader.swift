import Foundation
import MinutebookCore

/// The KPI tables of a pack's sub-group reports. A table's header names a target and quarters
/// ("Target Q1 Q2 Q3", a note may follow a quarter: "Q1 – (June Only)"). Markdown and HTML keep each
/// row as one line of tab-separated cells (indicator | target | Q1 | ...), a blank cell a blank
/// quarter. PDF text prints the cells one after another: the indicator's words before the header
/// (one row) or before its figures (rows under the header), figures run over lines, and a blank cell
/// leaves no trace, so a row with fewer figures than columns cannot be placed and is not recorded.
enum KPITableReader {
    static func read(_ text: PackText, meetingDate: LocalDate?, warnings: inout [String]) -> PackFigures? {
        guard let meetingDate else { return nil }
        var rows: [KPIRow] = []
        var i = 0
        while i < text.lines.count {
            guard let header = header(text.lines[i]) else { i += 1; continue }
            let (found, next) =
                tableCells(text.lines[i]) != nil
                ? tabbed(text, header: header, at: i) : printed(text, header: header, at: i, warnings: &warnings)
            rows += found
            i = max(next, i + 1)
        }
        warnings += rows.flatMap(\.warnings)
        return rows.isEmpty ? nil : PackFigures(file: text.file, meetingDate: meetingDate, rows: rows)
    }

    /// A header's columns: the target's place (if printed), the quarters in order, a note per quarter,
    /// and whether the first cell names the indicator (tabbed tables).
    struct Header {
        var hasTarget: Bool
        var quarters: [Int]
        var notes: [Int: String]
        var leadingNameColumn: Bool
        var columns: Int { (hasTarget ? 1 : 0) + quarters.count }
    }

    static func header(_ raw: String) -> Header? {
        let tabled = tableCells(raw)
        let cells = tabled ?? raw.split(whereSeparator: \.isWhitespace).map(String.init)
        var hasTarget = false, quarters: [Int] = [], notes: [Int: String] = [:], leading = false
        for (index, cell) in cells.enumerated() {
            let word = cell.trimmingCharacters(in: CharacterSet(charactersIn: ":*"))
            if word.lowercased() == "target" || word.lowercased() == "annual target" {
                guard quarters.isEmpty else { return nil }
                hasTarget = true
            } else if let q = quarter(word) {
                quarters.append(q)
            } else if let last = quarters.last {
                notes[last] = notes[last].map { $0 + " " + cell } ?? cell
            } else if index == 0 && tabled != nil {
                leading = true
            } else {
                return nil
            }
        }
        guard hasTarget || tabled != nil, quarters.count >= 2, Set(quarters).count == quarters.count,
            notes.values.joined().count < 40
        else { return nil }
        return Header(hasTarget: hasTarget, quarters: quarters, notes: notes.mapValues(clean), leadingNameColumn: leading)
    }

    /// The cells of a table row: tab-separated (HTML and the Markdown of the samples) or a Markdown
    /// pipe table's "| a | b |"; nil for a line that is not a row.
    static func tableCells(_ raw: String) -> [String]? {
        let line = raw.trimmingCharacters(in: .whitespaces)
        if line.hasPrefix("|"), line.hasSuffix("|"), line.count > 2 {
            return line.dropFirst().dropLast().split(separator: "|", omittingEmptySubsequences: false)
                .map { $0.trimmingCharacters(in: .whitespaces) }
        }
        guard raw.contains("\t") else { return nil }
        return raw.split(separator: "\t", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
    }

    /// "Q3" → 3.
    static func quarter(_ word: String) -> Int? {
        guard word.count == 2, word.uppercased().hasPrefix("Q"), let n = Int(word.dropFirst()), (1...4).contains(n) else { return nil }
        return n
    }

    static func clean(_ note: String) -> String {
        note.trimmingCharacters(in: CharacterSet(charactersIn: " –-"))
    }

    static func headerNotes(_ header: Header) -> [String] {
        header.notes.sorted { $0.key < $1.key }.filter { !$0.value.isEmpty }
            .map { "the table's Q\($0.key) is printed '\($0.value)': it may not cover the whole quarter" }
    }

    /// Markdown or HTML rows: one line each, tab-separated, until a line without tabs.
    static func tabbed(_ text: PackText, header: Header, at start: Int) -> ([KPIRow], Int) {
        var rows: [KPIRow] = []
        var i = start + 1
        while i < text.lines.count, var cells = tableCells(text.lines[i]) {
            let name = cells.isEmpty ? "" : cells.removeFirst()
            if !name.isEmpty, !name.allSatisfy({ $0 == "-" || $0 == ":" }), !cells.allSatisfy({ $0.allSatisfy { "-:".contains($0) } }) {
                while cells.count < header.columns { cells.append("") }
                rows.append(row(name, Array(cells.prefix(header.columns)), header: header, line: i + 1))
            }
            i += 1
        }
        return (rows, i)
    }

    /// PDF text: the indicator's words before the header or before each row's figures; the figures
    /// after, running over lines until the row has one per column.
    static func printed(_ text: PackText, header: Header, at start: Int, warnings: inout [String]) -> ([KPIRow], Int) {
        var rows: [KPIRow] = []
        var name: [String] = nameBefore(text, header: start)
        var nameLine = start + 1
        var figures: [String] = []
        var figuresLine = start + 1
        func flush() {
            guard !figures.isEmpty else { return }
            let indicator = name.joined(separator: " ")
            let cells = Self.cells(figures.joined(separator: " "))
            if indicator.isEmpty {
                warnings.append("line \(figuresLine): figures under a KPI table's header name no indicator: not recorded")
            } else if cells.count == header.columns {
                rows.append(row(indicator, cells, header: header, line: figuresLine))
            } else {
                warnings.append(
                    "line \(nameLine): '\(indicator)': \(cells.count) figures for \(header.columns) columns "
                        + "(a blank cell leaves no trace in the printed table, so none can be placed): not recorded")
            }
            name = []
            figures = []
        }
        var i = start + 1
        while i < text.lines.count {
            let line = text.trimmed(i)
            if line.isEmpty { i += 1; continue }
            if ends(line) || Self.header(text.lines[i]) != nil { break }
            let startsWithFigure = line.first.map { $0.isNumber || $0 == "(" || $0 == "-" || $0 == "–" } ?? false
            let count = Self.cells(figures.joined(separator: " ")).count
            if figures.isEmpty {
                if startsWithFigure {
                    figuresLine = i + 1
                    figures = [line]
                } else {
                    if name.isEmpty { nameLine = i + 1 }
                    name.append(line)
                }
            } else if startsWithFigure {
                if Self.cells((figures + [line]).joined(separator: " ")).count <= header.columns {
                    figures.append(line)
                } else {
                    flush()
                    figuresLine = i + 1
                    figures = [line]
                }
            } else if count < header.columns || line.first?.isLowercase == true {
                // Words wrapped in the row's last cell ("assessments").
                figures.append(line)
            } else {
                // The next row's indicator.
                flush()
                nameLine = i + 1
                name = [line]
            }
            i += 1
        }
        flush()
        return (rows, i)
    }

    /// The short lines just before the header (the indicator's name wrapped in its cell), back to
    /// the end of the paragraph before.
    static func nameBefore(_ text: PackText, header: Int) -> [String] {
        var lines: [String] = []
        var i = header - 1
        while i >= 0, lines.count < 8 {
            let line = text.trimmed(i)
            if line.isEmpty { i -= 1; continue }
            if line.count > 40 || line.hasSuffix(".") || line.contains(":") || line.first?.isNumber == true || line.hasPrefix("-")
                || line.hasPrefix("Agenda Item") || CoverReader.isCapitals(line) || tableCells(text.lines[i]) != nil
            {
                break
            }
            lines.insert(line, at: 0)
            i -= 1
        }
        return lines
    }

    /// The end of a printed table: a numbered section ("3.0 VAWG Meetings"), prose, a new document.
    static func ends(_ line: String) -> Bool {
        if line.count > 60 || line.hasPrefix("Agenda Item") || line.hasPrefix("This page is left intentionally blank") { return true }
        let head = line.prefix { !$0.isWhitespace }
        let parts = head.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count == 2 && parts.allSatisfy { !$0.isEmpty && $0.allSatisfy(\.isNumber) } && head.count < line.count
    }

    /// Splits printed figures into cells: a cell begins at a number, unless the number is inside
    /// brackets or follows a dash ("8 referrals – 2 assessments" is one cell, "55 (45 Pro Rata)" is one).
    static func cells(_ text: String) -> [String] {
        var cells: [String] = []
        var depth = 0
        var previous = ""
        for token in text.split(whereSeparator: \.isWhitespace).map(String.init) {
            let startsNumber = token.first?.isNumber == true
            if startsNumber, depth == 0, previous != "–", previous != "-", !previous.hasSuffix("–") || cells.isEmpty {
                cells.append(token)
            } else if cells.isEmpty {
                cells.append(token)
            } else {
                cells[cells.count - 1] += " " + token
            }
            depth += token.filter { $0 == "(" }.count - token.filter { $0 == ")" }.count
            depth = max(0, depth)
            previous = token
        }
        return cells
    }

    static func row(_ indicator: String, _ cells: [String], header: Header, line: Int) -> KPIRow {
        let unit = KPIRow.unit(indicator: indicator, cells: cells)
        var values = cells[...]
        let target = header.hasTarget ? values.popFirst().map { KPICell.read($0, quarter: nil, unit: unit, line: line) } : nil
        let quarters = zip(header.quarters, values).map { KPICell.read($1, quarter: $0, unit: unit, line: line) }
        return KPIRow(indicator: indicator, unit: unit, target: target, quarters: quarters, notes: headerNotes(header), line: line)
    }
}
