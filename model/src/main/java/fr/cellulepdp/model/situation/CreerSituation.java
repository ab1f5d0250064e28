package fr.cellulepdp.model.situation;

import fr.cellulepdp.model.audit.Audit;
import fr.cellulepdp.model.cellule.Droits;
import fr.cellulepdp.model.cellule.Utilisateur;
import fr.cellulepdp.model.cellule.UtilisateurCourant;
import fr.cellulepdp.model.commun.Horloge;
import fr.cellulepdp.model.commun.Probleme;
import fr.cellulepdp.model.commun.SaisieInvalideException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Use case: records a person and a new situation from the form, in one transaction. A person may have several
 * situations over time but one open at a time: a NIR that already has an open situation leads to it instead
 * of creating a duplicate.
 */
public final class CreerSituation {

    private final StockageSituations stockage;
    private final Horloge horloge;
    private final UtilisateurCourant utilisateurCourant;

    public CreerSituation(StockageSituations stockage, Horloge horloge, UtilisateurCourant utilisateurCourant) {
        this.stockage = stockage;
        this.horloge = horloge;
        this.utilisateurCourant = utilisateurCourant;
    }

    /** The situation created, or the open one that already exists for this NIR ({@code creee} false). */
    public record Resultat(Situation situation, boolean creee) {
    }

    /** @throws SaisieInvalideException naming every problem of the form; nothing is saved then */
    public Resultat creer(FicheSituation fiche) {
        Utilisateur acteur = utilisateurCourant.utilisateur();
        Droits.dossiers(acteur, "dossier");
        LocalDate aujourdhui = horloge.aujourdhui();
        List<Probleme> problemes = ValidationFiche.verifier(fiche, aujourdhui);
        if (!problemes.isEmpty()) {
            throw new SaisieInvalideException(problemes);
        }
        Nir nir = Nir.de(fiche.nir());
        return stockage.transactions().inTransaction(() -> {
            // another client creating a file waits here until this one is committed, then numbers after it
            stockage.transactions().verrouiller(NumerotationDossiers.VERROU);
            Optional<Assure> connu = stockage.assures().findByNir(nir);
            if (connu.isPresent()) {
                Optional<Situation> ouverte = stockage.situations().findByAssure(connu.get().id()).stream()
                        .filter(Situation::estOuverte).findFirst();
                if (ouverte.isPresent()) {
                    return new Resultat(ouverte.get(), false);
                }
            }
            Assure assure = stockage.assures().save(fiche.versAssure(connu.map(Assure::id).orElseGet(UUID::randomUUID),
                    connu.map(Assure::version).orElse(0L)));
            NumerotationDossiers numeros = NumerotationDossiers.de(stockage.situations(), aujourdhui.getYear());
            Situation nouvelle = new Situation(UUID.randomUUID(), 0, numeros.suivant(), assure.id(), null, aujourdhui,
                    fiche.origine(), fiche.risque(), null, null, null, null, null, "", "", StatutSituation.OUVERTE,
                    null, null, "");
            Situation situation = stockage.situations().save(fiche.versSituation(nouvelle, aujourdhui, null));
            new Audit(stockage, horloge).noter(acteur, "CREATION", "Situation", situation.id(),
                    situation.numeroDossier() + (connu.isPresent() ? " (personne déjà connue)" : ""));
            return new Resultat(situation, true);
        });
    }
}
