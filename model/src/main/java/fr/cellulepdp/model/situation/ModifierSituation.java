package fr.cellulepdp.model.situation;

import fr.cellulepdp.model.audit.Audit;
import fr.cellulepdp.model.audit.Differences;
import fr.cellulepdp.model.cellule.Droits;
import fr.cellulepdp.model.cellule.Utilisateur;
import fr.cellulepdp.model.cellule.UtilisateurCourant;
import fr.cellulepdp.model.commun.Horloge;
import fr.cellulepdp.model.commun.Probleme;
import fr.cellulepdp.model.commun.SaisieInvalideException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Use case: saves the edited person and situation together, or nothing. The versions read when the form was
 * opened are the ones saved over: if someone changed the file meanwhile, saving is refused (conflict) rather
 * than overwriting their work. The medical opinion is not part of this form and is kept as it is.
 */
public final class ModifierSituation {

    private final StockageSituations stockage;
    private final Horloge horloge;
    private final UtilisateurCourant utilisateurCourant;

    public ModifierSituation(StockageSituations stockage, Horloge horloge, UtilisateurCourant utilisateurCourant) {
        this.stockage = stockage;
        this.horloge = horloge;
        this.utilisateurCourant = utilisateurCourant;
    }

    /**
     * @param assureLu    the person as read when the form opened
     * @param situationLue the situation as read when the form opened
     * @throws SaisieInvalideException naming every problem; nothing is saved then
     * @throws fr.cellulepdp.model.commun.ConflitDeModificationException if either changed since it was read
     */
    public Situation modifier(Assure assureLu, Situation situationLue, FicheSituation fiche,
                              EtatDossier etat) {
        Utilisateur acteur = utilisateurCourant.utilisateur();
        Droits.dossiers(acteur, "dossier");
        LocalDate aujourdhui = horloge.aujourdhui();
        List<Probleme> problemes = new ArrayList<>(ValidationFiche.verifier(fiche, aujourdhui));
        problemes.addAll(etat.verifier(fiche, aujourdhui));
        if (!problemes.isEmpty()) {
            throw new SaisieInvalideException(problemes);
        }
        return stockage.transactions().inTransaction(() -> {
            List<Probleme> conflits = new ArrayList<>();
            Optional<Assure> memeNir = stockage.assures().findByNir(Nir.de(fiche.nir()))
                    .filter(a -> !a.id().equals(assureLu.id()));
            memeNir.ifPresent(a -> conflits.add(new Probleme(ValidationFiche.NIR,
                    "ce NIR est déjà celui d'une autre personne suivie (" + dossiers(a) + ").")));
            if (!etat.cloture() && !situationLue.estOuverte()) {
                stockage.situations().findByAssure(assureLu.id()).stream()
                        .filter(s -> s.estOuverte() && !s.id().equals(situationLue.id())).findFirst()
                        .ifPresent(s -> conflits.add(new Probleme(EtatDossier.STATUT, "cette personne a déjà un "
                                + "dossier ouvert, " + s.numeroDossier() + " : un seul dossier ouvert à la fois.")));
            }
            if (!conflits.isEmpty()) {
                throw new SaisieInvalideException(conflits);
            }
            Assure assure = stockage.assures().save(fiche.versAssure(assureLu.id(), assureLu.version()));
            // the medical opinion as stored: the form's copy may have been read without it (and the trail compares
            // with what was stored, so that an opinion the form did not show is not logged as changed)
            Situation stockee = stockage.situations().get(situationLue.id());
            String avisMedical = stockee.avisMedical();
            Situation saisie = fiche.versSituation(situationLue, situationLue.dateSignalement(),
                    etat.retraitConsentement());
            Situation enregistree = stockage.situations().save(new Situation(saisie.id(), saisie.version(),
                    saisie.numeroDossier(),
                    saisie.assureId(), saisie.referentSocialId(), saisie.dateSignalement(), saisie.origine(),
                    saisie.risque(), saisie.debutArret(), saisie.finArretPrevue(), saisie.consentement(),
                    saisie.urgent(), saisie.complexe(), saisie.notesSociales(), avisMedical, etat.statut(),
                    etat.cloture() ? etat.issue() : null, etat.cloture() ? etat.dateCloture() : null, saisie.serviceSanteTravail()));
            new Audit(stockage, horloge).noter(acteur, "MODIFICATION", "Situation", enregistree.id(),
                    enregistree.numeroDossier() + " — personne, " + Differences.champs(assureLu, assure)
                            + " ; situation, " + Differences.champs(stockee, enregistree));
            return enregistree;
        });
    }

    private String dossiers(Assure autre) {
        return String.join(", ", stockage.situations().findByAssure(autre.id()).stream()
                .map(Situation::numeroDossier).toList());
    }
}
