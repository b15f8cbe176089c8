import Foundation
import MinutebookCore
import MinutebookTools

/// The external programs the pack is made with: WeasyPrint (in the project's `.venv`), qpdf,
/// LibreOffice headless and poppler's pdfinfo, as installed by `scripts/bootstrap`.
public struct PackTools: Sendable {
    public var python: String
    public var qpdf: String
    public var soffice: String
    public var pdfinfo: String
    /// Seconds before a LibreOffice conversion is abandoned and its process group killed.
    public var conversionTimeout: Double = 120
    /// Seconds before a WeasyPrint render is abandoned.
    public var renderTimeout: Double = 300
    /// Seconds before a whole build is abandoned: the conversion and the render, plus the checks and the underlay.
    public var buildTimeout: Double { conversionTimeout + renderTimeout + 300 }

    public init(python: String, qpdf: String, soffice: String, pdfinfo: String) {
        self.python = python
        self.qpdf = qpdf
        self.soffice = soffice
        self.pdfinfo = pdfinfo
    }

    /// The pack's tools among those found at start-up (`Tools.located`); throws one line saying what to install.
    public static func locate(_ found: Tools = .located) throws -> PackTools {
        do {
            return PackTools(
                python: try found.path(.python), qpdf: try found.path(.qpdf), soffice: try found.path(.soffice),
                pdfinfo: try found.path(.pdfinfo))
        } catch {
            throw DomainError.invalid(error.description)
        }
    }

    /// Runs one of the tools (`ToolProcess`); a failure to start or a timeout is a one-line domain error.
    public func run(_ executable: String, _ arguments: [String], timeout: Double) throws -> ToolOutput {
        do { return try ToolProcess.runBlocking(executable, arguments, timeout: timeout) } catch {
            throw DomainError.invalid(error.description)
        }
    }
}
