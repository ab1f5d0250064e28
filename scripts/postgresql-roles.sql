-- Cellule PDP on a shared PostgreSQL server: the roles an administrator creates by hand (decision 0034).
-- Run with psql as a role that may create roles (a superuser, or one with CREATEROLE), connected to the cell's
-- database:   psql -h serveur -U postgres -d cellule -v proprietaire=cellule -f scripts/postgresql-roles.sql
-- Each part may be run alone; what exists already is left as it is.

-- 1. The group roles of the application roles. Migration V27 creates them itself when the owner of the tables may
--    create roles; otherwise run this once, before the application's first start on this version.
DO $$
DECLARE
    groupe TEXT;
BEGIN
    FOREACH groupe IN ARRAY ARRAY['cellule_pdp_interne', 'cellule_pdp_coordinatrice', 'cellule_pdp_referent_medical',
            'cellule_pdp_referent_social', 'cellule_pdp_referent_administratif', 'cellule_pdp_partenaire'] LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = groupe) THEN
            EXECUTE format('CREATE ROLE %I NOLOGIN', groupe);
        END IF;
    END LOOP;
END
$$;

-- 2. So that the application creates each account's login role when the coordinatrice creates the account (or gives
--    it a new password): the owner (first account, at set-up) and the coordinatrice's role need CREATEROLE.
--    The application gives CREATEROLE to the coordinatrice's role it creates itself.
ALTER ROLE :"proprietaire" CREATEROLE;

-- 3. Or, instead, map an account to a login role you create (its password stays yours to give). Uncomment and
--    adapt; then the coordinatrice runs
--      cellule-pdp --db jdbc:postgresql://serveur/cellule --db-user 'helene.martinel@cellule' --user helene.martinel \
--          map-db-role --account cap.emploi --db-role dupont_cap
--    which makes the role a member of the account's group (here cellule_pdp_partenaire). Without the application:
--      INSERT INTO role_base_compte (role_base, identifiant, cree_par_application) VALUES ('dupont_cap', 'cap.emploi', FALSE);
--      GRANT cellule_pdp_partenaire TO dupont_cap;
-- CREATE ROLE dupont_cap LOGIN PASSWORD 'un mot de passe long et unique';

-- 4. What a role may do, to check:   SELECT r.rolname, g.rolname AS groupe FROM pg_auth_members m
--      JOIN pg_roles r ON r.oid = m.member JOIN pg_roles g ON g.oid = m.roleid WHERE g.rolname LIKE 'cellule_pdp_%';
