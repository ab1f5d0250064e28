package fr.cellulepdp.model.importation;

import fr.cellulepdp.model.commun.Progression;
import fr.cellulepdp.model.audit.Audit;
import fr.cellulepdp.model.cellule.Droits;
import fr.cellulepdp.model.cellule.Utilisateur;
import fr.cellulepdp.model.cellule.UtilisateurCourant;
import fr.cellulepdp.model.commun.Horloge;
import fr.cellulepdp.model.situation.NumerotationDossiers;
import fr.cellulepdp.model.situation.Origine;
import fr.cellulepdp.model.situation.Situation;
import fr.cellulepdp.model.situation.StatutSituation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Use case: the monthly list of people on sick leave for 60 days or more. {@link #apercu} classifies every
 * row without writing; {@link #importer} then reads the rows again and creates the new situations all or nothing
 * (one transaction, or batches committed one by one and undone together: {@link EcritureImport}), so a failure or
 * a crash in the middle leaves the database as it was. A person already followed
 * (open situation) is never duplicated, nor the same person twice from one file. The command line has no preview to
 * confirm: {@link #importerEnUneLecture} classifies and writes in one reading. Every pass streams the rows and
 * works a batch at a time (see {@link ClassementParLots}): a list of 100 000 rows fits in a small heap.
 */
public final class ImporterListeIj60 {

    private final StockageImportation stockage;
    private final Horloge horloge;
    private final UtilisateurCourant utilisateurCourant;

    public ImporterListeIj60(StockageImportation stockage, Horloge horloge, UtilisateurCourant utilisateurCourant) {
        this.stockage = stockage;
        this.horloge = horloge;
        this.utilisateurCourant = utilisateurCourant;
    }

    /**
     * The right to import, for the callers to check before they open the list's file: it names people on sick leave,
     * and a role that may not import does not get it read, nor its errors reported.
     */
    public void autoriser() {
        Droits.dossiers(utilisateurCourant.utilisateur(), "import");
    }

    public ApercuImport apercu(List<LigneImport> lignes) {

        Utilisateur acteur = utilisateurCourant.utilisateur();
        return apercu(SourceLignesImport.de(lignes));
    }

    public ApercuImport apercu(SourceLignesImport source) {

        Utilisateur acteur = utilisateurCourant.utilisateur();
        Droits.dossiers(acteur, "import");
        List<LigneClassee> classees = new ArrayList<>();
        new ClassementParLots(stockage, horloge.aujourdhui())
                .parcourir(source, lot -> lot.forEach(c -> classees.add(c.ligne())));
        return new ApercuImport(classees, source);
    }

    /**
     * Creates a situation for every new row of the preview, all or nothing: a row new in the preview that another
     * import has since brought in is left out; a row that no longer reads as it did (the file changed since the
     * preview) refuses the whole import.
     */
    public ResultatImport importer(ApercuImport apercu, Progression progression) {
        Utilisateur acteur = utilisateurCourant.utilisateur();
        Droits.dossiers(acteur, "import");
        return toutOuRien(acteur, apercu.source(), new LignesDeLApercu(apercu), progression);
    }

    /**
     * The command line's import, which has no preview to confirm: classifies every row and writes the new ones in the
     * same reading of the file, all or nothing as {@link #importer} (a row in error is reported and left out, as
     * there). One reading instead of two: the preview's pass was some 13 % of a large import (decision 0063).
     */
    public ImportEnUneLecture importerEnUneLecture(SourceLignesImport source, Progression progression) {
        Utilisateur acteur = utilisateurCourant.utilisateur();
        Droits.dossiers(acteur, "import");
        LignesLuesUneFois lignes = new LignesLuesUneFois(source.nombreDeLignes());
        ResultatImport resultat = toutOuRien(acteur, source, lignes, progression);
        return new ImportEnUneLecture(lignes.classement(source), resultat);
    }

    private ResultatImport toutOuRien(Utilisateur acteur, SourceLignesImport source, LignesAEcrire lignes,
                                      Progression progression) {
        IdentifiantsOrdonnes identifiants = new IdentifiantsOrdonnes(horloge.maintenant().toEpochMilli());
        EcritureImport ecriture = stockage.ecritureImport();
        ecriture.commencer(identifiants.get());
        try {
            return stockage.transactions().inTransaction(() -> ecrire(acteur, source, lignes, progression,
                    identifiants, ecriture));
        } catch (RuntimeException | Error e) {
            try {
                ecriture.annuler();
            } catch (RuntimeException suite) {
                // the batches stay marked unfinished: the database removes them when it next opens
                e.addSuppressed(suite);
            }
            throw e;
        }
    }

    private ResultatImport ecrire(Utilisateur acteur, SourceLignesImport source, LignesAEcrire lignes,
                                  Progression progression, IdentifiantsOrdonnes identifiants,
                                  EcritureImport ecriture) {
        stockage.transactions().verrouiller(NumerotationDossiers.VERROU);
        LocalDate aujourdhui = horloge.aujourdhui();
        NumerotationDossiers numeros = NumerotationDossiers.de(stockage.situations(), aujourdhui.getYear());
        int[] compte = new int[2]; // situations, people
        new ClassementParLots(stockage, aujourdhui, identifiants).parcourir(source, lot -> {
            List<EcritureImport.DossierImporte> dossiers = new ArrayList<>();
            int personnes = 0;
            for (ClassementParLots.Classee classee : lot) {
                if (!lignes.aCreer(classee)) {
                    continue;
                }
                boolean nouvelle = classee.assure().version() == 0;
                personnes += nouvelle ? 1 : 0;
                dossiers.add(new EcritureImport.DossierImporte(new Situation(identifiants.get(), 0,
                        numeros.suivant(), classee.assure().id(), null, aujourdhui, Origine.REQUETE_IJ_60J,
                        classee.risque(), classee.debutArret(), null, null, null, null, "", "",
                        StatutSituation.OUVERTE, null, null, ""), classee.assure(), nouvelle));
            }
            ecriture.ecrire(dossiers);
            compte[0] += dossiers.size();
            compte[1] += personnes;
            progression.avancer(lignes.faites(), lignes.total());
        });
        lignes.verifierFin();
        int ecartees = lignes.lignes() - compte[0];
        ecriture.terminer();
        new Audit(stockage, horloge).noter(acteur, "IMPORT_IJ60", "Situation", null, compte[0]
                + " situation(s) créée(s), " + compte[1] + " personne(s) nouvelle(s), " + ecartees
                + " ligne(s) écartée(s)");
        return new ResultatImport(compte[0], compte[1], ecartees);
    }
}
