import Foundation
import Testing

/// Runs the built `minutebook` binary as a user would, capturing stdout, stderr and the exit code.
struct CLI {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The binary beside the test bundle in the build products folder.
    static var binary: URL { built("minutebook", environment: "MINUTEBOOK_BIN") }

    /// The benchmark kit's binary, built beside the CLI.
    static var benchBinary: URL { built("minutebook-bench", environment: "MINUTEBOOK_BENCH_BIN") }

    static func built(_ name: String, environment variable: String) -> URL {
        var url = Bundle.main.bundleURL
        for _ in 0..<4 {
            let candidate = url.appendingPathComponent(name)
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            url = url.deletingLastPathComponent()
        }
        if let env = ProcessInfo.processInfo.environment[variable] { return URL(fileURLWithPath: env) }
        return URL(fileURLWithPath: ".build/debug/" + name)
    }

    /// Runs `minutebook-bench` with `arguments`.
    static func bench(_ arguments: [String]) throws -> Result {
        try run(arguments, executable: benchBinary)
    }

    static func run(
        _ arguments: [String], stdin: String? = nil, environment: [String: String] = [:],
        executable: URL = binary
    ) throws -> Result {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        env.removeValue(forKey: "MINUTEBOOK_DATABASE")
        for (k, v) in environment { env[k] = v }
        process.environment = env
        let out = Pipe(), err = Pipe(), input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try input.fileHandleForWriting.close()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus,
            stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errData, as: UTF8.self))
    }

    static func temporaryPath(_ suffix: String = ".sqlite") -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("mb-cli-\(UUID().uuidString)\(suffix)").path
    }
}
