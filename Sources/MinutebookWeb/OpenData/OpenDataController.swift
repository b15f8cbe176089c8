import Hummingbird
import MinutebookCore
import MinutebookServices

/// Downloads of the open data (`/open-data/oparl/{file}.json`, `/open-data/csv/{file}.csv`), the same
/// files `minutebook export oparl|csv` writes, cached per data version.
struct OpenDataController {
    let directory: any DirectoryRepository
    let meetings: any MeetingRepository
    let people: any PeopleRepository
    let bodies: any BodyRepository
    let cache: PublicCache
    let exports = OpenDataExports()

    func addRoutes(to router: Router<AppRequestContext>) {
        router.get("/open-data/oparl/:file", use: oparl)
        router.get("/open-data/csv/:file", use: csv)
    }

    @Sendable func oparl(_ request: Request, context: AppRequestContext) async throws -> Response {
        try await file(request, context, kind: "oparl", contentType: "application/json")
    }

    @Sendable func csv(_ request: Request, context: AppRequestContext) async throws -> Response {
        try await file(request, context, kind: "csv", contentType: "text/csv; charset=utf-8")
    }

    private func file(_ request: Request, _ context: AppRequestContext, kind: String, contentType: String) async throws -> Response {
        let name = try context.parameters.require("file")
        let data = OpenData(directory: directory, meetings: meetings, people: people, bodies: bodies, base: PublicBase(context).origin)
        // The whole export is built once per data version and kind, whichever file (or none) is asked for.
        let version = try await cache.currentVersion()
        let files = try await exports.files(kind: kind, version: version) {
            kind == "oparl" ? try await data.oparl() : try await data.csv()
        }
        guard let bytes = files[name] else {
            throw DomainError.notFound("there is no open-data file \(name): try \(files.keys.sorted().joined(separator: ", "))")
        }
        let entry = try await cache.entry("open-data \(kind) \(name)", contentType: contentType) { bytes }
        return PublicCache.response(entry, request: request)
    }
}

/// The open-data exports of the current data version, one build per kind shared by concurrent requests.
actor OpenDataExports {
    private var built: [String: (version: Int64, task: Task<[String: [UInt8]], any Error>)] = [:]
    /// How many exports were built (tests: a missing file must not build again).
    private(set) var builds = 0

    func files(kind: String, version: Int64, build: @escaping @Sendable () async throws -> [String: [UInt8]]) async throws -> [String: [UInt8]] {
        if let current = built[kind], current.version == version { return try await current.task.value }
        builds += 1
        let task = Task { try await build() }
        built[kind] = (version, task)
        do {
            return try await task.value
        } catch {
            if built[kind]?.version == version { built[kind] = nil }
            throw error
        }
    }
}
