import GRDB

extension AppDatabase {
    /// The one migrator. Migrations are never edited once merged: add a new one at the end.
    /// Every migration that creates or alters a domain table ends with `Audit.installTriggers`.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        #if DEBUG
        migrator.eraseDatabaseOnSchemaChange = false
        #endif
        migrator.registerMigration("v1-governance", migrate: Schema.v1)
        migrator.registerMigration("v2-import-tracking", migrate: Schema.importTracking)
        migrator.registerMigration("v3-read-model-indexes", migrate: Schema.readModelIndexes)
        migrator.registerMigration("v6-performance", migrate: Schema.v6Performance)
        migrator.registerMigration("v4-auth", migrate: Schema.auth)
        migrator.registerMigration("v7-matters-arising", migrate: Schema.mattersArising)
        migrator.registerMigration("v4-agenda", migrate: Schema.v4Agenda)
        migrator.registerMigration("v5-search", migrate: Schema.v5Search)
        migrator.registerMigration("v5-calendar", migrate: Schema.v5Calendar)
        migrator.registerMigration("v5-api-tokens", migrate: Schema.v5ApiTokens)
        migrator.registerMigration("v8-audit-integrity", migrate: Schema.v8AuditIntegrity)
        migrator.registerMigration("v8-agenda-template-part", migrate: Schema.v8AgendaTemplatePart)
        migrator.registerMigration("v8-import-approval", migrate: Schema.importApproval)
        migrator.registerMigration("v8-pack-issue", migrate: Schema.v8PackIssue)
        migrator.registerMigration("v9-performance-agenda", migrate: Schema.v9PerformanceAgenda)
        migrator.registerMigration("v9-report-links", migrate: Schema.v9ReportLinks)
        migrator.registerMigration("v9-report-text", migrate: Schema.reportText)
        migrator.registerMigration("v9-reminders-outcomes", migrate: Schema.v9Reminders)
        migrator.registerMigration("v9-request-path-indexes", migrate: Schema.requestPathIndexes)
        migrator.registerMigration("v9-pack-issue-members", migrate: Schema.v9PackIssueMembers)
        migrator.registerMigration("v10-search-entries", migrate: Schema.searchEntries)
        migrator.registerMigration("v15-moderngov-sources", migrate: Schema.v15ModernGovSources)
        migrator.registerMigration("v11-security-approved-lock", migrate: Schema.approvedLock)
        migrator.registerMigration("v11-security-audit-actor", migrate: Audit.clearActorMigration)
        migrator.registerMigration("v12-history-evidence", migrate: Schema.v12HistoryEvidence)
        migrator.registerMigration("v11-security-login-attempts", migrate: Schema.loginAttemptsByAddress)
        migrator.registerMigration("v17-setup-directory", migrate: Schema.v17SetupDirectory)
        migrator.registerMigration("v19-meetingday-live", migrate: Schema.v19MeetingDayLive)
        migrator.registerMigration("v20-security-pack-reason", migrate: Schema.v20SecurityPackReason)
        migrator.registerMigration("v22-history-escalated-indicator", migrate: Schema.v22EscalatedIndicator)
        migrator.registerMigration("v18-record-resolution-place", migrate: Schema.v18ResolutionPlace)
        migrator.registerMigration("v18-record-signature", migrate: Schema.v18Signature)
        migrator.registerMigration("v28-meetingday-quorum", migrate: Schema.v28MeetingDayQuorum)
        migrator.registerMigration("v29-history-lapsed-inference", migrate: Schema.v29HistoryLapsedInference)
        migrator.registerMigration("v29-setup-action-cover", migrate: Schema.v29SetupActionCover)
        return migrator
    }
}
