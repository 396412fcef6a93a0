-- schema version 19

-- index activities_agreement_date
CREATE INDEX activities_agreement_date ON activities(agreement_id, happened_on);

-- index agreement_fields_agreement
CREATE INDEX agreement_fields_agreement ON agreement_fields(agreement_id);

-- index agreements_by_expires
CREATE INDEX agreements_by_expires ON agreements((expires_on IS NULL), expires_on);

-- index agreements_by_expires_desc
CREATE INDEX agreements_by_expires_desc ON agreements((expires_on IS NULL) DESC, expires_on);

-- index agreements_by_kind
CREATE INDEX agreements_by_kind ON agreements((CASE kind WHEN 'loi' THEN 0 WHEN 'mou' THEN 1 WHEN 'implementing_arrangement' THEN 2 WHEN 'addendum' THEN 3 ELSE 4 END));

-- index agreements_by_officer
CREATE INDEX agreements_by_officer ON agreements((officer_name IS NULL), officer_name COLLATE NOCASE);

-- index agreements_by_officer_desc
CREATE INDEX agreements_by_officer_desc ON agreements((officer_name IS NULL) DESC, officer_name COLLATE NOCASE);

-- index agreements_by_signed
CREATE INDEX agreements_by_signed ON agreements((signed_on IS NULL), signed_on);

-- index agreements_by_signed_desc
CREATE INDEX agreements_by_signed_desc ON agreements((signed_on IS NULL) DESC, signed_on);

-- index agreements_by_stage
CREATE INDEX agreements_by_stage ON agreements((CASE stage WHEN 'initiative' THEN 0 WHEN 'exploration' THEN 1 WHEN 'letter_of_intent' THEN 2 WHEN 'cooperation_plan' THEN 3 WHEN 'dprd_approval' THEN 4 WHEN 'central_verification' THEN 5 WHEN 'signing' THEN 6 WHEN 'implementation' THEN 7 WHEN 'evaluation' THEN 8 WHEN 'renewal' THEN 9 WHEN 'ended' THEN 10 ELSE 11 END));

-- index agreements_by_title_en
CREATE INDEX agreements_by_title_en ON agreements(COALESCE(NULLIF(title_en, ''), title_id) COLLATE NOCASE);

-- index agreements_by_title_id
CREATE INDEX agreements_by_title_id ON agreements(title_id COLLATE NOCASE);

-- index agreements_by_updated
CREATE INDEX agreements_by_updated ON agreements(updated_at);

-- index agreements_deputy
CREATE INDEX agreements_deputy ON agreements(deputy_officer_id);

-- index agreements_expiring
CREATE INDEX agreements_expiring ON agreements(expires_on, open_ended, stage) WHERE expires_on IS NOT NULL;

-- index agreements_load
CREATE INDEX agreements_load ON agreements(responsible_officer_id, stage, officer_name);

-- index agreements_parent
CREATE INDEX agreements_parent ON agreements(parent_id);

-- index agreements_partner
CREATE INDEX agreements_partner ON agreements(partner_id);

-- index agreements_quiet
CREATE INDEX agreements_quiet ON agreements(COALESCE(last_activity_on, signed_on, ''));

-- index agreements_quiet_by_stage
CREATE INDEX agreements_quiet_by_stage ON agreements(stage, COALESCE(last_activity_on, signed_on, ''));

-- index agreements_responsible
CREATE INDEX agreements_responsible ON agreements(responsible_officer_id);

-- index agreements_stage
CREATE INDEX agreements_stage ON agreements(stage);

-- index attachments_agreement
CREATE INDEX attachments_agreement ON attachments(agreement_id, created_at);

-- index attachments_sha256
CREATE INDEX attachments_sha256 ON attachments(sha256);

-- index audit_scope
CREATE INDEX audit_scope ON audit_log(scope_table, scope_id, id);

-- index audit_unsealed
CREATE INDEX audit_unsealed ON audit_log(id) WHERE hash IS NULL;

-- index commitments_agreement
CREATE INDEX commitments_agreement ON commitments(agreement_id, due_on);

-- index commitments_open
CREATE INDEX commitments_open ON commitments(due_on) WHERE status = 'open';

-- index commitments_owner
CREATE INDEX commitments_owner ON commitments(owner_id, status);

-- index contacts_partner
CREATE INDEX contacts_partner ON contacts(partner_id);

-- index draft_versions_uuid
CREATE UNIQUE INDEX draft_versions_uuid ON draft_versions(uuid);

-- index drafts_agreement
CREATE INDEX drafts_agreement ON drafts(agreement_id);

-- index drafts_partner
CREATE INDEX drafts_partner ON drafts(partner_id);

-- index gate_overrides_agreement
CREATE INDEX gate_overrides_agreement ON gate_overrides(agreement_id, at);

-- index handovers_officer
CREATE INDEX handovers_officer ON handovers(officer_id, handed_on);

-- index partners_by_agreements
CREATE INDEX partners_by_agreements ON partners(agreement_count);

-- index partners_by_level
CREATE INDEX partners_by_level ON partners((CASE level WHEN 'city' THEN 0 WHEN 'regency' THEN 1 WHEN 'province' THEN 2 WHEN 'other' THEN 3 ELSE 4 END));

-- index partners_by_name
CREATE INDEX partners_by_name ON partners(name COLLATE NOCASE);

-- index partners_by_native_name
CREATE INDEX partners_by_native_name ON partners((native_name = ''), native_name COLLATE NOCASE);

-- index partners_by_native_name_desc
CREATE INDEX partners_by_native_name_desc ON partners((native_name = '') DESC, native_name COLLATE NOCASE);

-- index partners_by_population
CREATE INDEX partners_by_population ON partners((population IS NULL), population);

-- index partners_by_population_desc
CREATE INDEX partners_by_population_desc ON partners((population IS NULL) DESC, population);

-- index partners_by_region
CREATE INDEX partners_by_region ON partners((region = ''), region COLLATE NOCASE);

-- index partners_by_region_desc
CREATE INDEX partners_by_region_desc ON partners((region = '') DESC, region COLLATE NOCASE);

-- index partners_by_updated
CREATE INDEX partners_by_updated ON partners(updated_at);

-- index partners_country
CREATE INDEX partners_country ON partners(country, name COLLATE NOCASE);

-- index trips_agreement
CREATE INDEX trips_agreement ON trips(agreement_id, departs_on);

-- index trips_dates
CREATE INDEX trips_dates ON trips(departs_on, returns_on);

-- table activities
CREATE TABLE activities (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        agreement_id INTEGER NOT NULL REFERENCES agreements(id) ON DELETE CASCADE,
        happened_on TEXT NOT NULL,
        field_code TEXT,
        kind TEXT NOT NULL DEFAULT '',
        description TEXT NOT NULL DEFAULT '',
        participants TEXT NOT NULL DEFAULT '',
        outcome TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    , evidence_id INTEGER REFERENCES attachments(id) ON DELETE SET NULL);

-- table agreement_fields
CREATE TABLE agreement_fields (
        id INTEGER PRIMARY KEY,
        agreement_id INTEGER NOT NULL REFERENCES agreements(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        code TEXT,
        custom_id TEXT NOT NULL DEFAULT '',
        custom_en TEXT NOT NULL DEFAULT ''
    );

-- table agreements
CREATE TABLE agreements (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        partner_id INTEGER NOT NULL REFERENCES partners(id) ON DELETE RESTRICT,
        kind TEXT NOT NULL,
        parent_id INTEGER REFERENCES agreements(id) ON DELETE RESTRICT,
        title_id TEXT NOT NULL,
        title_en TEXT NOT NULL DEFAULT '',
        our_number TEXT NOT NULL DEFAULT '',
        partner_number TEXT NOT NULL DEFAULT '',
        stage TEXT NOT NULL,
        initiated_on TEXT,
        signed_on TEXT,
        effective_on TEXT,
        expires_on TEXT,
        open_ended INTEGER NOT NULL DEFAULT 0,
        responsible_officer_id INTEGER REFERENCES officers(id) ON DELETE RESTRICT,
        deputy_officer_id INTEGER REFERENCES officers(id) ON DELETE RESTRICT,
        notes TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    , officer_name TEXT, last_activity_on TEXT);

-- table agreements_fts
CREATE VIRTUAL TABLE agreements_fts USING fts5(title_id, title_en, numbers, partner, notes, grams, tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3');

-- table agreements_fts_config
CREATE TABLE 'agreements_fts_config'(k PRIMARY KEY, v) WITHOUT ROWID;

-- table agreements_fts_content
CREATE TABLE 'agreements_fts_content'(id INTEGER PRIMARY KEY, c0, c1, c2, c3, c4, c5);

-- table agreements_fts_data
CREATE TABLE 'agreements_fts_data'(id INTEGER PRIMARY KEY, block BLOB);

-- table agreements_fts_docsize
CREATE TABLE 'agreements_fts_docsize'(id INTEGER PRIMARY KEY, sz BLOB);

-- table agreements_fts_idx
CREATE TABLE 'agreements_fts_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;

-- table attachments
CREATE TABLE attachments (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            agreement_id INTEGER NOT NULL REFERENCES agreements(id) ON DELETE CASCADE,
            sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
            name TEXT NOT NULL,
            size INTEGER NOT NULL CHECK (size >= 0),
            description TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );

-- table audit_log
CREATE TABLE audit_log (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        who TEXT,
        table_name TEXT NOT NULL,
        record_id INTEGER,
        record_uuid TEXT,
        action TEXT NOT NULL CHECK (action IN ('insert', 'update', 'delete')),
        before TEXT,
        after TEXT,
        scope_table TEXT NOT NULL,
        scope_id INTEGER,
        prev_hash TEXT,
        hash TEXT
    );

-- table commitments
CREATE TABLE commitments (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            agreement_id INTEGER NOT NULL REFERENCES agreements(id) ON DELETE CASCADE,
            title TEXT NOT NULL,
            owner_id INTEGER REFERENCES officers(id) ON DELETE RESTRICT,
            due_on TEXT NOT NULL,
            status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done', 'dropped')),
            done_on TEXT,
            evidence TEXT NOT NULL DEFAULT '',
            source TEXT NOT NULL DEFAULT 'manual',
            field_code TEXT,
            notes TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );

-- table contacts
CREATE TABLE contacts (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        partner_id INTEGER NOT NULL REFERENCES partners(id) ON DELETE CASCADE,
        position INTEGER NOT NULL DEFAULT 0,
        person TEXT NOT NULL,
        title TEXT NOT NULL DEFAULT '',
        organisation TEXT NOT NULL DEFAULT '',
        email TEXT NOT NULL DEFAULT '',
        phone TEXT NOT NULL DEFAULT '',
        languages TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    );

-- table draft_autosaves
CREATE TABLE draft_autosaves (
            id INTEGER PRIMARY KEY,
            draft_id INTEGER REFERENCES drafts(id) ON DELETE CASCADE,
            template_id TEXT NOT NULL,
            partner_id INTEGER REFERENCES partners(id) ON DELETE SET NULL,
            agreement_id INTEGER REFERENCES agreements(id) ON DELETE SET NULL,
            title TEXT NOT NULL DEFAULT '',
            languages TEXT NOT NULL,
            answers TEXT NOT NULL,
            partner_texts TEXT NOT NULL DEFAULT '{}',
            saved_at TEXT NOT NULL
        );

-- table draft_versions
CREATE TABLE draft_versions (
        id INTEGER PRIMARY KEY,
        draft_id INTEGER NOT NULL REFERENCES drafts(id) ON DELETE CASCADE,
        number INTEGER NOT NULL,
        template_version INTEGER NOT NULL,
        languages TEXT NOT NULL,
        answers TEXT NOT NULL,
        author TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL, partner_texts TEXT NOT NULL DEFAULT '{}', uuid TEXT,
        UNIQUE (draft_id, number)
    );

-- table drafts
CREATE TABLE drafts (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        template_id TEXT NOT NULL,
        partner_id INTEGER REFERENCES partners(id) ON DELETE RESTRICT,
        agreement_id INTEGER REFERENCES agreements(id) ON DELETE SET NULL,
        title TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    );

-- table exchange_bases
CREATE TABLE exchange_bases (
            kind TEXT NOT NULL,
            key TEXT NOT NULL,
            hash TEXT NOT NULL,
            PRIMARY KEY (kind, key)
        ) WITHOUT ROWID;

-- table gate_overrides
CREATE TABLE gate_overrides (
            id INTEGER PRIMARY KEY,
            agreement_id INTEGER NOT NULL REFERENCES agreements(id) ON DELETE CASCADE,
            from_stage TEXT NOT NULL,
            to_stage TEXT NOT NULL,
            missing TEXT NOT NULL,
            reason TEXT NOT NULL CHECK (length(trim(reason)) > 0),
            who TEXT NOT NULL DEFAULT '',
            at TEXT NOT NULL
        );

-- table gate_records
CREATE TABLE gate_records (
            id INTEGER PRIMARY KEY,
            agreement_id INTEGER NOT NULL REFERENCES agreements(id) ON DELETE CASCADE,
            code TEXT NOT NULL,
            done INTEGER NOT NULL DEFAULT 0,
            reference TEXT NOT NULL DEFAULT '',
            dated TEXT,
            attachment_id INTEGER REFERENCES attachments(id) ON DELETE SET NULL,
            note TEXT NOT NULL DEFAULT '',
            updated_at TEXT NOT NULL,
            UNIQUE (agreement_id, code)
        );

-- table handovers
CREATE TABLE handovers (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            officer_id INTEGER NOT NULL REFERENCES officers(id) ON DELETE RESTRICT,
            handed_on TEXT NOT NULL,
            items TEXT NOT NULL,
            note TEXT NOT NULL DEFAULT '',
            recorded_by TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL
        );

-- table officers
CREATE TABLE officers (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL,
        nip TEXT NOT NULL DEFAULT '',
        position TEXT NOT NULL DEFAULT '',
        unit TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'transferred')),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    );

-- table officers_fts
CREATE VIRTUAL TABLE officers_fts USING fts5(name, nip, position, unit, grams, tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3');

-- table officers_fts_config
CREATE TABLE 'officers_fts_config'(k PRIMARY KEY, v) WITHOUT ROWID;

-- table officers_fts_content
CREATE TABLE 'officers_fts_content'(id INTEGER PRIMARY KEY, c0, c1, c2, c3, c4);

-- table officers_fts_data
CREATE TABLE 'officers_fts_data'(id INTEGER PRIMARY KEY, block BLOB);

-- table officers_fts_docsize
CREATE TABLE 'officers_fts_docsize'(id INTEGER PRIMARY KEY, sz BLOB);

-- table officers_fts_idx
CREATE TABLE 'officers_fts_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;

-- table our_government
CREATE TABLE our_government (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            name_id TEXT NOT NULL,
            name_en TEXT NOT NULL DEFAULT '',
            level TEXT NOT NULL DEFAULT 'city',
            province_id TEXT NOT NULL DEFAULT '',
            province_en TEXT NOT NULL DEFAULT '',
            country TEXT NOT NULL DEFAULT 'ID',
            head_name TEXT NOT NULL DEFAULT '',
            head_title_id TEXT NOT NULL DEFAULT '',
            head_title_en TEXT NOT NULL DEFAULT '',
            address TEXT NOT NULL DEFAULT '',
            telephone TEXT NOT NULL DEFAULT '',
            email TEXT NOT NULL DEFAULT '',
            website TEXT NOT NULL DEFAULT '',
            office_id TEXT NOT NULL DEFAULT '',
            office_en TEXT NOT NULL DEFAULT '',
            coat_of_arms BLOB,
            coat_of_arms_sha256 TEXT NOT NULL DEFAULT '',
            updated_at TEXT NOT NULL
        );

-- table parameters
CREATE TABLE parameters (
            key TEXT PRIMARY KEY,
            value INTEGER NOT NULL,
            updated_at TEXT NOT NULL
        );

-- table partners
CREATE TABLE partners (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL,
        name_key TEXT NOT NULL,
        native_name TEXT NOT NULL DEFAULT '',
        country TEXT NOT NULL,
        region TEXT NOT NULL DEFAULT '',
        level TEXT NOT NULL,
        population INTEGER CHECK (population IS NULL OR population >= 0),
        characteristics TEXT NOT NULL DEFAULT '[]',
        website TEXT NOT NULL DEFAULT '',
        notes TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL, agreement_count INTEGER NOT NULL DEFAULT 0,
        UNIQUE (name_key, country)
    );

-- table partners_fts
CREATE VIRTUAL TABLE partners_fts USING fts5(name, native_name, country, region, notes, grams, tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3');

-- table partners_fts_config
CREATE TABLE 'partners_fts_config'(k PRIMARY KEY, v) WITHOUT ROWID;

-- table partners_fts_content
CREATE TABLE 'partners_fts_content'(id INTEGER PRIMARY KEY, c0, c1, c2, c3, c4, c5);

-- table partners_fts_data
CREATE TABLE 'partners_fts_data'(id INTEGER PRIMARY KEY, block BLOB);

-- table partners_fts_docsize
CREATE TABLE 'partners_fts_docsize'(id INTEGER PRIMARY KEY, sz BLOB);

-- table partners_fts_idx
CREATE TABLE 'partners_fts_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;

-- table register_meta
CREATE TABLE register_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);

-- table translation_memory
CREATE TABLE translation_memory (
        id INTEGER PRIMARY KEY,
        key TEXT NOT NULL UNIQUE,
        text_id TEXT NOT NULL,
        text_en TEXT NOT NULL,
        uses INTEGER NOT NULL DEFAULT 1,
        updated_at TEXT NOT NULL
    );

-- table trips
CREATE TABLE trips (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            agreement_id INTEGER NOT NULL REFERENCES agreements(id) ON DELETE CASCADE,
            purpose TEXT NOT NULL,
            destination TEXT NOT NULL,
            departs_on TEXT NOT NULL,
            returns_on TEXT NOT NULL,
            delegation TEXT NOT NULL DEFAULT '[]',
            requested_on TEXT,
            terms_of_reference TEXT NOT NULL DEFAULT '',
            follow_up_plan TEXT NOT NULL DEFAULT '',
            host_confirmed INTEGER NOT NULL DEFAULT 0,
            status TEXT NOT NULL DEFAULT 'planned',
            rules TEXT NOT NULL DEFAULT 'pdln_2024',
            notes TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );

-- table uuid_aliases
CREATE TABLE uuid_aliases (
            kind TEXT NOT NULL,
            alias TEXT NOT NULL,
            uuid TEXT NOT NULL,
            PRIMARY KEY (kind, alias)
        ) WITHOUT ROWID;

-- trigger activities_last_delete
CREATE TRIGGER activities_last_delete AFTER DELETE ON activities BEGIN
            UPDATE agreements SET last_activity_on =
                (SELECT MAX(happened_on) FROM activities WHERE agreement_id = OLD.agreement_id)
            WHERE id = OLD.agreement_id;
        END;

-- trigger activities_last_insert
CREATE TRIGGER activities_last_insert AFTER INSERT ON activities BEGIN
            UPDATE agreements SET last_activity_on = NEW.happened_on
            WHERE id = NEW.agreement_id
              AND (last_activity_on IS NULL OR last_activity_on < NEW.happened_on);
        END;

-- trigger activities_last_update
CREATE TRIGGER activities_last_update AFTER UPDATE OF happened_on, agreement_id
        ON activities BEGIN
            UPDATE agreements SET last_activity_on =
                (SELECT MAX(happened_on) FROM activities WHERE agreement_id = agreements.id)
            WHERE id IN (OLD.agreement_id, NEW.agreement_id);
        END;

-- trigger agreements_count_delete
CREATE TRIGGER agreements_count_delete AFTER DELETE ON agreements BEGIN
        UPDATE partners SET agreement_count = agreement_count - 1 WHERE id = OLD.partner_id;
    END;

-- trigger agreements_count_insert
CREATE TRIGGER agreements_count_insert AFTER INSERT ON agreements BEGIN
        UPDATE partners SET agreement_count = agreement_count + 1 WHERE id = NEW.partner_id;
    END;

-- trigger agreements_count_move
CREATE TRIGGER agreements_count_move AFTER UPDATE OF partner_id ON agreements
    WHEN OLD.partner_id IS NOT NEW.partner_id BEGIN
        UPDATE partners SET agreement_count = agreement_count - 1 WHERE id = OLD.partner_id;
        UPDATE partners SET agreement_count = agreement_count + 1 WHERE id = NEW.partner_id;
    END;

-- trigger agreements_officer_change
CREATE TRIGGER agreements_officer_change AFTER UPDATE OF responsible_officer_id ON agreements
    BEGIN
        UPDATE agreements SET officer_name =
            (SELECT name FROM officers WHERE id = NEW.responsible_officer_id)
        WHERE id = NEW.id;
    END;

-- trigger agreements_officer_insert
CREATE TRIGGER agreements_officer_insert AFTER INSERT ON agreements
    WHEN NEW.responsible_officer_id IS NOT NULL BEGIN
        UPDATE agreements SET officer_name =
            (SELECT name FROM officers WHERE id = NEW.responsible_officer_id)
        WHERE id = NEW.id;
    END;

-- trigger audit_activities_delete
CREATE TRIGGER audit_activities_delete AFTER DELETE ON activities
                 BEGIN
                    INSERT INTO audit_log (at, table_name, record_id, record_uuid, action, before,
                                           after, scope_table, scope_id)
                    VALUES (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), 'activities', OLD.id,
                            OLD.uuid, 'delete', json_object('id', OLD.id, 'uuid', OLD.uuid, 'agreement_id', OLD.agreement_id, 'happened_on', OLD.happened_on, 'field_code', OLD.field_code, 'kind', OLD.kind, 'description', OLD.description, 'participants', OLD.participants, 'outcome', OLD.outcome, 'created_at', OLD.created_at, 'evidence_id', OLD.evidence_id),
                            NULL, 'agreements', OLD.agreement_id);
                END;

-- trigger audit_activities_insert
CREATE TRIGGER audit_activities_insert AFTER INSERT ON activities
                 BEGIN
                    INSERT INTO audit_log (at, table_name, record_id, record_uuid, action, before,
                                           after, scope_table, scope_id)
                    VALUES (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), 'activities', NEW.id,
                            NEW.uuid, 'insert', NULL,
                            json_object('id', NEW.id, 'uuid', NEW.uuid, 'agreement_id', NEW.agreement_id, 'happened_on', NEW.happened_on, 'field_code', NEW.field_code, 'kind', NEW.kind, 'description', NEW.description, 'participants', NEW.participants, 'outcome', NEW.outcome, 'created_at', NEW.created_at, 'evidence_id', NEW.evidence_id), 'agreements', NEW.agreement_id);
                END;

-- trigger audit_activities_update
CREATE TRIGGER audit_activities_update AFTER UPDATE ON activities
                WHEN OLD.id IS NOT NEW.id OR OLD.uuid IS NOT NEW.uuid OR OLD.agreement_id IS NOT NEW.agreement_id OR OLD.happened_on IS NOT NEW.happened_on OR OLD.field_code IS NOT NEW.field_code OR OLD.kind IS NOT NEW.kind OR OLD.description IS NOT NEW.description OR OLD.participants IS NOT NEW.participants OR OLD.outcome IS NOT NEW.outcome OR OLD.created_at IS NOT NEW.created_at OR OLD.evidence_id IS NOT NEW.evidence_id BEGIN
                    INSERT INTO audit_log (at, table_name, record_id, record_uuid, action, before,
                                           after, scope_table, scope_id)
                    VALUES (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), 'activities', NEW.id,
                            NEW.uuid, 'update', json_object('id', OLD.id, 'uuid', OLD.uuid, 'agreement_id', OLD.agreement_id, 'happened_on', OLD.happened_on, 'field_code', OLD.field_code, 'kind', OLD.kind, 'description', OLD.description, 'participants', OLD.participants, 'outcome', OLD.outcome, 'created_at', OLD.created_at, 'evidence_id', OLD.evidence_id),
                            json_object('id', NEW.id, 'uuid', NEW.uuid, 'agreement_id', NEW.agreement_id, 'happened_on', NEW.happened_on, 'field_code', NEW.field_code, 'kind', NEW.kind, 'description', NEW.description, 'participants', NEW.participants, 'outcome', NEW.outcome, 'created_at', NEW.created_at, 'evidence_id', NEW.evidence_id), 'agreements', NEW.agreement_id);
                END;

-- trigger audit_agreement_fields_delete
CREATE TRIGGER audit_agreement_fields_delete AFTER DELETE ON agreement_fields
                 BEGIN
                    INSERT INTO audit_log (at, table_name, record_id, record_uuid, action, before,
                                           after, scope_table, scope_id)
                    VALUES (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), 'agreement_fields', OLD.id,
                            NULL, 'delete', json_object('agreement_id', OLD.agreement_id, 'position', OLD.position, 'code', OLD.code, 'custom_id', OLD.custom_id, 'custom_en', OLD.custom_en),
                            NULL, 'agreements', OLD.agreement_id);
                END;

-- trigger audit_agreement_fields_insert
CREATE TRIGGER audit_agreement_fields_insert AFTER INSERT ON agreement_fields
                 BEGIN
                    INSERT INTO audit_log (at, table_name, record_id, record_uuid, action, before,
                                           after, scope_table, scope_id)
                    VALUES (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), 'agreement_fields', NEW.id,
                            NULL, 'insert', NULL,
                            json_object('agreement_id', NEW.agreement_id, 'position', NEW.position, 'code', NEW.code, 'custom_id', NEW.custom_id, 'custom_en', NEW.custom_en), 'agreements', NEW.agreement_id);
                END;

-- trigger audit_agreements_delete
CREATE TRIGGER audit_agreements_delete AFTER DELETE ON agreements
                 BEGIN
                    INSERT INTO audit_log (at, table_name, record_id, record_uuid, action, before,
                                           after, scope_table, scope_id)
                    VALUES (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), 'agreements', OLD.id,
                            OLD.uuid, 'delete', json_object('id', OLD.id, 'uuid', OLD.uuid, 'partner_id', OLD.partner_id, 'kind', OLD.kind, 'parent_id', OLD.parent_id, 'title_id', OLD.title_id, 'title_en', OLD.title_en, 'our_number', OLD.our_number, 'partner_number', OLD.partner_number, 'stage', OLD.stage, 'initiated_on', OLD.initiated_on, 'signed_on', OLD.signed_on, 'effective_on', OLD.effective_on, 'expires_on', OLD.expires_on, 'open_ended', OLD.open_ended, 'responsible_officer_id', OLD.responsible_officer_id, 'deputy_officer_id', OLD.deputy_officer_id, 'notes', OLD.notes, 'created_at', OLD.created_at),
                            NULL, 'agreements', OLD.id);
                END;

-- trigger audit_agreements_insert
CREATE TRIGGER audit_agreements_insert AFTER INSERT ON agreements
                 BEGIN
                    INSERT INTO audit_log (at, table_name, record_id, record_uuid, action, before,
                                           after, scope_table, scope_id)
                    VALUES (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), 'agreements', NEW.id,
                            NEW.uuid, 'insert', NULL,
                            json_object('id', NEW.id, 'uuid', NEW.uuid, 'partner_id', NEW.partner_id, 'kind', NEW.kind, 'parent_id', NEW.parent_id, 'title_id', NEW.title_id, 'title_en', NEW.title_en, 'our_number', NEW.our_number, 'partner_number', NEW.partner_number, 'stage', NEW.stage, 'initiated_on', NEW.initiated_on, 'signed_on', NEW.signed_on, 'effective_on', NEW.effective_on, 'expires_on', NEW.expires_on, 'open_ended', NEW.open_ended, 'responsible_officer_id', NEW.responsible_officer_id, 'deputy_officer_id', NEW.deputy_officer_id, 'notes', NEW.notes, 'created_at', NEW.created_at), 'agreements', NEW.id);
                END;

-- trigger audit_agreements_update
CREATE TRIGGER audit_agreements_update AFTER UPDATE ON agreements
                WHEN OLD.id IS NOT NEW.id OR OLD.uuid IS NOT NEW.uuid OR OLD.partner_id IS NOT NEW.partner_id OR OLD.kind IS NOT NEW.kind OR OLD.parent_id IS NOT NEW.parent_id OR OLD.title_id IS NOT NEW.title_id OR OLD.title_en IS NOT NEW.title_en OR OLD.our_number IS NOT NEW.our_number OR OLD.partner_number IS NOT NEW.partner_number OR OLD.stage IS NOT NEW.stage OR OLD.initiated_on IS NOT NEW.initiated_on OR OLD.signed_on IS NOT NEW.signed_on OR OLD.effective_on IS NOT NEW.effective_on OR OLD.expires_on IS NOT NEW.expires_on OR OLD.open_ended IS NOT NEW.open_ended OR OLD.responsible_officer_id IS NOT NEW.responsible_officer_id OR OLD.deputy_officer_id IS NOT NEW.deputy_officer_id OR OLD.notes IS NOT NEW.notes OR OLD.created_at IS NOT NEW.created_at BEGIN
                    INSERT INTO audit_log (at, table_name, record_id, record_uuid, action, before,
                                           after, scope_table, scope_id)
                    VALUES (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), 'agreements', NEW.id,
                            NEW.uuid, 'update', json_object('id', OLD.id, 'uuid', OLD.uuid, 'partner_id', OLD.partner_id, 'kind', OLD.kind, 'parent_id', OLD.parent_id, 'title_id', OLD.title_id, 'title_en', OLD.title_en, 'our_number', OLD.our_number, 'partner_number', OLD.partner_number, 'stage', OLD.stage, 'initiated_on', OLD.initiated_on, 'signed_on', OLD.signed_on, 'effective_on', OLD.effective_on, 'expires_on', OLD.expires_on, 'open_ended', OLD.open_ended, 'responsible_officer_id', OLD.responsible_officer_id, 'deputy_officer_id', OLD.deputy_officer_id, 'notes', OLD.notes, 'created_at', OLD.created_at),
                            json_object('id', NEW.id, 'uuid', NEW.uuid, 'partner_id', NEW.partner_id, 'kind', NEW.kind, 'parent_id', NEW.parent_id, 'title_id', NEW.title_id, 'title_en', NEW.title_en, 'our_number', NEW.our_number, 'partner_number', NEW.partner_number, 'stage', NEW.stage, 'initiated_on', NEW.initiated_on, 'signed_on', NEW.signed_on, 'effective_on', NEW.effective_on, 'expires_on', NEW.expires_on, 'open_ended', NEW.open_ended, 'responsible_officer_id', NEW.responsible_officer_id, 'deputy_officer_id', NEW.deputy_officer_id, 'notes', NEW.notes, 'created_at', NEW.created_at), 'agreements', NEW.id);
                END;

-- trigger audit_attachments_delete
CREATE TRIGGER audit_attachments_delete AFTER DELETE ON attachments
                 BEGIN
                    INSERT INTO audit_log (at, table_name, record_id, record_uuid, action, before,
                                           after, scope_table, scope_id)
                    VALUES (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), 'attachments', OLD.id,
                            OLD.uuid, 'delete', json_object('id', OLD.id, 'uuid', OLD.uuid, 'agreement_id', OLD.agreement_id, 'sha256', OLD.sha256, 'name', OLD.name, 'size', OLD.size, 'description', OLD.description, 'created_at', OLD.created_at),
                            NULL, 'agreements', OLD.agreement_id);
                END;

-- trigger audit_attachments_insert
CREATE TRIGGER audit_attachments_insert AFTER INSERT ON attachments
                 BEGIN
                    INSERT INTO audit_log (at, table_name, record_id, record_uuid, action, before,
                                           after, scope_table, scope_id)
                    VALUES (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), 'attachments', NEW.id,
                            NEW.uuid, 'insert', NULL,
                            json_object('id', NEW.id, 'uuid', NEW.uuid, 'agreement_id', NEW.agreement_id, 'sha256', NEW.sha256, 'name', NEW.name, 'size', NEW.size, 'description', NEW.description, 'created_at', NEW.created_at), 'agreements', NEW.agreement_id);
                END;

-- trigger audit_attachments_update
CREATE TRIGGER audit_attachments_update AFTER UPDATE ON attachments
                WHEN OLD.id IS NOT NEW.id OR OLD.uuid IS NOT NEW.uuid OR OLD.agreement_id IS NOT NEW.agreement_id OR OLD.sha256 IS NOT NEW.sha256 OR OLD.name IS NOT NEW.name OR OLD.size IS NOT NEW.size OR OLD.description IS NOT NEW.description OR OLD.created_at IS NOT NEW.created_at BEGIN
                    INSERT INTO audit_log (at, table_name, record_id, record_uuid, action, before,
                                           after, scope_table, scope_id)
                    VALUES (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), 'attachments', NEW.id,
                            NEW.uuid, 'update', json_object('id', OLD.id, 'uuid', OLD.uuid, 'agreement_id', OLD.agreement_id, 'sha256', OLD.sha256, 'name', OLD.name, 'size', OLD.size, 'description', OLD.description, 'created_at', OLD.created_at),
                            json_object('id', NEW.id, 'uuid', NEW.uuid, 'agreement_id', NEW.agreement_id, 'sha256', NEW.sha256, 'name', NEW.name, 'size', NEW.size, 'description', NEW.description, 'created_at', NEW.created_at), 'agreements', NEW.agreement_id);
                END;

-- trigger audit_commitments_delete
CREATE TRIGGER audit_commitments_delete AFTER DELETE ON commitments
                 BEGIN
                    INSERT INTO audit_log (at, table_name, record_id, record_uuid, action, before,
                                           after, scope_table, scope_id)
                    VALUES (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), 'commitments', OLD.id,
                            OLD.uuid, 'delete', json_object('id', OLD.id, 'uuid', OLD.uuid, 'agreement_id', OLD.agreement_id, 'title', OLD.title, 'owner_id', OLD.owner_id, 'due_on', OLD.due_on, 'status', OLD.status, 'done_on', OLD.done_on, 'evidence', OLD.evidence, 'source', OLD.source, 'field_code', OLD.field_code, 'notes', OLD.notes, 'created_at', OLD.created_at),
                            NULL, 'agreements', OLD.agreement_id);
                END;

-- trigger audit_commitments_insert
CREATE TRIGGER audit_commitments_insert AFTER INSERT ON commitments
                 BEGIN
                    INSERT INTO audit_log (at, table_name, record_id, record_uuid, action, before,
                                           after, scope_table, scope_id)
                    VALUES (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), 'commitments', NEW.id,
                            NEW.uuid, 'insert', NULL,
                            json_object('id', NEW.id, 'uuid', NEW.uuid, 'agreement_id', NEW.agreement_id, 'title', NEW.title, 'owner_id', NEW.owner_id, 'due_on', NEW.due_on, 'status', NEW.status, 'done_on', NEW.done_on, 'evidence', NEW.evidence, 'source', NEW.source, 'field_code', NEW.field_code, 'notes', NEW.notes, 'created_at', NEW.created_at), 'agreements', NEW.agreement_id);
                END;

-- trigger audit_commitments_update
CREATE TRIGGER audit_commitments_update AFTER UPDATE ON commitments
                WHEN OLD.id IS NOT NEW.id OR OLD.uuid IS NOT NEW.uuid OR OLD.agreement_id IS NOT NEW.agreement_id OR OLD.title IS NOT NEW.title OR OLD.owner_id IS NOT NEW.owner_id OR OLD.due_on IS NOT NEW.due_on OR OLD.status IS NOT NEW.status OR OLD.done_on IS NOT NEW.done_on OR OLD.evidence IS NOT NEW.evidence OR OLD.source IS NOT NEW.source OR OLD.field_code IS NOT NEW.field_code OR OLD.notes IS NOT NEW.notes OR OLD.created_at IS NOT NEW.created_at BEGIN
                    INSERT INTO audit_log (at, table_name, record_id, record_uuid, action, before,
                                           after, scope_table, scope_id)
                    VALUES (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), 'commitments', NEW.id,
                            NEW.uuid, 'update', json_object('id', OLD.id, 'uuid', OLD.uuid, 'agreement_id', OLD.agreement_id, 'title', OLD.title, 'owner_id', OLD.owner_id, 'due_on', OLD.due_on, 'status', OLD.status, 'done_on', OLD.done_on, 'evidence', OLD.evidence, 'source', OLD.source, 'field_code', OLD.field_code, 'notes', OLD.notes, 'created_at', OLD.created_at),
                            json_object('id', NEW.id, 'uuid', NEW.uuid, 'agreement_id', NEW.agreement_id, 'title', NEW.title, 'owner_id', NEW.owner_id, 'due_on', NEW.due_on, 'status', NEW.status, 'done_on', NEW.done_on, 'evidence', NEW.evidence, 'source', NEW.source, 'field_code', NEW.field_code, 'notes', NEW.notes, 'created_at', NEW.created_at), 'agreements', NEW.agreement_id);
                END;

-- trigger audit_contacts_delete
CREATE TRIGGER audit_contacts_delete AFTER DELETE ON contacts
                 BEGIN
                    INSERT INTO audit_log (at, table_name, record_id, record_uuid, action, before,
                                           after, scope_table, scope_id)
                    VALUES (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), 'contacts', OLD.id,
                            OLD.uuid, 'delete', json_object('id', OLD.id, 'uuid', OLD.uuid, 'partner_id', OLD.partner_id, 'position', OLD.position, 'person', OLD.person, 'title', OLD.title, 'organisation', OLD.organisation, 'email', OLD.email, 'phone', OLD.phone, 'languages', OLD.languages, 'created_at', OLD.created_at),
                            NULL, 'partners', OLD.partner_id);
                END;

-- trigger audit_contacts_insert
CREATE TRIGGER audit_contacts_insert AFTER INSERT ON contacts
                 BEGIN
                    INSERT INTO audit_log (at, table_name, record_id, record_uuid, action, before,
                                           after, scope_table, scope_id)
                    VALUES (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), 'contacts', NEW.id,
                            NEW.uuid, 'insert', NULL,
                            json_object('id', NEW.id, 'uuid', NEW.uuid, 'partner_id', NEW.partner_id, 'position', NEW.position, 'person', NEW.person, 'title', NEW.title, 'organisation', NEW.organisation, 'email', NEW.email, 'phone', NEW.phone, 'languages', NEW.languages, 'created_at', NEW.created_at), 'partners', NEW.partner_id);
                END;

-- trigger audit_contacts_update
CREATE TRIGGER audit_contacts_update AFTER UPDATE ON contacts
                WHEN OLD.id IS NOT NEW.id OR OLD.uuid IS NOT NEW.uuid OR OLD.partner_id IS NOT NEW.partner_id OR OLD.position IS NOT NEW.position OR OLD.person IS NOT NEW.person OR OLD.title IS NOT NEW.title OR OLD.organisation IS NOT NEW.organisation OR OLD.email IS NOT NEW.email OR OLD.phone IS NOT NEW.phone OR OLD.languages IS NOT NEW.languages OR OLD.created_at IS NOT NEW.created_at BEGIN
                    INSERT INTO audit_log (at, table_name, record_id, record_uuid, action, before,
                                           after, scope_table, scope_id)
                    VALUES (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), 'contacts', NEW.id,
                            NEW.uuid, 'update', json_object('id', OLD.id, 'uuid', OLD.uuid, 'partner_id', OLD.partner_id, 'position', OLD.position, 'person', OLD.person, 'title', OLD.title, 'organisation', OLD.organisation, 'email', OLD.email, 'phone', OLD.phone, 'languages', OLD.languages, 'created_at', OLD.created_at),
                            json_object('id', NEW.id, 'uuid', NEW.uuid, 'partner_id', NEW.partner_id, 'position', NEW.position, 'person', NEW.person, 'title', NEW.title, 'organisation', NEW.organisation, 'email', NEW.email, 'phone', NEW.phone, 'languages', NEW.languages, 'created_at', NEW.created_at), 'partners', NEW.partner_id);
                END;

-- trigger audit_draft_versions_insert
CREATE TRIGGER audit_draft_versions_insert AFTER INSERT ON draft_versions
                 BEGIN
                    INSERT INTO audit_log (at, table_name, record_id, record_uuid, action, before,
                                           after, scope_table, scope_id)
                    VALUES (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), 'draft_versions', NEW.id,
                            NEW.uuid, 'insert', NULL,
                            json_object('id', NEW.id, 'draft_id', NEW.draft_id, 'number', NEW.number, 'template_version', NEW.template_version, 'author', NEW.author, 'created_at', NEW.created_at, 'uuid', NEW.uuid), 'drafts', NEW.draft_id);
                END;

-- trigger audit_drafts_delete
CREATE TRIGGER audit_drafts_delete AFTER DELETE ON drafts
                 BEGIN
                    INSERT INTO audit_log (at, table_name, record_id, record_uuid, action, before,
                                           after, scope_table, scope_id)
                    VALUES (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), 'drafts', OLD.id,
                            OLD.uuid, 'delete', json_object('id', OLD.id, 'uuid', OLD.uuid, 'template_id', OLD.template_id, 'partner_id', OLD.partner_id, 'agreement_id', OLD.agreement_id, 'title', OLD.title, 'created_at', OLD.created_at),
                            NULL, 'drafts', OLD.id);
                END;

-- trigger audit_drafts_insert
CREATE TRIGGER audit_drafts_insert AFTER INSERT ON drafts
                 BEGIN
                    INSERT INTO audit_log (at, table_name, record_id, record_uuid, action, before,
                                           after, scope_table, scope_id)
                    VALUES (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), 'drafts', NEW.id,
                            NEW.uuid, 'insert', NULL,
                            json_object('id', NEW.id, 'uuid', NEW.uuid, 'template_id', NEW.template_id, 'partner_id', NEW.partner_id, 'agreement_id', NEW.agreement_id, 'title', NEW.title, 'created_at', NEW.created_at), 'drafts', NEW.id);
                END;

-- trigger audit_drafts_update
CREATE TRIGGER audit_drafts_update AFTER UPDATE ON drafts
                WHEN OLD.id IS NOT NEW.id OR OLD.uuid IS NOT NEW.uuid OR OLD.template_id IS NOT NEW.template_id OR OLD.partner_id IS NOT NEW.partner_id OR OLD.agreement_id IS NOT NEW.agreement_id OR OLD.title IS NOT NEW.title OR OLD.created_at IS NOT NEW.created_at BEGIN
                    INSERT INTO audit_log (at, table_name, record_id, record_uuid, action, before,
                                           after, scope_table, scope_id)
                    VALUES (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), 'drafts', NEW.id,
                            NEW.uuid, 'update', json_object('id', OLD.id, 'uuid', OLD.uuid, 'template_id', OLD.template_id, 'partner_id', OLD.partner_id, 'agreement_id', OLD.agreement_id, 'title', OLD.title, 'created_at', OLD.created_at),
                            json_object('id', NEW.id, 'uuid', NEW.uuid, 'template_id', NEW.template_id, 'partner_id', NEW.partner_id, 'agreement_id', NEW.agreement_id, 'title', NEW.title, 'created_at', NEW.created_at), 'drafts', NEW.id);
                END;

-- trigger audit_gate_overrides_insert
CREATE TRIGGER audit_gate_overrides_insert AFTER INSERT ON gate_overrides
                 BEGIN
                    INSERT INTO audit_log (at, table_name, record_id, record_uuid, action, before,
                                           after, scope_table, scope_id)
                    VALUES (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), 'gate_overrides', NEW.id,
                            NULL, 'insert', NULL,
                            json_object('id', NEW.id, 'agreement_id', NEW.agreement_id, 'from_stage', NEW.from_stage, 'to_stage', NEW.to_stage, 'missing', NEW.missing, 'reason', NEW.reason, 'who', NEW.who, 'at', NEW.at), 'agreements', NEW.agreement_id);
                END;

-- trigger audit_gate_records_delete
CREATE TRIGGER audit_gate_records_delete AFTER DELETE ON gate_records
                 BEGIN
                    INSERT INTO audit_log (at, table_name, record_id, record_uuid, action, before,
                                           after, scope_table, scope_id)
                    VALUES (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), 'gate_records', OLD.id,
                            NULL, 'delete', json_object('id', OLD.id, 'agreement_id', OLD.agreement_id, 'code', OLD.code, 'done', OLD.done, 'reference', OLD.reference, 'dated', OLD.dated, 'attachment_id', OLD.attachment_id, 'note', OLD.note),
                            NULL, 'agreements', OLD.agreement_id);
                END;

-- trigger audit_gate_records_insert
CREATE TRIGGER audit_gate_records_insert AFTER INSERT ON gate_records
                 BEGIN
                    INSERT INTO audit_log (at, table_name, record_id, record_uuid, action, before,
                                           after, scope_table, scope_id)
                    VALUES (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), 'gate_records', NEW.id,
                            NULL, 'insert', NULL,
                            json_object('id', NEW.id, 'agreement_id', NEW.agreement_id, 'code', NEW.code, 'done', NEW.done, 'reference', NEW.reference, 'dated', NEW.dated, 'attachment_id', NEW.attachment_id, 'note', NEW.note), 'agreements', NEW.agreement_id);
                END;

-- trigger audit_gate_records_update
CREATE TRIGGER audit_gate_records_update AFTER UPDATE ON gate_records
                WHEN OLD.id IS NOT NEW.id OR OLD.agreement_id IS NOT NEW.agreement_id OR OLD.code IS NOT NEW.code OR OLD.done IS NOT NEW.done OR OLD.reference IS NOT NEW.reference OR OLD.dated IS NOT NEW.dated OR OLD.attachment_id IS NOT NEW.attachment_id OR OLD.note IS NOT NEW.note BEGIN
                    INSERT INTO audit_log (at, table_name, record_id, record_uuid, action, before,
                                           after, scope_table, scope_id)
                    VALUES (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), 'gate_records', NEW.id,
                            NULL, 'update', json_object('id', OLD.id, 'agreement_id', OLD.agreement_id, 'code', OLD.code, 'done', OLD.done, 'reference', OLD.reference, 'dated', OLD.dated, 'attachment_id', OLD.attachment_id, 'note', OLD.note),
                            json_object('id', NEW.id, 'agreement_id', NEW.agreement_id, 'code', NEW.code, 'done', NEW.done, 'reference', NEW.reference, 'dated', NEW.dated, 'attachment_id', NEW.attachment_id, 'note', NEW.note), 'agreements', NEW.agreement_id);
                END;

-- trigger audit_handovers_insert
CREATE TRIGGER audit_handovers_insert AFTER INSERT ON handovers
                 BEGIN
                    INSERT INTO audit_log (at, table_name, record_id, record_uuid, action, before,
                                           after, scope_table, scope_id)
                    VALUES (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), 'handovers', NEW.id,
                            NEW.uuid, 'insert', NULL,
                            json_object('id', NEW.id, 'uuid', NEW.uuid, 'officer_id', NEW.officer_id, 'handed_on', NEW.handed_on, 'items', NEW.items, 'note', NEW.note, 'recorded_by', NEW.recorded_by, 'created_at', NEW.created_at), 'officers', NEW.officer_id);
                END;

-- trigger audit_log_no_delete
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN
        SELECT RAISE(ABORT, 'the audit trail cannot be changed');
    END;

-- trigger audit_log_sealed_update
CREATE TRIGGER audit_log_sealed_update BEFORE UPDATE ON audit_log
    WHEN OLD.hash IS NOT NULL BEGIN
        SELECT RAISE(ABORT, 'the audit trail cannot be changed');
    END;

-- trigger audit_officers_delete
CREATE TRIGGER audit_officers_delete AFTER DELETE ON officers
                 BEGIN
                    INSERT INTO audit_log (at, table_name, record_id, record_uuid, action, before,
                                           after, scope_table, scope_id)
                    VALUES (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), 'officers', OLD.id,
                            OLD.uuid, 'delete', json_object('id', OLD.id, 'uuid', OLD.uuid, 'name', OLD.name, 'nip', OLD.nip, 'position', OLD.position, 'unit', OLD.unit, 'status', OLD.status, 'created_at', OLD.created_at),
                            NULL, 'officers', OLD.id);
                END;

-- trigger audit_officers_insert
CREATE TRIGGER audit_officers_insert AFTER INSERT ON officers
                 BEGIN
                    INSERT INTO audit_log (at, table_name, record_id, record_uuid, action, before,
                                           after, scope_table, scope_id)
                    VALUES (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), 'officers', NEW.id,
                            NEW.uuid, 'insert', NULL,
                            json_object('id', NEW.id, 'uuid', NEW.uuid, 'name', NEW.name, 'nip', NEW.nip, 'position', NEW.position, 'unit', NEW.unit, 'status', NEW.status, 'created_at', NEW.created_at), 'officers', NEW.id);
                END;

-- trigger audit_officers_update
CREATE TRIGGER audit_officers_update AFTER UPDATE ON officers
                WHEN OLD.id IS NOT NEW.id OR OLD.uuid IS NOT NEW.uuid OR OLD.name IS NOT NEW.name OR OLD.nip IS NOT NEW.nip OR OLD.position IS NOT NEW.position OR OLD.unit IS NOT NEW.unit OR OLD.status IS NOT NEW.status OR OLD.created_at IS NOT NEW.created_at BEGIN
                    INSERT INTO audit_log (at, table_name, record_id, record_uuid, action, before,
                                           after, scope_table, scope_id)
                    VALUES (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), 'officers', NEW.id,
                            NEW.uuid, 'update', json_object('id', OLD.id, 'uuid', OLD.uuid, 'name', OLD.name, 'nip', OLD.nip, 'position', OLD.position, 'unit', OLD.unit, 'status', OLD.status, 'created_at', OLD.created_at),
                            json_object('id', NEW.id, 'uuid', NEW.uuid, 'name', NEW.name, 'nip', NEW.nip, 'position', NEW.position, 'unit', NEW.unit, 'status', NEW.status, 'created_at', NEW.created_at), 'officers', NEW.id);
                END;

-- trigger audit_our_government_delete
CREATE TRIGGER audit_our_government_delete AFTER DELETE ON our_government
                 BEGIN
                    INSERT INTO audit_log (at, table_name, record_id, record_uuid, action, before,
                                           after, scope_table, scope_id)
                    VALUES (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), 'our_government', OLD.id,
                            NULL, 'delete', json_object('id', OLD.id, 'name_id', OLD.name_id, 'name_en', OLD.name_en, 'level', OLD.level, 'province_id', OLD.province_id, 'province_en', OLD.province_en, 'country', OLD.country, 'head_name', OLD.head_name, 'head_title_id', OLD.head_title_id, 'head_title_en', OLD.head_title_en, 'address', OLD.address, 'telephone', OLD.telephone, 'email', OLD.email, 'website', OLD.website, 'office_id', OLD.office_id, 'office_en', OLD.office_en, 'coat_of_arms_sha256', OLD.coat_of_arms_sha256),
                            NULL, 'our_government', OLD.id);
                END;

-- trigger audit_our_government_insert
CREATE TRIGGER audit_our_government_insert AFTER INSERT ON our_government
                 BEGIN
                    INSERT INTO audit_log (at, table_name, record_id, record_uuid, action, before,
                                           after, scope_table, scope_id)
                    VALUES (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), 'our_government', NEW.id,
                            NULL, 'insert', NULL,
                            json_object('id', NEW.id, 'name_id', NEW.name_id, 'name_en', NEW.name_en, 'level', NEW.level, 'province_id', NEW.province_id, 'province_en', NEW.province_en, 'country', NEW.country, 'head_name', NEW.head_name, 'head_title_id', NEW.head_title_id, 'head_title_en', NEW.head_title_en, 'address', NEW.address, 'telephone', NEW.telephone, 'email', NEW.email, 'website', NEW.website, 'office_id', NEW.office_id, 'office_en', NEW.office_en, 'coat_of_arms_sha256', NEW.coat_of_arms_sha256), 'our_government', NEW.id);
                END;

-- trigger audit_our_government_update
CREATE TRIGGER audit_our_government_update AFTER UPDATE ON our_government
                WHEN OLD.id IS NOT NEW.id OR OLD.name_id IS NOT NEW.name_id OR OLD.name_en IS NOT NEW.name_en OR OLD.level IS NOT NEW.level OR OLD.province_id IS NOT NEW.province_id OR OLD.province_en IS NOT NEW.province_en OR OLD.country IS NOT NEW.country OR OLD.head_name IS NOT NEW.head_name OR OLD.head_title_id IS NOT NEW.head_title_id OR OLD.head_title_en IS NOT NEW.head_title_en OR OLD.address IS NOT NEW.address OR OLD.telephone IS NOT NEW.telephone OR OLD.email IS NOT NEW.email OR OLD.website IS NOT NEW.website OR OLD.office_id IS NOT NEW.office_id OR OLD.office_en IS NOT NEW.office_en OR OLD.coat_of_arms_sha256 IS NOT NEW.coat_of_arms_sha256 BEGIN
                    INSERT INTO audit_log (at, table_name, record_id, record_uuid, action, before,
                                           after, scope_table, scope_id)
                    VALUES (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), 'our_government', NEW.id,
                            NULL, 'update', json_object('id', OLD.id, 'name_id', OLD.name_id, 'name_en', OLD.name_en, 'level', OLD.level, 'province_id', OLD.province_id, 'province_en', OLD.province_en, 'country', OLD.country, 'head_name', OLD.head_name, 'head_title_id', OLD.head_title_id, 'head_title_en', OLD.head_title_en, 'address', OLD.address, 'telephone', OLD.telephone, 'email', OLD.email, 'website', OLD.website, 'office_id', OLD.office_id, 'office_en', OLD.office_en, 'coat_of_arms_sha256', OLD.coat_of_arms_sha256),
                            json_object('id', NEW.id, 'name_id', NEW.name_id, 'name_en', NEW.name_en, 'level', NEW.level, 'province_id', NEW.province_id, 'province_en', NEW.province_en, 'country', NEW.country, 'head_name', NEW.head_name, 'head_title_id', NEW.head_title_id, 'head_title_en', NEW.head_title_en, 'address', NEW.address, 'telephone', NEW.telephone, 'email', NEW.email, 'website', NEW.website, 'office_id', NEW.office_id, 'office_en', NEW.office_en, 'coat_of_arms_sha256', NEW.coat_of_arms_sha256), 'our_government', NEW.id);
                END;

-- trigger audit_parameters_delete
CREATE TRIGGER audit_parameters_delete AFTER DELETE ON parameters
                 BEGIN
                    INSERT INTO audit_log (at, table_name, record_id, record_uuid, action, before,
                                           after, scope_table, scope_id)
                    VALUES (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), 'parameters', NULL,
                            NULL, 'delete', json_object('key', OLD.key, 'value', OLD.value),
                            NULL, 'parameters', NULL);
                END;

-- trigger audit_parameters_insert
CREATE TRIGGER audit_parameters_insert AFTER INSERT ON parameters
                 BEGIN
                    INSERT INTO audit_log (at, table_name, record_id, record_uuid, action, before,
                                           after, scope_table, scope_id)
                    VALUES (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), 'parameters', NULL,
                            NULL, 'insert', NULL,
                            json_object('key', NEW.key, 'value', NEW.value), 'parameters', NULL);
                END;

-- trigger audit_parameters_update
CREATE TRIGGER audit_parameters_update AFTER UPDATE ON parameters
                WHEN OLD.key IS NOT NEW.key OR OLD.value IS NOT NEW.value BEGIN
                    INSERT INTO audit_log (at, table_name, record_id, record_uuid, action, before,
                                           after, scope_table, scope_id)
                    VALUES (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), 'parameters', NULL,
                            NULL, 'update', json_object('key', OLD.key, 'value', OLD.value),
                            json_object('key', NEW.key, 'value', NEW.value), 'parameters', NULL);
                END;

-- trigger audit_partners_delete
CREATE TRIGGER audit_partners_delete AFTER DELETE ON partners
                 BEGIN
                    INSERT INTO audit_log (at, table_name, record_id, record_uuid, action, before,
                                           after, scope_table, scope_id)
                    VALUES (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), 'partners', OLD.id,
                            OLD.uuid, 'delete', json_object('id', OLD.id, 'uuid', OLD.uuid, 'name', OLD.name, 'native_name', OLD.native_name, 'country', OLD.country, 'region', OLD.region, 'level', OLD.level, 'population', OLD.population, 'characteristics', OLD.characteristics, 'website', OLD.website, 'notes', OLD.notes, 'created_at', OLD.created_at),
                            NULL, 'partners', OLD.id);
                END;

-- trigger audit_partners_insert
CREATE TRIGGER audit_partners_insert AFTER INSERT ON partners
                 BEGIN
                    INSERT INTO audit_log (at, table_name, record_id, record_uuid, action, before,
                                           after, scope_table, scope_id)
                    VALUES (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), 'partners', NEW.id,
                            NEW.uuid, 'insert', NULL,
                            json_object('id', NEW.id, 'uuid', NEW.uuid, 'name', NEW.name, 'native_name', NEW.native_name, 'country', NEW.country, 'region', NEW.region, 'level', NEW.level, 'population', NEW.population, 'characteristics', NEW.characteristics, 'website', NEW.website, 'notes', NEW.notes, 'created_at', NEW.created_at), 'partners', NEW.id);
                END;

-- trigger audit_partners_update
CREATE TRIGGER audit_partners_update AFTER UPDATE ON partners
                WHEN OLD.id IS NOT NEW.id OR OLD.uuid IS NOT NEW.uuid OR OLD.name IS NOT NEW.name OR OLD.native_name IS NOT NEW.native_name OR OLD.country IS NOT NEW.country OR OLD.region IS NOT NEW.region OR OLD.level IS NOT NEW.level OR OLD.population IS NOT NEW.population OR OLD.characteristics IS NOT NEW.characteristics OR OLD.website IS NOT NEW.website OR OLD.notes IS NOT NEW.notes OR OLD.created_at IS NOT NEW.created_at BEGIN
                    INSERT INTO audit_log (at, table_name, record_id, record_uuid, action, before,
                                           after, scope_table, scope_id)
                    VALUES (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), 'partners', NEW.id,
                            NEW.uuid, 'update', json_object('id', OLD.id, 'uuid', OLD.uuid, 'name', OLD.name, 'native_name', OLD.native_name, 'country', OLD.country, 'region', OLD.region, 'level', OLD.level, 'population', OLD.population, 'characteristics', OLD.characteristics, 'website', OLD.website, 'notes', OLD.notes, 'created_at', OLD.created_at),
                            json_object('id', NEW.id, 'uuid', NEW.uuid, 'name', NEW.name, 'native_name', NEW.native_name, 'country', NEW.country, 'region', NEW.region, 'level', NEW.level, 'population', NEW.population, 'characteristics', NEW.characteristics, 'website', NEW.website, 'notes', NEW.notes, 'created_at', NEW.created_at), 'partners', NEW.id);
                END;

-- trigger audit_trips_delete
CREATE TRIGGER audit_trips_delete AFTER DELETE ON trips
                 BEGIN
                    INSERT INTO audit_log (at, table_name, record_id, record_uuid, action, before,
                                           after, scope_table, scope_id)
                    VALUES (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), 'trips', OLD.id,
                            OLD.uuid, 'delete', json_object('id', OLD.id, 'uuid', OLD.uuid, 'agreement_id', OLD.agreement_id, 'purpose', OLD.purpose, 'destination', OLD.destination, 'departs_on', OLD.departs_on, 'returns_on', OLD.returns_on, 'delegation', OLD.delegation, 'requested_on', OLD.requested_on, 'terms_of_reference', OLD.terms_of_reference, 'follow_up_plan', OLD.follow_up_plan, 'host_confirmed', OLD.host_confirmed, 'status', OLD.status, 'rules', OLD.rules, 'notes', OLD.notes, 'created_at', OLD.created_at),
                            NULL, 'agreements', OLD.agreement_id);
                END;

-- trigger audit_trips_insert
CREATE TRIGGER audit_trips_insert AFTER INSERT ON trips
                 BEGIN
                    INSERT INTO audit_log (at, table_name, record_id, record_uuid, action, before,
                                           after, scope_table, scope_id)
                    VALUES (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), 'trips', NEW.id,
                            NEW.uuid, 'insert', NULL,
                            json_object('id', NEW.id, 'uuid', NEW.uuid, 'agreement_id', NEW.agreement_id, 'purpose', NEW.purpose, 'destination', NEW.destination, 'departs_on', NEW.departs_on, 'returns_on', NEW.returns_on, 'delegation', NEW.delegation, 'requested_on', NEW.requested_on, 'terms_of_reference', NEW.terms_of_reference, 'follow_up_plan', NEW.follow_up_plan, 'host_confirmed', NEW.host_confirmed, 'status', NEW.status, 'rules', NEW.rules, 'notes', NEW.notes, 'created_at', NEW.created_at), 'agreements', NEW.agreement_id);
                END;

-- trigger audit_trips_update
CREATE TRIGGER audit_trips_update AFTER UPDATE ON trips
                WHEN OLD.id IS NOT NEW.id OR OLD.uuid IS NOT NEW.uuid OR OLD.agreement_id IS NOT NEW.agreement_id OR OLD.purpose IS NOT NEW.purpose OR OLD.destination IS NOT NEW.destination OR OLD.departs_on IS NOT NEW.departs_on OR OLD.returns_on IS NOT NEW.returns_on OR OLD.delegation IS NOT NEW.delegation OR OLD.requested_on IS NOT NEW.requested_on OR OLD.terms_of_reference IS NOT NEW.terms_of_reference OR OLD.follow_up_plan IS NOT NEW.follow_up_plan OR OLD.host_confirmed IS NOT NEW.host_confirmed OR OLD.status IS NOT NEW.status OR OLD.rules IS NOT NEW.rules OR OLD.notes IS NOT NEW.notes OR OLD.created_at IS NOT NEW.created_at BEGIN
                    INSERT INTO audit_log (at, table_name, record_id, record_uuid, action, before,
                                           after, scope_table, scope_id)
                    VALUES (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), 'trips', NEW.id,
                            NEW.uuid, 'update', json_object('id', OLD.id, 'uuid', OLD.uuid, 'agreement_id', OLD.agreement_id, 'purpose', OLD.purpose, 'destination', OLD.destination, 'departs_on', OLD.departs_on, 'returns_on', OLD.returns_on, 'delegation', OLD.delegation, 'requested_on', OLD.requested_on, 'terms_of_reference', OLD.terms_of_reference, 'follow_up_plan', OLD.follow_up_plan, 'host_confirmed', OLD.host_confirmed, 'status', OLD.status, 'rules', OLD.rules, 'notes', OLD.notes, 'created_at', OLD.created_at),
                            json_object('id', NEW.id, 'uuid', NEW.uuid, 'agreement_id', NEW.agreement_id, 'purpose', NEW.purpose, 'destination', NEW.destination, 'departs_on', NEW.departs_on, 'returns_on', NEW.returns_on, 'delegation', NEW.delegation, 'requested_on', NEW.requested_on, 'terms_of_reference', NEW.terms_of_reference, 'follow_up_plan', NEW.follow_up_plan, 'host_confirmed', NEW.host_confirmed, 'status', NEW.status, 'rules', NEW.rules, 'notes', NEW.notes, 'created_at', NEW.created_at), 'agreements', NEW.agreement_id);
                END;

-- trigger officers_rename
CREATE TRIGGER officers_rename AFTER UPDATE OF name ON officers BEGIN
        UPDATE agreements SET officer_name = NEW.name WHERE responsible_officer_id = NEW.id;
    END;
