-- PostgreSQL only (issue 27, decision 0042): a partner's whole session through his own login role, his rights
-- narrowed to what the application shows him, and an append-only store of the trail's seals.

-- 1. The partner reads people's initials, never their names: the name columns are no longer his, and a view gives
--    the first letters of the persons of the files shared with him (the application writes them « J. D. »). The
--    view runs with its owner's rights, so it filters itself: a partner's role sees the shared persons only, the
--    other roles (internal, owner) every person. Internal roles read assure directly anyway.
REVOKE SELECT (nom, prenom) ON assure FROM cellule_pdp_partenaire;
CREATE VIEW assure_initiales AS
    SELECT a.id, left(a.prenom, 1) AS initiale_prenom, left(a.nom, 1) AS initiale_nom FROM assure a
    WHERE NOT pg_has_role(current_user, 'cellule_pdp_partenaire', 'MEMBER')
       OR EXISTS (SELECT 1 FROM situation s WHERE s.assure_id = a.id AND partagee_avec_session(s.id));
GRANT SELECT ON assure_initiales TO cellule_pdp_interne, cellule_pdp_partenaire;

-- 2. His session: he signs what he does, so he reads and (re)writes his own signing key, and appends to the trail
--    in his own name. Of the trail he reads the chain's links only (number and hash): the details stay unread.
GRANT SELECT, INSERT, DELETE ON cle_signature TO cellule_pdp_partenaire;
ALTER TABLE cle_signature ENABLE ROW LEVEL SECURITY;
CREATE POLICY interne ON cle_signature TO cellule_pdp_interne USING (TRUE) WITH CHECK (TRUE);
-- every public key is readable (the application checks the trail's signatures); a private half is wrapped anyway
CREATE POLICY lecture ON cle_signature FOR SELECT TO cellule_pdp_partenaire USING (TRUE);
CREATE POLICY la_sienne ON cle_signature FOR INSERT TO cellule_pdp_partenaire
    WITH CHECK (identifiant = compte_de_session());
CREATE POLICY la_sienne_remplacee ON cle_signature FOR DELETE TO cellule_pdp_partenaire
    USING (identifiant = compte_de_session());
-- Of the trail he reads what a login reads (the accounts' key registrations and attested roles, RolesAttestes) and
-- the head the next entry chains to; the other entries' details stay unread.
CREATE FUNCTION tete_journal() RETURNS BIGINT LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT AS $$
    SELECT max(numero_sequence) FROM evenement_audit
$$;
REVOKE ALL ON FUNCTION tete_journal() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION tete_journal() TO cellule_pdp_partenaire;
GRANT SELECT, INSERT ON evenement_audit TO cellule_pdp_partenaire;
ALTER TABLE evenement_audit ENABLE ROW LEVEL SECURITY;
CREATE POLICY interne ON evenement_audit TO cellule_pdp_interne USING (TRUE) WITH CHECK (TRUE);
CREATE POLICY cles_roles_et_tete ON evenement_audit FOR SELECT TO cellule_pdp_partenaire
    USING (action IN ('CLE_SIGNATURE', 'ROLE_COMPTE') OR numero_sequence = tete_journal());
CREATE POLICY en_son_nom ON evenement_audit FOR INSERT TO cellule_pdp_partenaire
    WITH CHECK (acteur = compte_de_session());

-- A new key drops the account's envelope of the medical key (a partner has none): he may name his own row, never
-- read an envelope.
GRANT SELECT (identifiant), DELETE ON cle_medicale TO cellule_pdp_partenaire;
ALTER TABLE cle_medicale ENABLE ROW LEVEL SECURITY;
CREATE POLICY interne ON cle_medicale TO cellule_pdp_interne USING (TRUE) WITH CHECK (TRUE);
CREATE POLICY la_sienne ON cle_medicale FOR SELECT TO cellule_pdp_partenaire USING (identifiant = compte_de_session());
CREATE POLICY la_sienne_retiree ON cle_medicale FOR DELETE TO cellule_pdp_partenaire
    USING (identifiant = compte_de_session());

-- 3. The meetings whose documents he may open: the meetings and who attends, the agenda's points of shared files.
GRANT SELECT ON seance, seance_presence, seance_invite, point_ordre_du_jour, point_demande, point_recusation
    TO cellule_pdp_partenaire;
ALTER TABLE point_ordre_du_jour ENABLE ROW LEVEL SECURITY;
CREATE POLICY interne ON point_ordre_du_jour TO cellule_pdp_interne USING (TRUE) WITH CHECK (TRUE);
CREATE POLICY partagee ON point_ordre_du_jour FOR SELECT TO cellule_pdp_partenaire
    USING (EXISTS (SELECT 1 FROM situation s WHERE s.id = situation_id));
ALTER TABLE point_demande ENABLE ROW LEVEL SECURITY;
CREATE POLICY interne ON point_demande TO cellule_pdp_interne USING (TRUE) WITH CHECK (TRUE);
CREATE POLICY partagee ON point_demande FOR SELECT TO cellule_pdp_partenaire
    USING (EXISTS (SELECT 1 FROM point_ordre_du_jour p WHERE p.id = point_id));
ALTER TABLE point_recusation ENABLE ROW LEVEL SECURITY;
CREATE POLICY interne ON point_recusation TO cellule_pdp_interne USING (TRUE) WITH CHECK (TRUE);
CREATE POLICY partagee ON point_recusation FOR SELECT TO cellule_pdp_partenaire
    USING (EXISTS (SELECT 1 FROM point_ordre_du_jour p WHERE p.id = point_id));

-- 4. The seals of the trail's head, appended at each close of a session as the encrypted H2 file's key ring is:
--    no application role may change or remove one (INSERT and SELECT only), so entries removed from the end of the
--    trail afterwards are named by verify-audit. Only the owner (the server's administrator) could.
CREATE TABLE sceau_journal (
    numero     BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    sequence   BIGINT NOT NULL,
    hash       VARCHAR(200) NOT NULL,
    acteur     VARCHAR(100) NOT NULL,
    signature  VARCHAR(200) NOT NULL,
    scelle_le  TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP
);
REVOKE ALL ON sceau_journal FROM cellule_pdp_interne;
GRANT SELECT, INSERT ON sceau_journal TO cellule_pdp_interne, cellule_pdp_partenaire;

-- 5. His own new password: the application saves the whole account row, so his role may name every column in the
--    update; the trigger of V27, widened, refuses any change but the password and the failed logins from anyone but
--    a coordinatrice (a partner moving his account to another member would see another type's files).
GRANT UPDATE ON compte TO cellule_pdp_partenaire;
CREATE OR REPLACE FUNCTION role_de_compte_par_coordinatrice() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
    IF (TG_OP = 'INSERT' OR NEW.role IS DISTINCT FROM OLD.role OR NEW.identifiant IS DISTINCT FROM OLD.identifiant
            OR NEW.id IS DISTINCT FROM OLD.id OR NEW.membre_id IS DISTINCT FROM OLD.membre_id
            OR NEW.actif IS DISTINCT FROM OLD.actif)
            AND (pg_has_role(session_user, 'cellule_pdp_interne', 'MEMBER')
                 OR pg_has_role(session_user, 'cellule_pdp_partenaire', 'MEMBER'))
            AND NOT pg_has_role(session_user, 'cellule_pdp_coordinatrice', 'MEMBER') THEN
        RAISE EXCEPTION 'seule la coordinatrice crée un compte ou change son rôle' USING ERRCODE = '42501';
    END IF;
    RETURN NEW;
END
$$;
