import MinutebookCore

extension AppDatabase: DataVersionSource {}

extension Repositories {
    /// Every repository on the SQLite database: the one place the store's types are chosen, used by
    /// the web application's composition root and by the CLI.
    public static func sqlite(_ database: AppDatabase) -> Repositories {
        let setup = GRDBSetupRepository(database: database)
        return Repositories(
            directory: GRDBDirectoryRepository(database: database),
            users: GRDBUserRepository(database: database),
            sessions: GRDBSessionRepository(database: database),
            apiTokens: GRDBApiTokenRepository(database: database),
            people: GRDBPeopleRepository(database: database),
            bodies: GRDBBodyRepository(database: database),
            meetings: GRDBMeetingRepository(database: database),
            minutes: GRDBMinutesRepository(database: database),
            attendance: GRDBAttendanceRepository(database: database),
            agendas: GRDBAgendaRepository(database: database),
            forwardPlans: GRDBForwardPlanRepository(database: database),
            packs: GRDBPackRepository(database: database),
            actions: GRDBActionRepository(database: database),
            seats: GRDBSeatRepository(database: database),
            seatUpkeep: setup,
            mattersArising: GRDBMattersArisingRepository(database: database),
            threads: GRDBThreadRepository(database: database),
            actionHistory: GRDBActionRepository(database: database),
            updateRequests: GRDBUpdateRequestRepository(database: database),
            reportRequests: GRDBReportRequestRepository(database: database),
            audit: GRDBAuditRepository(database: database),
            search: GRDBSearchRepository(database: database),
            indicators: GRDBIndicatorRepository(database: database),
            strategies: GRDBStrategyRepository(database: database),
            risks: GRDBRiskRegisterRepository(database: database),
            subGroupReports: GRDBSubGroupReportRepository(database: database),
            leads: GRDBLeadDirectoryRepository(database: database),
            performanceAgendas: GRDBPerformanceAgendaRepository(database: database),
            partnershipSetup: setup,
            bodySetup: setup,
            peopleSetup: setup,
            meetingSchedule: setup,
            minutesImport: MeetingImportWriter(database: database),
            meetingDay: GRDBMeetingDayRepository(database: database),
            dataVersion: database,
            signatures: GRDBMinutesSignatureRepository(database: database)
        )
    }
}
