import Foundation

/// The outside programs Minutebook uses, each with the Debian package `scripts/bootstrap` installs it from.
public enum Tool: String, Sendable, CaseIterable, Comparable {
    case pdftotext, pdftoppm, pdfinfo, qpdf, soffice, tesseract, python

    /// Where it comes from, for the "not installed" message.
    public var package: String {
        switch self {
        case .pdftotext, .pdftoppm, .pdfinfo: "apt package poppler-utils"
        case .qpdf: "apt package qpdf"
        case .soffice: "apt package libreoffice-writer-nogui"
        case .tesseract: "apt packages tesseract-ocr, tesseract-ocr-eng, tesseract-ocr-cym"
        case .python: "the project's .venv with WeasyPrint, or MINUTEBOOK_PYTHON"
        }
    }

    /// Settings the program runs with, over the process's own. Tesseract runs on one thread: its OpenMP
    /// threads gain nothing on one small page and spin for their share of the cores, which on a busy box
    /// (a server importing while it serves, or several OCR runs at once) makes each page several times
    /// slower.
    public var environment: [String: String] {
        switch self {
        case .tesseract: ["OMP_THREAD_LIMIT": "1"]
        default: [:]
        }
    }

    public static func < (a: Tool, b: Tool) -> Bool { a.rawValue < b.rawValue }
}

/// The resolved paths of the outside programs, found once (`Tools.located` at start-up) and passed to
/// whatever runs them. A missing program is absent, and asking for it gives one line saying what to install.
public struct Tools: Sendable, Equatable {
    public var paths: [Tool: String]

    public init(paths: [Tool: String]) { self.paths = paths }

    /// Found once per process, the first time it is asked for.
    public static let located = Tools.locate()

    /// Looks for every tool: Python as `MINUTEBOOK_PYTHON` or the nearest `.venv/bin/python` above the
    /// working directory or the executable; the others on `PATH` (then /usr/bin, /usr/local/bin).
    public static func locate(
        environment: [String: String] = ProcessInfo.processInfo.environment,
        from starts: [String]? = nil
    ) -> Tools {
        let fm = FileManager.default
        var paths: [Tool: String] = [:]
        let dirs =
            (environment["PATH"] ?? "").split(separator: ":").map(String.init)
            + ["/usr/bin", "/usr/local/bin", "/opt/homebrew/bin"]
        for tool in Tool.allCases where tool != .python {
            paths[tool] = dirs.lazy.map { "\($0)/\(tool.rawValue)" }.first { fm.isExecutableFile(atPath: $0) }
        }
        if let python = environment["MINUTEBOOK_PYTHON"], !python.isEmpty {
            paths[.python] = python
        } else {
            var starts = starts ?? [fm.currentDirectoryPath]
            if let exe = Bundle.main.executableURL?.deletingLastPathComponent().path { starts.append(exe) }
            search: for start in starts {
                var dir = URL(fileURLWithPath: start)
                for _ in 0..<8 {
                    let candidate = dir.appendingPathComponent(".venv/bin/python").path
                    if fm.isExecutableFile(atPath: candidate) { paths[.python] = candidate; break search }
                    dir.deleteLastPathComponent()
                }
            }
        }
        return Tools(paths: paths)
    }

    public subscript(tool: Tool) -> String? { paths[tool] }

    public func has(_ tool: Tool) -> Bool { paths[tool] != nil }

    /// The tool's path, or an error saying it is not installed and how to install it.
    public func path(_ tool: Tool) throws(ToolError) -> String {
        guard let path = paths[tool] else {
            throw ToolError(
                .missing, tool: tool.rawValue,
                "\(tool.rawValue) is not installed: run scripts/bootstrap (\(tool.package))")
        }
        return path
    }

    /// One line per tool, for start-up logs: `pdftotext /usr/bin/pdftotext`, `tesseract (not installed)`.
    public var summary: [String] {
        Tool.allCases.map { "\($0.rawValue) \(paths[$0] ?? "(not installed)")" }
    }
}
