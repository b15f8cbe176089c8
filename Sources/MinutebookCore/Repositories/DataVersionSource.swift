/// The store's data version: moved by every write, so caches of rendered public pages can key on it.
public protocol DataVersionSource: Sendable {
    /// The current data version (a read).
    func dataVersion() async throws -> Int64
    /// How many commits of this process have moved the data version so far: unchanged means no write
    /// of this process since, known without a read (other processes' writes are not counted).
    var localDataCommits: Int64 { get }
}
