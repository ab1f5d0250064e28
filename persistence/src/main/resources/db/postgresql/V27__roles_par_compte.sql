-- PostgreSQL only (location db/postgresql; the H2 file never runs it): the server enforces the rights itself
-- (issue 27, decision 0034). Each account connects as its own login role, member of the group role of its
-- application role; the group roles get the GRANTs, and row-level security lets a partner's role read only the
-- files whose valid consent covers his organisation type, never the NIR nor a medical opinion.
-- The migration runs as the owner of the tables: it creates the group roles when it may (CREATEROLE), or finds them
-- created beforehand by an administrator (scripts/postgresql-roles.sql).

DO $$
DECLARE
    groupe TEXT;
BEGIN
    FOREACH groupe IN ARRAY ARRAY['cellule_pdp_interne', 'cellule_pdp_coordinatrice', 'cellule_pdp_referent_medical',
            'cellule_pdp_referent_social', 'cellule_pdp_referent_administratif', 'cellule_pdp_partenaire'] LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = groupe) THEN
            IF NOT (SELECT rolcreaterole OR rolsuper FROM pg_roles WHERE rolname = current_user) THEN
                RAISE EXCEPTION 'Le rôle de groupe « % » n''existe pas et « % » ne peut pas le créer (CREATEROLE) : '
                    'faites exécuter scripts/postgresql-roles.sql par un administrateur du serveur.', groupe,
                    current_user USING ERRCODE = '42501';
            END IF;
            EXECUTE format('CREATE ROLE %I NOLOGIN', groupe);
        END IF;
    END LOOP;
    -- the internal roles share the ordinary rights; each keeps its own name for what only it may do
    GRANT cellule_pdp_interne TO cellule_pdp_coordinatrice, cellule_pdp_referent_medical,
        cellule_pdp_referent_social, cellule_pdp_referent_administratif;
    EXECUTE format('GRANT USAGE ON SCHEMA %I TO cellule_pdp_interne, cellule_pdp_partenaire', current_schema());
END
$$;

-- Which login role is which account: filled by the application when it creates an account's role, or by an
-- administrator who maps an existing role (the `map-db-role` command, or the SQL script).
CREATE TABLE role_base_compte (
    role_base    VARCHAR(63) PRIMARY KEY,
    identifiant  VARCHAR(100) NOT NULL UNIQUE REFERENCES compte (identifiant) ON DELETE CASCADE,
    cree_par_application BOOLEAN NOT NULL
);

-- Internal roles: the ordinary work on every table. Who may change what is the application's (Droits), except the
-- accounts' roles below; the medical opinions are encrypted by the application (CleMedicale) before they get here.
DO $$
BEGIN
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA %I TO cellule_pdp_interne',
        current_schema());
    EXECUTE format('GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA %I TO cellule_pdp_interne', current_schema());
    -- the tables of later migrations too (they run as the same owner)
    EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA %I GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES '
        'TO cellule_pdp_interne', current_schema());
END
$$;
REVOKE INSERT, UPDATE, DELETE ON role_base_compte FROM cellule_pdp_interne;
GRANT INSERT, UPDATE, DELETE ON role_base_compte TO cellule_pdp_coordinatrice;
REVOKE INSERT, UPDATE, DELETE ON flyway_schema_history FROM cellule_pdp_interne;

-- The account of the session's login role (session_user: the function runs as the owner).
CREATE FUNCTION compte_de_session() RETURNS VARCHAR(100) LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path FROM CURRENT AS $$
    SELECT r.identifiant FROM role_base_compte r JOIN compte c ON c.identifiant = r.identifiant
    WHERE r.role_base = session_user AND c.actif
$$;

-- True when the file's consent, valid today, covers the organisation type of the session's partner account.
CREATE FUNCTION partagee_avec_session(dossier UUID) RETURNS BOOLEAN LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path FROM CURRENT AS $$
    SELECT EXISTS (SELECT 1 FROM situation s
        JOIN situation_consentement_partenaire p ON p.situation_id = s.id
        JOIN compte c ON c.identifiant = compte_de_session()
        JOIN membre m ON m.id = c.membre_id AND m.partenaire = p.partenaire
        WHERE s.id = dossier AND s.consentement_date <= CURRENT_DATE
          AND (s.consentement_retrait IS NULL OR s.consentement_retrait > CURRENT_DATE))
$$;
REVOKE ALL ON FUNCTION compte_de_session(), partagee_avec_session(UUID) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION compte_de_session(), partagee_avec_session(UUID)
    TO cellule_pdp_interne, cellule_pdp_partenaire;

-- A partner: the files shared with him and what the list shows of them. Neither the NIR nor the names' search text,
-- the social notes, the medical opinion or the reasons of urgency: those columns are not granted at all.
GRANT SELECT (id, version, numero_dossier, assure_id, referent_social_id, date_signalement, origine, risque,
    debut_arret, fin_arret_prevue, consentement_date, consentement_retrait, urgent, complexe, statut, issue,
    date_cloture, service_sante_travail, numero_tri) ON situation TO cellule_pdp_partenaire;
GRANT SELECT ON situation_consentement_partenaire, demande, membre, cellule, flyway_schema_history
    TO cellule_pdp_partenaire;
GRANT SELECT (id, nom, prenom) ON assure TO cellule_pdp_partenaire;
GRANT SELECT, UPDATE (version, hash, echecs, bloque_jusqua) ON compte TO cellule_pdp_partenaire;
GRANT SELECT ON role_base_compte TO cellule_pdp_partenaire;

ALTER TABLE situation ENABLE ROW LEVEL SECURITY;
CREATE POLICY interne ON situation TO cellule_pdp_interne USING (TRUE) WITH CHECK (TRUE);
CREATE POLICY partagee ON situation FOR SELECT TO cellule_pdp_partenaire USING (partagee_avec_session(id));

-- the rows hanging from a file follow it: the sub-query on situation is itself filtered for the partner
ALTER TABLE situation_consentement_partenaire ENABLE ROW LEVEL SECURITY;
CREATE POLICY interne ON situation_consentement_partenaire TO cellule_pdp_interne USING (TRUE) WITH CHECK (TRUE);
CREATE POLICY partagee ON situation_consentement_partenaire FOR SELECT TO cellule_pdp_partenaire
    USING (EXISTS (SELECT 1 FROM situation s WHERE s.id = situation_id));
ALTER TABLE demande ENABLE ROW LEVEL SECURITY;
CREATE POLICY interne ON demande TO cellule_pdp_interne USING (TRUE) WITH CHECK (TRUE);
CREATE POLICY partagee ON demande FOR SELECT TO cellule_pdp_partenaire
    USING (EXISTS (SELECT 1 FROM situation s WHERE s.id = situation_id));
ALTER TABLE assure ENABLE ROW LEVEL SECURITY;
CREATE POLICY interne ON assure TO cellule_pdp_interne USING (TRUE) WITH CHECK (TRUE);
CREATE POLICY partagee ON assure FOR SELECT TO cellule_pdp_partenaire
    USING (EXISTS (SELECT 1 FROM situation s WHERE s.assure_id = assure.id));

-- a partner reads and updates (failed logins, his password) his own account only, and his own mapping
ALTER TABLE compte ENABLE ROW LEVEL SECURITY;
CREATE POLICY interne ON compte TO cellule_pdp_interne USING (TRUE) WITH CHECK (TRUE);
CREATE POLICY le_sien ON compte TO cellule_pdp_partenaire USING (identifiant = compte_de_session())
    WITH CHECK (identifiant = compte_de_session());
ALTER TABLE role_base_compte ENABLE ROW LEVEL SECURITY;
CREATE POLICY interne ON role_base_compte TO cellule_pdp_interne USING (TRUE) WITH CHECK (TRUE);
CREATE POLICY le_sien ON role_base_compte FOR SELECT TO cellule_pdp_partenaire USING (role_base = session_user);

-- Only the coordinatrice (or the owner, at set-up) creates accounts or changes a role: a référent's login role that
-- writes compte.role directly is refused, whatever the application believes.
CREATE FUNCTION role_de_compte_par_coordinatrice() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
    IF (TG_OP = 'INSERT' OR NEW.role IS DISTINCT FROM OLD.role OR NEW.identifiant IS DISTINCT FROM OLD.identifiant)
            AND (pg_has_role(session_user, 'cellule_pdp_interne', 'MEMBER')
                 OR pg_has_role(session_user, 'cellule_pdp_partenaire', 'MEMBER'))
            AND NOT pg_has_role(session_user, 'cellule_pdp_coordinatrice', 'MEMBER') THEN
        RAISE EXCEPTION 'seule la coordinatrice crée un compte ou change son rôle' USING ERRCODE = '42501';
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER role_de_compte_par_coordinatrice BEFORE INSERT OR UPDATE ON compte
    FOR EACH ROW EXECUTE FUNCTION role_de_compte_par_coordinatrice();
