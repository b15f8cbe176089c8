import Foundation
import MinutebookCore

/// Signs in to the server under test as the benchmark's secretariat account, through the real
/// sign-in form, so signed-in (uncached) pages can be measured with the session cookie.
enum BenchSignIn {
    static let email = "bench.secretariat@example.org"
    static let password = "bench-kit-password-not-secret-1998"

    /// The `Cookie:` header of a signed-in session, or nil with the reason when the build has no accounts.
    static func sessionCookie(base: String, databasePath: String, partnership: String, work: URL) throws -> (String?, String?) {
        let add = try BenchProcesses.run(
            BenchProcesses.minutebookExecutable,
            [
                "user", "add", email, "--role", "secretariat", "--partnership", partnership,
                "--password-stdin", "--database", databasePath
            ], stdin: password + "\n")
        if add.status != 0 && !add.stderr.lowercased().contains("already") {
            return (
                nil, "signed-in meeting page: cannot make the benchmark's account (\(add.stderr.trimmingCharacters(in: .whitespacesAndNewlines)))"
            )
        }
        let curl = try BenchProcesses.tool("curl", package: "curl")
        let jar = work.appendingPathComponent("cookies.txt").path
        let form = try BenchProcesses.run(curl, ["-sS", "-c", jar, "-b", jar, base + "/login"])
        guard let csrf = hiddenValue("csrf", in: form.stdout) else {
            return (nil, "signed-in meeting page: the sign-in form has no CSRF field")
        }
        let post = try BenchProcesses.run(
            curl,
            [
                "-sS", "-c", jar, "-b", jar, "-o", "/dev/null", "-w", "%{http_code}",
                "--data-urlencode", "email=\(email)", "--data-urlencode", "password=\(password)",
                "--data-urlencode", "csrf=\(csrf)", base + "/login"
            ])
        guard post.stdout.hasPrefix("3") else {
            return (nil, "signed-in meeting page: signing in answered \(post.stdout)")
        }
        let cookies = (try? String(contentsOfFile: jar, encoding: .utf8)) ?? ""
        for line in cookies.split(separator: "\n") {
            let fields = line.split(separator: "\t")
            if fields.count >= 7, fields[5] == "mb_session" { return ("Cookie: mb_session=\(fields[6])", nil) }
        }
        return (nil, "signed-in meeting page: signing in set no session cookie")
    }

    static func hiddenValue(_ name: String, in html: String) -> String? {
        guard let start = html.range(of: "name=\"\(name)\" value=\"") else { return nil }
        let rest = html[start.upperBound...]
        guard let end = rest.firstIndex(of: "\"") else { return nil }
        return String(rest[..<end])
    }
}
