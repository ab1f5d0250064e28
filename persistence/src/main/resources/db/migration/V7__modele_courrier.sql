-- The cell's wording of the notification letters, one template per outcome; an outcome without a row uses the
-- application's default wording.
CREATE TABLE modele_courrier (
    id      UUID PRIMARY KEY,
    version BIGINT NOT NULL,
    issue   VARCHAR(30) NOT NULL,
    texte   VARCHAR(10000) NOT NULL,
    CONSTRAINT uq_modele_courrier_issue UNIQUE (issue)
);
