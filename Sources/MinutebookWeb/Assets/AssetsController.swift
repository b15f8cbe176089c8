import Hummingbird

/// Static assets compiled into the binary, so a deployment is one file.
struct AssetsController {
    func addRoutes(to router: Router<AppRequestContext>) {
        router.get("/assets/minutebook.css") { _, _ in
            Response(
                status: .ok,
                headers: [.contentType: "text/css; charset=utf-8", .cacheControl: "public, max-age=3600"],
                body: .init(byteBuffer: ByteBuffer(string: Stylesheet.css)))
        }
        router.get(RouterPath(LiveMinutesScript.path)) { _, _ in
            Response(
                status: .ok,
                headers: [.contentType: "text/javascript; charset=utf-8", .cacheControl: "public, max-age=3600"],
                body: .init(byteBuffer: ByteBuffer(string: LiveMinutesScript.source)))
        }
    }
}
