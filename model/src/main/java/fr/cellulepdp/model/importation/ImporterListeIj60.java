package fr.cellulepdp.model.importation;

import fr.cellulepdp.model.audit.Audit;
import fr.cellulepdp.model.cellule.Droits;
import fr.cellulepdp.model.cellule.Utilisateur;
import fr.cellulepdp.model.commun.Horloge;
import fr.cellulepdp.model.commun.Stockage;
import fr.cellulepdp.model.situation.Assure;
import fr.cellulepdp.model.situation.NumerotationDossiers;
import fr.cellulepdp.model.situation.Origine;
import fr.cellulepdp.model.situation.Situation;
import fr.cellulepdp.model.situation.StatutSituation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Use case: the monthly list of people on sick leave for 60 days or more. {@link #apercu} classifies every
 * row without writing; {@link #importer} then creates the new situations in one transaction, so a failure or
 * a crash in the middle leaves the database as it was. A person already followed (open situation) is never
 * duplicated, nor the same person twice from one file.
 */
public final class ImporterListeIj60 {

    private final Stockage stockage;
    private final Horloge horloge;

    public ImporterListeIj60(Stockage stockage, Horloge horloge) {
        this.stockage = stockage;
        this.horloge = horloge;
    }

    public ApercuImport apercu(Utilisateur acteur, List<LigneImport> lignes) {
        Droits.dossiers(acteur, "import");
        Connus connus = Connus.lire(stockage);
        AnalyseLigneIj60 analyse = new AnalyseLigneIj60(horloge.aujourdhui());
        Map<String, Integer> premiereLigneParNir = new HashMap<>();
        List<LigneClassee> classees = new ArrayList<>(lignes.size());
        for (LigneImport ligne : lignes) {
            AnalyseLigneIj60.Resultat resultat = analyse.analyser(ligne);
            if (resultat.erreur() != null) {
                classees.add(LigneClassee.erreur(ligne.numeroLigne(), resultat.erreur()));
                continue;
            }
            String nir = resultat.assure().nir().valeur();
            Integer premiere = premiereLigneParNir.putIfAbsent(nir, ligne.numeroLigne());
            if (premiere != null) {
                classees.add(LigneClassee.erreur(ligne.numeroLigne(),
                        "même personne (même NIR) qu'à la ligne " + premiere));
                continue;
            }
            Situation ouverte = connus.situationOuverte(nir);
            if (ouverte != null) {
                classees.add(LigneClassee.dejaSuivie(ligne.numeroLigne(), ouverte.numeroDossier()));
                continue;
            }
            Assure assure = connus.assure(nir);
            classees.add(new LigneClassee(ligne.numeroLigne(), ClasseLigne.NOUVELLE, "", "",
                    assure != null ? assure : resultat.assure(), resultat.risque(), resultat.debutArret()));
        }
        return new ApercuImport(classees);
    }

    /** Creates a situation for every new row of the preview, all or nothing. */
    public ResultatImport importer(Utilisateur acteur, ApercuImport apercu, ProgressionImport progression) {
        Droits.dossiers(acteur, "import");
        List<LigneClassee> nouvelles = apercu.nouvelles();
        return stockage.transactions().inTransaction(() -> {
            stockage.transactions().verrouiller(NumerotationDossiers.VERROU);
            // read again inside the transaction: another import may have run since the preview
            Connus connus = Connus.lire(stockage);
            LocalDate aujourdhui = horloge.aujourdhui();
            NumerotationDossiers numeros = new NumerotationDossiers(aujourdhui.getYear(), connus.numerosDossier());
            int situations = 0;
            int personnes = 0;
            int faites = 0;
            for (LigneClassee ligne : nouvelles) {
                String nir = ligne.assure().nir().valeur();
                if (connus.situationOuverte(nir) == null) {
                    Assure assure = connus.assure(nir);
                    if (assure == null) {
                        assure = stockage.assures().save(ligne.assure());
                        personnes++;
                    }
                    Situation situation = stockage.situations().save(new Situation(UUID.randomUUID(), 0,
                            numeros.suivant(), assure.id(), null, aujourdhui, Origine.REQUETE_IJ_60J, ligne.risque(),
                            ligne.debutArret(), null, null, null, null, "", "", StatutSituation.OUVERTE, null, null, ""));
                    connus.ajouter(assure, situation);
                    situations++;
                }
                progression.avancer(++faites, nouvelles.size());
            }
            new Audit(stockage, horloge).noter(acteur, "IMPORT_IJ60", "Situation", null, situations
                    + " situation(s) créée(s), " + personnes + " personne(s) nouvelle(s), "
                    + (apercu.lignes().size() - situations) + " ligne(s) écartée(s)");
            return new ResultatImport(situations, personnes, apercu.lignes().size() - situations);
        });
    }

    /** People and open files already in the database, by NIR, read once per preview or import. */
    private static final class Connus {
        private final Map<String, Assure> assuresParNir = new HashMap<>();
        private final Map<UUID, Situation> ouverteParAssure = new HashMap<>();
        private final List<String> numerosDossier = new ArrayList<>();

        static Connus lire(Stockage stockage) {
            Connus connus = new Connus();
            stockage.assures().findAll().forEach(a -> connus.assuresParNir.put(a.nir().valeur(), a));
            for (Situation situation : stockage.situations().findAll()) {
                connus.numerosDossier.add(situation.numeroDossier());
                if (situation.estOuverte()) {
                    connus.ouverteParAssure.put(situation.assureId(), situation);
                }
            }
            return connus;
        }

        Assure assure(String nir) {
            return assuresParNir.get(nir);
        }

        Situation situationOuverte(String nir) {
            Assure assure = assuresParNir.get(nir);
            return assure == null ? null : ouverteParAssure.get(assure.id());
        }

        List<String> numerosDossier() {
            return numerosDossier;
        }

        void ajouter(Assure assure, Situation situation) {
            assuresParNir.put(assure.nir().valeur(), assure);
            ouverteParAssure.put(assure.id(), situation);
        }
    }
}
