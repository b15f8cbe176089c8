import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A program started by `posix_spawn`, as the leader of a process group of its own, with its output
/// and error output on pipes the caller reads and, if asked, its input on a pipe the caller writes.
///
/// Foundation's `Process.run()` is not used: on Linux (Swift 6.3.1) it closes the child's descriptors
/// by listing /proc/self/fd and copies each entry as a full 256-byte name (swift-corelibs-foundation
/// PR 5472), which reads past glibc's directory buffer and kills the process wherever that buffer
/// ends a heap. Here the C library closes them (`posix_spawn_file_actions_addclosefrom_np`), and every
/// descriptor this side keeps is marked close-on-exec, so a program started on one thread never
/// holds a pipe of one started on another.
struct ChildProcess {
    let pid: pid_t
    /// This side's ends: read the output and error output, write the input (`-1` when none was asked for).
    let output: Int32
    let errorOutput: Int32
    let input: Int32

    /// Starts `executable`; `environment` is the whole environment the program sees.
    static func start(
        _ executable: String, _ arguments: [String], workingDirectory: String?, environment: [String: String], withInput: Bool
    ) throws(ToolError) -> ChildProcess {
        let name = URL(fileURLWithPath: executable).lastPathComponent
        func failed(_ what: String, _ code: Int32) -> ToolError {
            ToolError(.notStarted, tool: name, "could not start \(name) (\(executable)): \(what): \(String(cString: strerror(code)))")
        }
        var pipes: [[Int32]] = []
        defer { for pipe in pipes { for fd in pipe where fd >= 0 { close(fd) } } }
        guard let closeFrom = GNUSpawn.addCloseFrom, let changeDirectory = GNUSpawn.addChangeDirectory else {
            throw ToolError(
                .notStarted, tool: name, "could not start \(name): the C library lacks posix_spawn_file_actions_addclosefrom_np (glibc 2.34 or later)"
            )
        }
        for _ in 0..<(withInput ? 3 : 2) {
            var ends: [Int32] = [-1, -1]
            guard pipe(&ends) == 0 else { throw failed("no pipe", errno) }
            // Close-on-exec for programs started some other way; those started here close them anyway.
            for fd in ends { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
            pipes.append(ends)
        }

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        if withInput {
            posix_spawn_file_actions_adddup2(&actions, pipes[2][0], 0)
        } else {
            posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        }
        posix_spawn_file_actions_adddup2(&actions, pipes[0][1], 1)
        posix_spawn_file_actions_adddup2(&actions, pipes[1][1], 2)
        _ = closeFrom(&actions, 3)
        if let workingDirectory { _ = changeDirectory(&actions, workingDirectory) }

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        // Its own process group (pgid = pid), so `kill(-pid)` reaches whatever it starts (LibreOffice's
        // wrapper leaves soffice.bin behind otherwise); signals this process ignores (SIGPIPE) or blocks
        // are back to their defaults in the program.
        var defaults = sigset_t(), unblocked = sigset_t()
        sigemptyset(&defaults)
        for signal in [SIGPIPE, SIGCHLD, SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGUSR1, SIGUSR2, SIGALRM] { sigaddset(&defaults, signal) }
        sigemptyset(&unblocked)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))
        posix_spawnattr_setpgroup(&attributes, 0)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setsigmask(&attributes, &unblocked)

        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { for pointer in argv + envp { free(pointer) } }
        var pid: pid_t = 0
        let started = posix_spawn(&pid, executable, &actions, &attributes, argv, envp)
        guard started == 0 else { throw failed("posix_spawn", started) }

        // Keep this side's ends; the program's ends close here (it has its own copies).
        let child = ChildProcess(pid: pid, output: pipes[0][0], errorOutput: pipes[1][0], input: withInput ? pipes[2][1] : -1)
        pipes[0][0] = -1
        pipes[1][0] = -1
        if withInput { pipes[2][1] = -1 }
        return child
    }

    /// Waits for the program to end and reaps it: its exit status, or 128 plus the signal that ended it.
    func wait() -> Int32 {
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 {
            guard errno == EINTR else { return -1 }
        }
        let signal = status & 0x7f
        return signal == 0 ? (status >> 8) & 0xff : 128 + signal
    }
}

/// Two GNU additions to posix_spawn (glibc 2.29 and 2.34) that Swift's Glibc module does not declare,
/// looked up once in the C library.
private enum GNUSpawn {
    typealias AddCloseFrom = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>?, Int32) -> Int32
    typealias AddChangeDirectory = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>?, UnsafePointer<CChar>?) -> Int32

    static let addCloseFrom: AddCloseFrom? = symbol("posix_spawn_file_actions_addclosefrom_np").map {
        unsafeBitCast($0, to: AddCloseFrom.self)
    }
    static let addChangeDirectory: AddChangeDirectory? = symbol("posix_spawn_file_actions_addchdir_np").map {
        unsafeBitCast($0, to: AddChangeDirectory.self)
    }

    private static func symbol(_ name: String) -> UnsafeMutableRawPointer? {
        guard let process = dlopen(nil, RTLD_LAZY) else { return nil }
        return dlsym(process, name)
    }
}
