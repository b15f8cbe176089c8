import Foundation
import MinutebookCore
#if canImport(Glibc)
import Glibc
#endif

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

    public init(python: String, qpdf: String, soffice: String, pdfinfo: String) {
        self.python = python
        self.qpdf = qpdf
        self.soffice = soffice
        self.pdfinfo = pdfinfo
    }

    /// Finds the tools: `MINUTEBOOK_PYTHON` or the nearest `.venv/bin/python` above the working
    /// directory or the executable; the others on `PATH`. Throws one line saying what to install.
    public static func locate() throws -> PackTools {
        let env = ProcessInfo.processInfo.environment
        let fm = FileManager.default
        var python = env["MINUTEBOOK_PYTHON"]
        if python == nil {
            var starts = [fm.currentDirectoryPath]
            if let exe = Bundle.main.executableURL?.deletingLastPathComponent().path { starts.append(exe) }
            search: for start in starts {
                var dir = URL(fileURLWithPath: start)
                for _ in 0..<8 {
                    let candidate = dir.appendingPathComponent(".venv/bin/python").path
                    if fm.isExecutableFile(atPath: candidate) { python = candidate; break search }
                    dir.deleteLastPathComponent()
                }
            }
        }
        guard let python else {
            throw DomainError.invalid("WeasyPrint is not installed: run scripts/bootstrap (or set MINUTEBOOK_PYTHON)")
        }
        func onPath(_ name: String, package: String) throws -> String {
            for dir in (env["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
                let candidate = "\(dir)/\(name)"
                if fm.isExecutableFile(atPath: candidate) { return candidate }
            }
            throw DomainError.invalid("\(name) is not installed: run scripts/bootstrap (apt package \(package))")
        }
        return PackTools(python: python, qpdf: try onPath("qpdf", package: "qpdf"),
                         soffice: try onPath("soffice", package: "libreoffice-writer-nogui"),
                         pdfinfo: try onPath("pdfinfo", package: "poppler-utils"))
    }
}

/// Runs a program to completion with a time limit, in its own process group so that a timeout
/// kills everything it started (LibreOffice's wrapper leaves `soffice.bin` behind otherwise).
enum ToolProcess {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
        var timedOut: Bool
    }

    static func run(_ executable: String, _ arguments: [String], timeout: Double, workingDirectory: URL? = nil,
                    environment: [String: String] = [:]) throws -> Result {
        let fm = FileManager.default
        let scratch = fm.temporaryDirectory.appendingPathComponent("mb-proc-\(UUID().uuidString)")
        try fm.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? fm.removeItem(at: scratch) }
        let outURL = scratch.appendingPathComponent("out"), errURL = scratch.appendingPathComponent("err")
        fm.createFile(atPath: outURL.path, contents: nil)
        fm.createFile(atPath: errURL.path, contents: nil)
        let out = try FileHandle(forWritingTo: outURL), err = try FileHandle(forWritingTo: errURL)
        defer { try? out.close(); try? err.close() }

        let process = Process()
        // Foundation starts the child as the leader of its own process group (pgid = pid, checked on
        // Linux), so `kill(-pid)` reaches everything it started.
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        if let workingDirectory { process.currentDirectoryURL = workingDirectory }
        var env = ProcessInfo.processInfo.environment
        for (k, v) in environment { env[k] = v }
        process.environment = env
        do {
            try process.run()
        } catch {
            throw DomainError.invalid("could not start \(executable): \(error.localizedDescription)")
        }
        let deadline = Date().addingTimeInterval(timeout)
        var timedOut = false
        while process.isRunning {
            if Date() > deadline {
                timedOut = true
                #if canImport(Glibc)
                kill(-process.processIdentifier, SIGKILL)
                #endif
                process.terminate()
                break
            }
            usleep(20_000)
        }
        process.waitUntilExit()
        #if canImport(Glibc)
        if !timedOut { kill(-process.processIdentifier, SIGKILL) } // anything the program left running
        #endif
        let stdout = (try? String(contentsOf: outURL, encoding: .utf8)) ?? ""
        let stderr = (try? String(contentsOf: errURL, encoding: .utf8)) ?? ""
        return Result(status: process.terminationStatus, stdout: stdout, stderr: stderr, timedOut: timedOut)
    }
}
