-- HubMap's shared layouts: one row per layout, one row per feature, and a log of every change.
-- Plain PostGIS tables, so that QGIS and GDAL open the same layouts HubMap does (docs/shared-store.md).

CREATE TABLE hubmap.layouts (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name        text NOT NULL UNIQUE CHECK (name <> ''),
    -- The FeatureCollection's own members besides "type" and "features" (such as the planning checks' settings),
    -- as the text of one JSON object.
    members     text NOT NULL DEFAULT '{}',
    created_at  timestamptz NOT NULL DEFAULT now(),
    created_by  name NOT NULL DEFAULT current_user
);

-- Numbers every change to every feature, in the order the changes to one layout commit (see stamp_feature).
CREATE SEQUENCE hubmap.revisions;

CREATE TABLE hubmap.features (
    -- Also the order of the features in the layout: new features go last.
    fid         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    layout_id   bigint NOT NULL REFERENCES hubmap.layouts (id) ON DELETE CASCADE,
    -- The GeoJSON "id" member: a string as it is, a number as its JSON text.
    feature_id  text NOT NULL,
    -- Starts at 1 and grows by one with each change: a writer changes a feature only at the version it read.
    version     integer NOT NULL DEFAULT 1,
    -- The revision of the feature's last change, from hubmap.revisions.
    revision    bigint NOT NULL DEFAULT 0,
    kind        text,
    name        text,
    nation      text,
    status      text,
    geom        geometry(Geometry, 4326),
    properties  jsonb,
    -- The feature exactly as HubMap last wrote or read it, so that what no one edited keeps its bytes. Null once
    -- another program changed geom or properties: the feature is then built from those.
    json        text,
    changed_at  timestamptz NOT NULL DEFAULT now(),
    changed_by  name NOT NULL DEFAULT current_user,
    UNIQUE (layout_id, feature_id)
);
CREATE INDEX features_geom ON hubmap.features USING gist (geom);
CREATE INDEX features_revision ON hubmap.features (layout_id, revision);
CREATE INDEX features_order ON hubmap.features (layout_id, fid);

CREATE TABLE hubmap.changes (
    revision    bigint PRIMARY KEY,
    layout_id   bigint NOT NULL REFERENCES hubmap.layouts (id) ON DELETE CASCADE,
    feature_id  text NOT NULL,
    action      text NOT NULL CHECK (action IN ('added', 'changed', 'removed')),
    version     integer NOT NULL,
    changed_at  timestamptz NOT NULL DEFAULT now(),
    changed_by  name NOT NULL
);
CREATE INDEX changes_layout ON hubmap.changes (layout_id, revision);

-- One layout's features with the layout's name, for programs that show one table per layer (QGIS: filter on
-- layout).
CREATE VIEW hubmap.layout_features AS
    SELECT f.fid, l.name AS layout, f.feature_id, f.version, f.kind, f.name, f.nation, f.status, f.geom,
           f.properties, f.changed_at, f.changed_by
    FROM hubmap.features f JOIN hubmap.layouts l ON l.id = f.layout_id;

-- Stamps each added or changed feature: its revision, version and typed columns. Writers of one layout take turns
-- (a lock held to the end of the transaction) before they take revisions, so that revisions commit in the order
-- they are numbered and a reader who has seen revision N has seen every change to the layout up to N.
CREATE FUNCTION hubmap.stamp_feature() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        PERFORM pg_advisory_xact_lock(1751279952, OLD.layout_id::integer);
        RETURN OLD;
    END IF;
    PERFORM pg_advisory_xact_lock(1751279952, NEW.layout_id::integer);
    NEW.revision := nextval('hubmap.revisions');
    NEW.kind := NEW.properties ->> 'kind';
    NEW.name := NEW.properties ->> 'name';
    NEW.nation := NEW.properties ->> 'nation';
    NEW.status := NEW.properties ->> 'status';
    NEW.changed_at := now();
    NEW.changed_by := current_user;
    IF TG_OP = 'UPDATE' THEN
        NEW.version := OLD.version + 1;
        -- Changed by a program that did not write the feature's text: the text would no longer say the same.
        IF NEW.json IS NOT DISTINCT FROM OLD.json
                AND (NEW.geom IS DISTINCT FROM OLD.geom OR NEW.properties IS DISTINCT FROM OLD.properties) THEN
            NEW.json := NULL;
        END IF;
    ELSE
        NEW.version := 1;
    END IF;
    RETURN NEW;
END $$;

CREATE TRIGGER stamp_feature BEFORE INSERT OR UPDATE OR DELETE ON hubmap.features
    FOR EACH ROW EXECUTE FUNCTION hubmap.stamp_feature();

-- The log and the notice to listeners are written with the owner's rights: editors may not write the log.
CREATE FUNCTION hubmap.log_written() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
        SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    INSERT INTO hubmap.changes (revision, layout_id, feature_id, action, version, changed_by)
        SELECT revision, layout_id, feature_id, CASE TG_OP WHEN 'INSERT' THEN 'added' ELSE 'changed' END, version,
               changed_by
        FROM written;
    PERFORM pg_notify('hubmap_changes', layout_id || ' ' || max(revision)) FROM written GROUP BY layout_id;
    RETURN NULL;
END $$;

CREATE FUNCTION hubmap.log_removed() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
        SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    INSERT INTO hubmap.changes (revision, layout_id, feature_id, action, version, changed_by)
        SELECT nextval('hubmap.revisions'), layout_id, feature_id, 'removed', version, session_user
        FROM removed
        -- A layout removed whole takes its features and its log with it.
        WHERE EXISTS (SELECT 1 FROM hubmap.layouts l WHERE l.id = removed.layout_id);
    IF FOUND THEN
        PERFORM pg_notify('hubmap_changes', layout_id || ' ' || currval('hubmap.revisions'))
            FROM (SELECT DISTINCT layout_id FROM removed) d;
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER log_added AFTER INSERT ON hubmap.features
    REFERENCING NEW TABLE AS written FOR EACH STATEMENT EXECUTE FUNCTION hubmap.log_written();
CREATE TRIGGER log_changed AFTER UPDATE ON hubmap.features
    REFERENCING NEW TABLE AS written FOR EACH STATEMENT EXECUTE FUNCTION hubmap.log_written();
CREATE TRIGGER log_removed AFTER DELETE ON hubmap.features
    REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION hubmap.log_removed();

-- Who may change what. Every HubMap role reads every layout; a nation's role adds, changes and removes only
-- features of its nation; hubmap_admin changes all. Roles and grants are made by `hubmap db init`.
CREATE FUNCTION hubmap.may_edit(feature_nation text) RETURNS boolean LANGUAGE sql STABLE AS $$
    SELECT EXISTS (
        SELECT 1 FROM pg_catalog.pg_roles r
        WHERE (r.rolname = 'hubmap_admin'
               OR (feature_nation IS NOT NULL AND r.rolname = 'hubmap_nation_' || lower(feature_nation)))
          AND pg_catalog.pg_has_role(current_user, r.oid, 'MEMBER'))
$$;

ALTER TABLE hubmap.features ENABLE ROW LEVEL SECURITY;
CREATE POLICY read_all ON hubmap.features FOR SELECT USING (true);
CREATE POLICY add_own ON hubmap.features FOR INSERT WITH CHECK (hubmap.may_edit(nation));
CREATE POLICY change_own ON hubmap.features FOR UPDATE
    USING (hubmap.may_edit(nation)) WITH CHECK (hubmap.may_edit(nation));
CREATE POLICY remove_own ON hubmap.features FOR DELETE USING (hubmap.may_edit(nation));
