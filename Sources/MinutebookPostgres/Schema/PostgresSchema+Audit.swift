/// The audit trail on PostgreSQL: one trigger function for every domain table, in the same transaction as the
/// write. The actor is the transaction-local setting `minutebook.actor` (`PostgresStore.write(as:)` sets it;
/// it ends with the transaction, so no write is ever credited to the previous actor). Before and after are the
/// whole row as JSONB (`to_jsonb`), so a column added later is covered with no new trigger; credentials are
/// written as "redacted" and stored files as their length, as on SQLite. PostgreSQL folds unquoted names to
/// lower case, so the audit's table and column names are lower case here.
enum PostgresSchema {
    static let audit: [String] = [
        """
        CREATE TABLE audit (
            id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            at TIMESTAMPTZ NOT NULL DEFAULT clock_timestamp(),
            actor TEXT NOT NULL,
            tableName TEXT NOT NULL,
            rowId BIGINT NOT NULL,
            operation TEXT NOT NULL CHECK (operation IN ('insert','update','delete')),
            before JSONB,
            after JSONB
        )
        """,
        "CREATE INDEX audit_on_row ON audit(tableName, rowId)",
        "CREATE TABLE dataVersion (version BIGINT NOT NULL)",
        "INSERT INTO dataVersion (version) VALUES (0)",
        """
        CREATE FUNCTION minutebook_audit_json(r JSONB, rel REGCLASS) RETURNS JSONB LANGUAGE plpgsql STABLE AS $$
        DECLARE
            col TEXT;
        BEGIN
            FOR col IN SELECT attname FROM pg_attribute
                       WHERE attrelid = rel AND atttypid = 'bytea'::regtype AND attnum > 0 AND NOT attisdropped LOOP
                IF r->>col IS NOT NULL THEN
                    -- to_jsonb writes bytea as '\\x' and two hex digits a byte.
                    r := jsonb_set(r, ARRAY[col], to_jsonb('blob:' || ((length(r->>col) - 2) / 2) || ' bytes'));
                END IF;
            END LOOP;
            FOREACH col IN ARRAY ARRAY['passwordhash', 'tokenhash'] LOOP
                IF r->>col IS NOT NULL THEN
                    r := jsonb_set(r, ARRAY[col], '"redacted"');
                END IF;
            END LOOP;
            RETURN r;
        END
        $$
        """,
        """
        CREATE FUNCTION minutebook_audit() RETURNS TRIGGER LANGUAGE plpgsql AS $$
        DECLARE
            old_row JSONB;
            new_row JSONB;
        BEGIN
            IF TG_OP <> 'INSERT' THEN old_row := minutebook_audit_json(to_jsonb(OLD), TG_RELID); END IF;
            IF TG_OP <> 'DELETE' THEN new_row := minutebook_audit_json(to_jsonb(NEW), TG_RELID); END IF;
            INSERT INTO audit (actor, tableName, rowId, operation, before, after)
            VALUES (
                coalesce(nullif(current_setting('minutebook.actor', true), ''), 'unknown:no-actor-set'),
                TG_TABLE_NAME, (coalesce(new_row, old_row)->>'id')::BIGINT, lower(TG_OP), old_row, new_row);
            UPDATE dataVersion SET version = version + 1;
            RETURN NULL;
        END
        $$
        """,
        // Puts the audit trigger on every table of the schema that lacks it, bookkeeping excepted.
        """
        CREATE FUNCTION minutebook_install_audit() RETURNS VOID LANGUAGE plpgsql AS $$
        DECLARE
            t TEXT;
        BEGIN
            FOR t IN SELECT c.relname FROM pg_class c
                     WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind = 'r'
                       AND c.relname NOT IN ('audit', 'dataversion', 'minutebook_migrations', 'session', 'loginattempt')
                       AND NOT EXISTS (SELECT 1 FROM pg_trigger g WHERE g.tgrelid = c.oid AND g.tgname = 'audit_row') LOOP
                EXECUTE format('CREATE TRIGGER audit_row AFTER INSERT OR UPDATE OR DELETE ON %I '
                               'FOR EACH ROW EXECUTE FUNCTION minutebook_audit()', t);
            END LOOP;
        END
        $$
        """
    ]
}
