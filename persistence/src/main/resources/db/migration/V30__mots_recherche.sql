-- The Situations search by index instead of reading every file (issue 22): the words a file is found by
-- (MotsRecherche: its file number in three forms, the words of the person's names and employer, folded), one row
-- each. A search word matches the beginning of a word, "mot LIKE 'abc%'": a range of ix_situation_mot_mot.
-- du_numero marks the words of the file number, the only ones a partner's search may match. The repositories
-- write a file's words with it, and again for every file of a person whose name or employer changes; the Java
-- migration V30_1 (RemplirMotsRecherche) writes those of the files already there.
CREATE TABLE situation_mot (
    situation_id UUID         NOT NULL,
    mot          VARCHAR(100) NOT NULL,
    du_numero    BOOLEAN      NOT NULL
);
CREATE INDEX ix_situation_mot_mot ON situation_mot (mot, situation_id);
-- the words of one file, rewritten when it is saved, and a frequent word checked file by file (declared before the
-- key, so that H2 makes no second one)
CREATE INDEX ix_situation_mot_situation ON situation_mot (situation_id, mot);
ALTER TABLE situation_mot ADD CONSTRAINT fk_situation_mot_situation FOREIGN KEY (situation_id)
    REFERENCES situation (id) ON DELETE CASCADE;
-- The « en attente » filter: the files with a request to study or on an agenda, read from this index alone.
CREATE INDEX ix_demande_statut_situation ON demande (statut, situation_id);
