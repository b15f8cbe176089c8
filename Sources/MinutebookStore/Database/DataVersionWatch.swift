import GRDB
import Synchronization

/// Counts the commits of this process that moved the data version (every audited write does), so a
/// cache of public pages can tell "nothing was written here since I looked" without reading the
/// database on every request. Writes of other processes (a CLI import beside `serve`) are not seen
/// here: readers re-check the stored version now and then for those.
final class DataVersionWatch: TransactionObserver, Sendable {
    private struct State {
        var commits: Int64 = 0
        var pending = false
    }

    private let state = Mutex(State())

    var commits: Int64 { state.withLock { $0.commits } }

    func observes(eventsOfKind eventKind: DatabaseEventKind) -> Bool {
        eventKind.tableName == "dataVersion"
    }

    func databaseDidChange(with event: DatabaseEvent) {
        state.withLock { $0.pending = true }
    }

    func databaseDidCommit(_ db: Database) {
        state.withLock { state in
            if state.pending { state.commits += 1 }
            state.pending = false
        }
    }

    func databaseDidRollback(_ db: Database) {
        state.withLock { $0.pending = false }
    }
}
