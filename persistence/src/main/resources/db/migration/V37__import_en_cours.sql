-- The imports under way on the embedded H2 file, which commits an import batch by batch (decision 0051): every
-- identifier an import gives (people and files) begins with its 64 bits « prefixe ». A line left here by a crash
-- names an unfinished import: its rows are removed when the database next opens. Empty on PostgreSQL, where an
-- import is one transaction.
CREATE TABLE import_en_cours (
    prefixe BIGINT PRIMARY KEY,
    debut TIMESTAMP WITH TIME ZONE NOT NULL
);
