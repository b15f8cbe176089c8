/// Attendance across a body's meetings, for the body page's statistics.
public protocol AttendanceRepository: Sendable {
    /// One line per person and meeting of the body's attendance that `audience` may see.
    func attendance(of bodyID: Int64, audience: Audience) async throws -> [AttendanceFact]
}
