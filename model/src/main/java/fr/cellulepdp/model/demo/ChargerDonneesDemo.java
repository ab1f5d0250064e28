package fr.cellulepdp.model.demo;

import fr.cellulepdp.model.cellule.Droits;
import fr.cellulepdp.model.cellule.Utilisateur;
import fr.cellulepdp.model.cellule.UtilisateurCourant;
import fr.cellulepdp.model.commun.SaisieInvalideException;
import java.time.LocalDate;

/**
 * Use case: fills an empty database with the demo cell, in one transaction (all or nothing). Shared by the
 * window's menu and the {@code demo} subcommand.
 */
public final class ChargerDonneesDemo {

    private final StockageDemo stockage;
    private final UtilisateurCourant utilisateurCourant;

    public ChargerDonneesDemo(StockageDemo stockage, UtilisateurCourant utilisateurCourant) {
        this.stockage = stockage;
        this.utilisateurCourant = utilisateurCourant;
    }

    /**
     * The people with an e-mail address got their personal code on a letter posted after the first past meeting,
     * so that their letters now go by e-mail. Drawn at random like any code: the demo's are no easier to guess.
     */
    private void codesRemis(JeuDemo jeu, LocalDate reference) {
        LocalDate poste = reference.minusWeeks(11);
        for (var assure : jeu.assures()) {
            if (!assure.email().isEmpty()) {
                stockage.codesCourriel().save(fr.cellulepdp.model.notification.CodeCourriel.nouveau(assure.id(),
                        poste.atStartOfDay(fr.cellulepdp.model.commun.Horloge.FUSEAU_PARIS).toInstant())
                        .remis(poste, "par courrier postal du "
                                + java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy").format(poste)));
            }
        }
    }

    /**
     * @param acteur    who asks (access rules come later; the signature will not change)
     * @param reference the day the demo cell "is": its past meetings end just before, the next one follows
     * @throws SaisieInvalideException when the database already holds situations: demo data never mixes with
     *                                 real records
     */
    public ResumeDemo executer(LocalDate reference) {
        Utilisateur acteur = utilisateurCourant.utilisateur();
        Droits.coordinatrice(acteur, "démonstration", "charge les données de démonstration");
        JeuDemo jeu = DonneesDemo.generer(reference);
        return stockage.transactions().inTransaction(() -> {
            if (!baseVide()) {
                throw new SaisieInvalideException("", "La base contient déjà des données : les données de "
                        + "démonstration ne se chargent que dans une base vide.");
            }
            stockage.cellules().save(jeu.cellule());
            jeu.catalogue().forEach(stockage.catalogueMesures()::save);
            jeu.membres().forEach(stockage.membres()::save);
            jeu.organisations().forEach(stockage.organisations()::save);
            jeu.assures().forEach(stockage.assures()::save);
            codesRemis(jeu, reference);
            jeu.situations().forEach(stockage.situations()::save);
            jeu.demandes().forEach(stockage.demandes()::save);
            jeu.seances().forEach(stockage.seances()::save);
            jeu.decisions().forEach(stockage.decisions()::save);
            jeu.suivis().forEach(stockage.suivis()::save);
            return new ResumeDemo(jeu.membres().size(), jeu.assures().size(), jeu.situations().size(),
                    jeu.demandes().size(), jeu.seances().size(), jeu.decisions().size(), jeu.suivis().size());
        });
    }

    /**
     * Whether the demo may be loaded now (the database is empty): the window offers it only then, rather than
     * refusing it once asked.
     */
    public boolean possible() {
        Droits.coordinatrice(utilisateurCourant.utilisateur(), "démonstration",
                "charge les données de démonstration");
        return stockage.transactions().inTransaction(this::baseVide);
    }

    private boolean baseVide() {
        return stockage.situations().count() == 0 && stockage.cellules().count() == 0
                && stockage.membres().count() == 0 && stockage.organisations().count() == 0;
    }
}
