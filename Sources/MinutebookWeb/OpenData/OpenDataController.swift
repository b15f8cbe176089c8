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
        let base = PublicBase(request)
        let data = OpenData(directory: directory, meetings: meetings, people: people, bodies: bodies, base: base.origin)
        let entry = try await cache.entry("open-data \(kind) \(base.origin) \(name)", contentType: contentType) {
            let files = kind == "oparl" ? try await data.oparl() : try await data.csv()
            guard let bytes = files[name] else {
                throw DomainError.notFound("there is no open-data file \(name): try \(files.keys.sorted().joined(separator: ", "))")
            }
            return bytes
        }
        return PublicCache.response(entry, request: request)
    }
}
