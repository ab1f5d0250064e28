-- An urgent decision taken between meetings names the medical référent who took it with the coordinatrice.
ALTER TABLE decision ADD COLUMN referent_medical_urgence_id UUID REFERENCES membre (id);
