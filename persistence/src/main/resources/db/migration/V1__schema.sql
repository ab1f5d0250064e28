-- Schema of the cell's database. Portable SQL: runs unchanged on H2 2.3 and PostgreSQL 15.
-- Aggregate roots carry a version column for optimistic locking.

CREATE TABLE cellule (
    id                   UUID PRIMARY KEY,
    version              BIGINT NOT NULL,
    nom                  VARCHAR(200) NOT NULL,
    cpam                 VARCHAR(200) NOT NULL,
    adresse_ligne1       VARCHAR(200) NOT NULL,
    adresse_ligne2       VARCHAR(200) NOT NULL,
    code_postal          VARCHAR(10) NOT NULL,
    ville                VARCHAR(100) NOT NULL,
    telephone            VARCHAR(30) NOT NULL,
    email                VARCHAR(200) NOT NULL,
    signataire_nom       VARCHAR(200) NOT NULL,
    signataire_fonction  VARCHAR(200) NOT NULL,
    quorum_coordinatrice BOOLEAN NOT NULL,
    quorum_medicaux      INTEGER NOT NULL,
    quorum_sociaux       INTEGER NOT NULL,
    quorum_administratifs INTEGER NOT NULL,
    conservation_annees  INTEGER NOT NULL,
    verrouillage_minutes INTEGER NOT NULL
);

CREATE TABLE membre (
    id            UUID PRIMARY KEY,
    version       BIGINT NOT NULL,
    civilite      VARCHAR(20) NOT NULL,
    prenom        VARCHAR(100) NOT NULL,
    nom           VARCHAR(100) NOT NULL,
    fonction      VARCHAR(200) NOT NULL,
    organisation  VARCHAR(200) NOT NULL,
    role          VARCHAR(30) NOT NULL,
    email         VARCHAR(200) NOT NULL,
    actif         BOOLEAN NOT NULL
);

CREATE TABLE assure (
    id              UUID PRIMARY KEY,
    version         BIGINT NOT NULL,
    nir             VARCHAR(15) NOT NULL,
    nom             VARCHAR(100) NOT NULL,
    prenom          VARCHAR(100) NOT NULL,
    date_naissance  DATE,
    sexe            VARCHAR(10),
    adresse_ligne1  VARCHAR(200) NOT NULL,
    adresse_ligne2  VARCHAR(200) NOT NULL,
    code_postal     VARCHAR(10) NOT NULL,
    ville           VARCHAR(100) NOT NULL,
    email           VARCHAR(200) NOT NULL,
    telephone       VARCHAR(30) NOT NULL,
    statut          VARCHAR(30) NOT NULL,
    employeur_nom   VARCHAR(200),
    employeur_siret VARCHAR(14),
    emploi          VARCHAR(200) NOT NULL,
    CONSTRAINT uq_assure_nir UNIQUE (nir)
);
CREATE INDEX ix_assure_nom ON assure (nom, prenom);

CREATE TABLE situation (
    id                   UUID PRIMARY KEY,
    version              BIGINT NOT NULL,
    numero_dossier       VARCHAR(30) NOT NULL,
    assure_id            UUID NOT NULL REFERENCES assure (id),
    referent_social_id   UUID REFERENCES membre (id),
    date_signalement     DATE,
    origine              VARCHAR(30) NOT NULL,
    risque               VARCHAR(30) NOT NULL,
    debut_arret          DATE,
    fin_arret_prevue     DATE,
    consentement_date    DATE,
    consentement_retrait DATE,
    urgent               BOOLEAN NOT NULL,
    urgent_motif         VARCHAR(1000) NOT NULL,
    complexe             BOOLEAN NOT NULL,
    complexe_motif       VARCHAR(1000) NOT NULL,
    notes_sociales       VARCHAR(10000) NOT NULL,
    avis_medical         VARCHAR(10000) NOT NULL,
    statut               VARCHAR(20) NOT NULL,
    issue                VARCHAR(40),
    date_cloture         DATE,
    CONSTRAINT uq_situation_numero UNIQUE (numero_dossier)
);
CREATE INDEX ix_situation_assure ON situation (assure_id);
CREATE INDEX ix_situation_statut ON situation (statut);

CREATE TABLE situation_consentement_partenaire (
    situation_id UUID NOT NULL REFERENCES situation (id) ON DELETE CASCADE,
    partenaire   VARCHAR(40) NOT NULL,
    PRIMARY KEY (situation_id, partenaire)
);

CREATE TABLE demande (
    id                 UUID PRIMARY KEY,
    version            BIGINT NOT NULL,
    situation_id       UUID NOT NULL REFERENCES situation (id),
    mesure             VARCHAR(40) NOT NULL,
    libelle_autre      VARCHAR(200) NOT NULL,
    date_demande       DATE NOT NULL,
    accueil_nom        VARCHAR(200),
    accueil_siret      VARCHAR(14),
    tuteur             VARCHAR(200) NOT NULL,
    prescripteur       VARCHAR(200) NOT NULL,
    date_debut         DATE,
    date_fin           DATE,
    duree              INTEGER,
    renouvellement     BOOLEAN NOT NULL,
    cout               NUMERIC(12, 2),
    financement        VARCHAR(200) NOT NULL,
    avis_technique     VARCHAR(10000) NOT NULL,
    statut             VARCHAR(20) NOT NULL
);
CREATE INDEX ix_demande_situation ON demande (situation_id);
CREATE INDEX ix_demande_statut ON demande (statut);

CREATE TABLE demande_accord_obtenu (
    demande_id UUID NOT NULL REFERENCES demande (id) ON DELETE CASCADE,
    accord     VARCHAR(30) NOT NULL,
    PRIMARY KEY (demande_id, accord)
);

CREATE TABLE seance (
    id            UUID PRIMARY KEY,
    version       BIGINT NOT NULL,
    numero        INTEGER NOT NULL,
    date_seance   DATE NOT NULL,
    heure         TIME,
    lieu          VARCHAR(300) NOT NULL,
    lien_visio    VARCHAR(500) NOT NULL,
    statut        VARCHAR(20) NOT NULL,
    secretaire_id UUID REFERENCES membre (id)
);
CREATE INDEX ix_seance_date ON seance (date_seance);

CREATE TABLE seance_presence (
    seance_id UUID NOT NULL REFERENCES seance (id) ON DELETE CASCADE,
    membre_id UUID NOT NULL REFERENCES membre (id),
    etat      VARCHAR(10) NOT NULL,
    position  INTEGER NOT NULL,
    PRIMARY KEY (seance_id, membre_id)
);

CREATE TABLE seance_invite (
    seance_id UUID NOT NULL REFERENCES seance (id) ON DELETE CASCADE,
    position  INTEGER NOT NULL,
    nom       VARCHAR(300) NOT NULL,
    PRIMARY KEY (seance_id, position)
);

CREATE TABLE point_ordre_du_jour (
    id                   UUID PRIMARY KEY,
    seance_id            UUID NOT NULL REFERENCES seance (id) ON DELETE CASCADE,
    position             INTEGER NOT NULL,
    situation_id         UUID NOT NULL REFERENCES situation (id),
    categorie            VARCHAR(20) NOT NULL,
    duree_prevue_minutes INTEGER NOT NULL
);
CREATE INDEX ix_point_seance ON point_ordre_du_jour (seance_id, position);

CREATE TABLE point_demande (
    point_id   UUID NOT NULL REFERENCES point_ordre_du_jour (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    demande_id UUID NOT NULL REFERENCES demande (id),
    PRIMARY KEY (point_id, position)
);

CREATE TABLE point_recusation (
    point_id  UUID NOT NULL REFERENCES point_ordre_du_jour (id) ON DELETE CASCADE,
    membre_id UUID NOT NULL REFERENCES membre (id),
    PRIMARY KEY (point_id, membre_id)
);

CREATE TABLE decision (
    id                    UUID PRIMARY KEY,
    version               BIGINT NOT NULL,
    demande_id            UUID NOT NULL REFERENCES demande (id),
    seance_id             UUID REFERENCES seance (id),
    issue                 VARCHAR(30) NOT NULL,
    avis_medical          VARCHAR(20) NOT NULL,
    motifs                VARCHAR(10000) NOT NULL,
    conditions            VARCHAR(10000) NOT NULL,
    date_debut_accordee   DATE,
    date_fin_accordee     DATE,
    montant_accorde       NUMERIC(12, 2),
    elements_manquants    VARCHAR(10000) NOT NULL,
    date_limite_elements  DATE,
    derogation            VARCHAR(10000) NOT NULL,
    rectifie_decision_id  UUID REFERENCES decision (id),
    decidee_le            TIMESTAMP WITH TIME ZONE NOT NULL,
    decidee_par_id        UUID REFERENCES membre (id)
);
CREATE INDEX ix_decision_demande ON decision (demande_id);
CREATE INDEX ix_decision_seance ON decision (seance_id);

CREATE TABLE suivi (
    id             UUID PRIMARY KEY,
    version        BIGINT NOT NULL,
    situation_id   UUID NOT NULL REFERENCES situation (id),
    decision_id    UUID REFERENCES decision (id),
    action         VARCHAR(1000) NOT NULL,
    responsable_id UUID REFERENCES membre (id),
    echeance       DATE NOT NULL,
    realise_le     DATE,
    note           VARCHAR(10000) NOT NULL
);
CREATE INDEX ix_suivi_situation ON suivi (situation_id);
CREATE INDEX ix_suivi_echeance ON suivi (echeance);

CREATE TABLE notification (
    id              UUID PRIMARY KEY,
    version         BIGINT NOT NULL,
    decision_id     UUID NOT NULL REFERENCES decision (id),
    destinataire    VARCHAR(30) NOT NULL,
    canal           VARCHAR(20) NOT NULL,
    statut          VARCHAR(30) NOT NULL,
    sha256          VARCHAR(64) NOT NULL,
    tentatives      INTEGER NOT NULL,
    envoyee_le      TIMESTAMP WITH TIME ZONE,
    derniere_erreur VARCHAR(2000) NOT NULL
);
CREATE INDEX ix_notification_decision ON notification (decision_id);

CREATE TABLE regle_mesure (
    mesure                    VARCHAR(40) PRIMARY KEY,
    unite                     VARCHAR(20) NOT NULL,
    duree_max                 INTEGER,
    renouvellements_max       INTEGER,
    duree_max_totale_par_arret INTEGER,
    accords_requis            VARCHAR(200) NOT NULL,
    statuts_eligibles         VARCHAR(200) NOT NULL,
    arret_minimum_jours       INTEGER,
    cout_unitaire_max         NUMERIC(12, 2),
    suivi_seulement           BOOLEAN NOT NULL,
    reference                 VARCHAR(500) NOT NULL
);

CREATE TABLE evenement_audit (
    numero_sequence BIGINT PRIMARY KEY,
    horodatage     TIMESTAMP WITH TIME ZONE NOT NULL,
    acteur         VARCHAR(100) NOT NULL,
    action         VARCHAR(100) NOT NULL,
    type_objet     VARCHAR(50) NOT NULL,
    objet_id       UUID,
    details        VARCHAR(10000) NOT NULL,
    hash_precedent VARCHAR(64) NOT NULL,
    hash           VARCHAR(64) NOT NULL
);
