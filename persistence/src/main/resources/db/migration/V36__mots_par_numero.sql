-- The Situations search walks a word's index entries newest file first (issue 22, decision 0050): each word row
-- carries its file's sort key (situation.numero_tri), so that the index (mot, numero_tri DESC, situation_id) gives
-- a word's files already in the page's order and the intersection of several words is a merge of ordered ranges.
-- Filled by the Java migration 36.1 (V36_1__RangerMotsParNumero), which then makes the index and the column
-- NOT NULL; the repositories and the import write it with every word. IF [NOT] EXISTS: H2 commits each statement
-- by itself, so a process killed before Flyway wrote its history runs them again.
-- The index (mot, situation_id) goes first, so that neither the column's addition (H2 copies the table) nor its
-- filling maintains it: 36.1 makes (mot, numero_tri DESC, situation_id) on H2, which answers the same ranges; on
-- PostgreSQL the index of V30.1 with varchar_pattern_ops answers them (the plain one served no LIKE there).
DROP INDEX IF EXISTS ix_situation_mot_mot;
ALTER TABLE situation_mot ADD COLUMN IF NOT EXISTS numero_tri VARCHAR(40);
