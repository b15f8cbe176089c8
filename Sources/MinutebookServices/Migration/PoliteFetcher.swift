import Foundation

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Fetches from a council's site the polite way: one request at a time, a pause before each, a
/// `User-Agent` naming Minutebook, and retries with growing pauses on 5xx answers, 429 and
/// timeouts. Other answers (404, 403) are returned to the caller, never retried.
public actor PoliteFetcher {
    public struct Settings: Sendable, Equatable {
        /// Pause before every request after the first, in seconds.
        public var delay: Double
        /// Seconds to wait for an answer before the request counts as timed out (at least 1: the
        /// transfer library on Linux counts whole seconds, and 0 would mean "at once").
        public var timeout: Double
        /// Tries of one request in all (the first and the retries).
        public var attempts: Int
        /// The first retry waits this long; each further one twice as long.
        public var backoff: Double
        public var userAgent: String

        public static let defaultUserAgent = "Minutebook/1.0 (archive migration; one request at a time)"

        public init(
            delay: Double = 1.0, timeout: Double = 30, attempts: Int = 4, backoff: Double = 2.0,
            userAgent: String = Settings.defaultUserAgent
        ) {
            self.delay = delay
            self.timeout = max(timeout, 1)
            self.attempts = attempts
            self.backoff = backoff
            self.userAgent = userAgent
        }
    }

    public struct Answer: Sendable {
        public var status: Int
        public var body: Data
        public var contentType: String?
    }

    /// The site could not be reached, or kept failing, after every retry.
    public struct Failure: Error, Sendable, CustomStringConvertible {
        public var url: String
        public var reason: String
        public var description: String { "\(url): \(reason)" }
    }

    let settings: Settings
    let session: URLSession
    private var lastRequest: ContinuousClock.Instant?
    /// Every address asked for, in order (what a run fetched, for its report and its tests).
    public private(set) var requested: [String] = []
    public private(set) var retries = 0

    public init(settings: Settings) {
        self.settings = settings
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = settings.timeout
        configuration.timeoutIntervalForResource = settings.timeout * 4
        configuration.httpMaximumConnectionsPerHost = 1
        configuration.requestCachePolicy = .reloadIgnoringLocalCacheData
        session = URLSession(configuration: configuration)
    }

    /// GETs `url`, retrying as described; a 4xx answer is returned as it came.
    public func get(_ url: URL) async throws -> Answer {
        var attempt = 0
        var lastReason = ""
        while attempt < max(settings.attempts, 1) {
            if attempt > 0 {
                retries += 1
                try await pause(settings.backoff * pow(2, Double(attempt - 1)))
            }
            attempt += 1
            try await waitTurn()
            requested.append(url.absoluteString)
            var request = URLRequest(url: url, cachePolicy: .reloadIgnoringLocalCacheData, timeoutInterval: settings.timeout)
            request.setValue(settings.userAgent, forHTTPHeaderField: "User-Agent")
            do {
                let (data, response) = try await session.data(for: request)
                let http = response as? HTTPURLResponse
                let status = http?.statusCode ?? 0
                if status >= 500 || status == 429 {
                    lastReason = "the site answered \(status)"
                    continue
                }
                return Answer(status: status, body: data, contentType: http?.value(forHTTPHeaderField: "Content-Type"))
            } catch let error as URLError where Self.retriable(error) {
                lastReason =
                    error.code == .timedOut ? "no answer within \(Self.seconds(settings.timeout))" : "cannot connect (\(error.localizedDescription))"
                continue
            } catch is CancellationError {
                throw CancellationError()
            } catch {
                throw Failure(url: url.absoluteString, reason: error.localizedDescription)
            }
        }
        throw Failure(url: url.absoluteString, reason: "\(lastReason), after \(settings.attempts) tries")
    }

    static func retriable(_ error: URLError) -> Bool {
        [
            .timedOut, .cannotConnectToHost, .networkConnectionLost, .cannotFindHost, .dnsLookupFailed, .notConnectedToInternet,
            .badServerResponse
        ].contains(error.code)
    }

    static func seconds(_ s: Double) -> String { s == s.rounded() ? "\(Int(s)) s" : "\(s) s" }

    private func waitTurn() async throws {
        let now = ContinuousClock.now
        if let last = lastRequest {
            let due = last + .milliseconds(Int(settings.delay * 1000))
            if due > now { try await Task.sleep(until: due, clock: .continuous) }
        }
        lastRequest = ContinuousClock.now
    }

    private func pause(_ seconds: Double) async throws {
        guard seconds > 0 else { return }
        try await Task.sleep(for: .milliseconds(Int(seconds * 1000)))
    }
}
