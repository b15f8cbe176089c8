/// The shared line-level tokenizer: splits text into `Line`s and columns, cleans invisible and
/// look-alike space characters, and drops page furniture (page numbers, running headers after a
/// page break). Works on UTF-8 bytes; no regular expressions.
public enum Tokenizer {
    /// How columns are separated.
    public enum Columns: Sendable {
        /// Tabs only (word-processor and tab-separated text).
        case tabs
        /// Tabs and runs of three or more spaces (`pdftotext -layout`).
        case tabsAndWideSpaces
        /// Decide from the text: wide spaces count when the text has almost no tabs.
        case automatic
    }

    public static func lines(_ text: String, columns: Columns = .automatic) -> [Line] {
        var bytes = Array(text.utf8)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        let wide: Bool
        switch columns {
        case .tabs: wide = false
        case .tabsAndWideSpaces: wide = true
        case .automatic:
            var tabs = 0, newlines = 1
            for b in bytes {
                if b == 0x09 { tabs += 1 } else if b == 0x0A { newlines += 1 }
            }
            wide = tabs * 20 < newlines
        }
        var result: [Line] = []
        result.reserveCapacity(bytes.count / 60 + 1)
        var number = 1
        var start = 0
        var pendingPage = false
        let count = bytes.count
        for i in 0...count {
            let separator: UInt8 = i == count ? 0 : bytes[i]
            guard i == count || separator == 0x0A || separator == 0x0C else { continue }
            if start < i || separator == 0x0A {
                let marked = start < i && bytes[start] == Line.headingMark
                var line = Line(number: number, cells: split(bytes[(marked ? start + 1 : start)..<i], wide: wide))
                line.isMarkedHeading = marked
                if pendingPage && !line.isBlank { line.startsPage = true; pendingPage = false }
                result.append(line)
            }
            if separator == 0x0A { number += 1 }
            if separator == 0x0C { pendingPage = true }
            start = i + 1
        }
        return removingFurniture(result)
    }

    /// Splits one line into trimmed cells. Cells are found by index; a plain ASCII cell with single
    /// spaces becomes a String straight from its bytes, others go through `cleanCell`.
    static func split(_ raw: ArraySlice<UInt8>, wide: Bool) -> [String] {
        var cells: [String] = []
        var start = -1, last = -1
        var spaces = 0
        var plain = true
        func flush() {
            if start < 0 {
                cells.append("")
            } else if plain {
                cells.append(String(decoding: raw[start...last], as: UTF8.self))
            } else {
                cells.append(cleanCell(raw[start...last]))
            }
            start = -1
            plain = true
        }
        for k in raw.indices {
            let b = raw[k]
            switch b {
            case 0x09:
                flush(); spaces = 0
            case 0x7C where spaces > 0 && (k + 1 == raw.endIndex || raw[k + 1] == 0x20):
                // "Name | Organisation": a pipe between spaces separates columns as a tab does.
                flush(); spaces = 0
            case 0x20:
                spaces += 1
                if wide && spaces == 3 && start >= 0 { flush() } else if spaces == 2 { plain = false }
            default:
                // Carriage returns and other control bytes are dropped and do not end a run of spaces.
                if b < 0x20 { plain = false; continue }
                spaces = 0
                if start < 0 { start = k }
                last = k
                if b >= 0x80 { plain = false }
            }
        }
        flush()
        while cells.count > 1, let l = cells.last, l.isEmpty { cells.removeLast() }
        return cells
    }

    /// One cell's bytes with control bytes dropped and runs of spaces collapsed, then cleaned.
    static func cleanCell(_ raw: ArraySlice<UInt8>) -> String {
        var cell: [UInt8] = []
        cell.reserveCapacity(raw.count)
        var spaces = 0
        for b in raw {
            if b == 0x20 {
                spaces += 1
                if !cell.isEmpty && spaces == 1 { cell.append(0x20) }
            } else if b >= 0x20 {
                spaces = 0
                cell.append(b)
            }
        }
        while let l = cell.last, l == 0x20 { cell.removeLast() }
        return clean(cell)
    }

    /// Decodes a cell, replacing non-breaking and zero-width characters; plain ASCII takes the fast path.
    static func clean(_ bytes: [UInt8]) -> String {
        if !bytes.contains(where: { $0 >= 0x80 }) { return String(decoding: bytes, as: UTF8.self) }
        var out = String.UnicodeScalarView()
        var lastWasSpace = false
        for scalar in String(decoding: bytes, as: UTF8.self).unicodeScalars {
            switch scalar.value {
            case 0xA0, 0x2000...0x200A, 0x202F, 0x205F, 0x3000:
                if !lastWasSpace { out.append(" ") }
                lastWasSpace = true
            case 0xAD, 0x200B...0x200D, 0x2060, 0xFEFF:
                continue
            default:
                lastWasSpace = scalar == " "
                out.append(scalar)
            }
        }
        var s = String(out)
        while s.hasPrefix(" ") { s.removeFirst() }
        while s.hasSuffix(" ") { s.removeLast() }
        return s
    }

    // MARK: Page furniture

    /// "Page 9", "Page 3 of 12", "- 4 -", a bare page number.
    static func isPageMarker(_ text: String) -> Bool {
        guard let f = text.utf8.first, f == 0x50 || f == 0x70 || f == 0x2D, text.utf8.count < 20 else { return false }
        let t = text.lowercased()
        if t.hasPrefix("page "), t.dropFirst(5).split(separator: " ").first.map({ $0.allSatisfy(\.isNumber) }) == true {
            return t.count < 20
        }
        if t.hasPrefix("- "), t.hasSuffix(" -"), t.dropFirst(2).dropLast(2).allSatisfy(\.isNumber) { return true }
        return false
    }

    static func isBareNumber(_ text: String) -> Bool {
        !text.isEmpty && text.utf8.count <= 3 && text.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
    }

    /// Drops page markers and the running header lines that follow them (short lines repeated
    /// elsewhere, dates, bare numbers), and bare numbers standing alone between blank lines.
    static func removingFurniture(_ lines: [Line]) -> [Line] {
        var keep = [Bool](repeating: true, count: lines.count)
        var seen: [String: Int] = [:]
        let hasPages = lines.contains { $0.startsPage || isPageMarker($0.text) }
        for line in lines where hasPages && !line.isBlank {
            let t = line.text
            if t.utf8.count < 70 { seen[t.lowercased(), default: 0] += 1 }
        }
        var i = 0
        while i < lines.count {
            let text = lines[i].text
            if isPageMarker(text) || lines[i].startsPage {
                if isPageMarker(text) { keep[i] = false }
                var j = i + 1, taken = 0
                while j < lines.count, taken < 4 {
                    let t = lines[j].text
                    if t.isEmpty { j += 1; continue }
                    let repeated = (seen[t.lowercased()] ?? 0) >= 2
                    if t.utf8.count < 70 && (isBareNumber(t) || DateText.isDateOnly(t) || repeated || isPageMarker(t)) {
                        keep[j] = false
                        taken += 1
                        j += 1
                    } else {
                        break
                    }
                }
            } else if isBareNumber(text) {
                let before = i == 0 || lines[i - 1].isBlank
                let after = i + 1 >= lines.count || lines[i + 1].isBlank
                if before && after { keep[i] = false }
            }
            i += 1
        }
        var out: [Line] = []
        out.reserveCapacity(lines.count)
        for (k, line) in lines.enumerated() where keep[k] { out.append(line) }
        return out
    }
}
