package fr.cellulepdp.model.cellule;

import fr.cellulepdp.model.audit.Audit;
import fr.cellulepdp.model.commun.ConflitDeModificationException;
import fr.cellulepdp.model.commun.Horloge;
import fr.cellulepdp.model.commun.Probleme;
import fr.cellulepdp.model.commun.Saisies;
import fr.cellulepdp.model.commun.SaisieInvalideException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Use case: the members of the cell (DESIGN.md §2), kept by the coordinatrice. A member who took part in the cell's
 * work is deactivated, never deleted: the minutes keep their name. Deactivating a member also disables their account
 * and withdraws its key to the encrypted base. The role of a member with an account is the account's role too. The
 * audit trail names the fields changed, never their values.
 */
public final class GererMembres {

    public static final String PRENOM = "prénom";
    public static final String NOM = "nom";
    public static final String FONCTION = "fonction";
    public static final String ORGANISATION = "organisation";
    public static final String ROLE = "rôle";
    public static final String EMAIL = "courriel";
    public static final String SUPPLEANT = "suppléance";
    public static final String PARTENAIRE = "organisme partenaire";

    private final StockageCellule stockage;
    private final Horloge horloge;
    private final UtilisateurCourant utilisateurCourant;

    public GererMembres(StockageCellule stockage, Horloge horloge, UtilisateurCourant utilisateurCourant) {
        this.stockage = stockage;
        this.horloge = horloge;
        this.utilisateurCourant = utilisateurCourant;
    }

    /** Every member, active ones first, by name; the members' names are on every agenda, so any account reads them. */
    public List<Membre> lister() {
        utilisateurCourant.exigerConnexion();
        return stockage.membres().findAll().stream()
                .sorted(Comparator.comparing((Membre m) -> !m.actif())
                        .thenComparing(m -> m.nom().toLowerCase(Locale.FRENCH))
                        .thenComparing(m -> m.prenom().toLowerCase(Locale.FRENCH)))
                .toList();
    }

    /** The active social référents, by name: whom a situation can be given to (forms and filters). */
    public List<Membre> referentsSociauxActifs() {
        utilisateurCourant.exigerConnexion();
        return actifs().stream().filter(m -> m.role() == Role.REFERENT_SOCIAL).toList();
    }

    /** The active members, whom a new meeting convokes. */
    public List<Membre> actifs() {
        return lister().stream().filter(Membre::actif).toList();
    }

    public Membre ajouter(FicheMembre fiche) {

        Utilisateur acteur = utilisateurCourant.utilisateur();
        droits(acteur);
        return stockage.transactions().inTransaction(() -> {
            stockage.transactions().verrouiller("membres");
            refuserSiInvalide(fiche, null);
            Membre ajoute = stockage.membres().save(Membre.nouveau(fiche));
            noter(acteur, "MEMBRE_AJOUTE", ajoute.id(), ajoute.role().libelle()
                    + (ajoute.suppleant() ? ", suppléant(e) de la coordinatrice" : ""));
            return ajoute;
        });
    }

    /**
     * The coordinatrice enters herself among the members on her first day: the member is created with her account's
     * role and her account is tied to it, so that meetings and decisions name her.
     *
     * @throws SaisieInvalideException when her account is already tied to a member
     */
    public Membre ajouterMaFiche(FicheMembre fiche) {
        Utilisateur acteur = utilisateurCourant.utilisateur();
        droits(acteur);
        FicheMembre avecRole = new FicheMembre(fiche.civilite(), fiche.prenom(), fiche.nom(), fiche.fonction(),
                fiche.organisation(), acteur.role(), fiche.email(), false);
        return stockage.transactions().inTransaction(() -> {
            stockage.comptesDesMembres(horloge).verifierRattachable(acteur);
            Membre ajoute = ajouter(avecRole);
            stockage.comptesDesMembres(horloge).rattacher(acteur, ajoute.id());
            return ajoute;
        });
    }

    /**
     * @param lu the member as the form was filled from
     * @throws ConflitDeModificationException when someone changed the member since
     */
    public Membre modifier(Membre lu, FicheMembre fiche) {
        Utilisateur acteur = utilisateurCourant.utilisateur();
        droits(acteur);
        return stockage.transactions().inTransaction(() -> {
            stockage.transactions().verrouiller("membres");
            refuserSiInvalide(fiche, lu.id());
            Membre avant = stockage.membres().get(lu.id());
            if (avant.version() != lu.version()) {
                throw new ConflitDeModificationException("Membre", lu.id());
            }
            List<String> changes = changes(avant.fiche(), fiche);
            if (changes.isEmpty()) {
                return avant;
            }
            if (fiche.role() != avant.role()) {
                refuserSiDerniereCoordinatrice(avant, "changer son rôle");
            }
            Membre apres = stockage.membres().save(avant.avecFiche(fiche));
            noter(acteur, "MEMBRE_MODIFIE", apres.id(), "champs modifiés : " + String.join(", ", changes)
                    + (fiche.role() != avant.role() ? " (" + avant.role().libelle() + " → " + fiche.role().libelle()
                    + ")" : ""));
            if (fiche.role() != avant.role()) {
                stockage.comptesDesMembres(horloge).changerRole(acteur, avant.id(), avant.role(), fiche.role());
            }
            return apres;
        });
    }

    /** Deactivates a member (and disables their account), or makes them active again (their account stays disabled). */
    public Membre activer(UUID membreId, boolean actif) {
        Utilisateur acteur = utilisateurCourant.utilisateur();
        droits(acteur);
        return stockage.transactions().inTransaction(() -> {
            stockage.transactions().verrouiller("membres");
            Membre avant = stockage.membres().get(membreId);
            if (avant.actif() == actif) {
                return avant;
            }
            if (!actif) {
                if (membreId.equals(acteur.membreId())) {
                    throw new SaisieInvalideException("membre", "vous ne pouvez pas désactiver votre propre fiche : "
                            + "une autre coordinatrice doit le faire.");
                }
                refuserSiDerniereCoordinatrice(avant, "la désactiver");
            }
            Membre apres = stockage.membres().save(avant.avecActif(actif));
            noter(acteur, actif ? "MEMBRE_REACTIVE" : "MEMBRE_DESACTIVE", membreId, avant.role().libelle());
            if (!actif) {
                stockage.comptesDesMembres(horloge).desactiver(acteur, membreId);
            }
            return apres;
        });
    }

    /**
     * Deletes a member typed by mistake.
     *
     * @throws SaisieInvalideException when anything names them (a meeting, a decision, a follow-up, a file, an
     *                                 account): they are deactivated instead
     */
    public void supprimer(UUID membreId) {
        Utilisateur acteur = utilisateurCourant.utilisateur();
        droits(acteur);
        stockage.transactions().inTransaction(() -> {
            stockage.transactions().verrouiller("membres");
            Membre membre = stockage.membres().get(membreId);
            if (stockage.membres().estCite(membreId)) {
                throw new SaisieInvalideException("membre", "ce membre a pris part aux travaux de la cellule "
                        + "(séance, décision, suivi, dossier ou compte) : il ne peut pas être supprimé, son nom reste "
                        + "dans les procès-verbaux. Désactivez-le : il ne sera plus convoqué.");
            }
            stockage.membres().supprimer(membreId);
            noter(acteur, "MEMBRE_SUPPRIME", membreId, membre.role().libelle());
            return null;
        });
    }

    /** Every problem of the form, each naming its field (the form shows them as the coordinatrice types). */
    public static List<Probleme> verifier(FicheMembre f) {
        List<Probleme> problemes = new ArrayList<>();
        Saisies.longueur(problemes, "civilité", f.civilite(), 20);
        Saisies.obligatoire(problemes, PRENOM, f.prenom(), 100);
        Saisies.obligatoire(problemes, NOM, f.nom(), 100);
        Saisies.obligatoire(problemes, FONCTION, f.fonction(), 200);
        Saisies.obligatoire(problemes, ORGANISATION, f.organisation(), 200);
        if (f.role() == null) {
            problemes.add(new Probleme(ROLE, "choisissez le rôle (coordinatrice, référent social, médical, "
                    + "administratif ou partenaire)."));
        } else if (!f.role().estInterne()) {
            if (f.suppleant()) {
                problemes.add(new Probleme(SUPPLEANT, "un partenaire ne peut pas suppléer la coordinatrice."));
            }
            if (f.partenaire() == fr.cellulepdp.model.cellule.Partenaire.EMPLOYEUR) {
                problemes.add(new Probleme(PARTENAIRE, "un employeur n'est pas membre de la cellule : il reçoit "
                        + "une copie des courriers quand la personne y consent."));
            } else if (f.partenaire() == null) {
                problemes.add(new Probleme(PARTENAIRE, "choisissez de quel organisme vient ce partenaire (service "
                        + "de santé au travail, Cap Emploi, France Travail) : il ne voit que les dossiers dont la "
                        + "personne a consenti au partage avec lui."));
            }
        }
        Saisies.courriel(problemes, EMAIL, f.email());
        return problemes;
    }

    private void refuserSiInvalide(FicheMembre fiche, UUID soi) {
        List<Probleme> problemes = new ArrayList<>(verifier(fiche));
        boolean homonyme = stockage.membres().findAll().stream()
                .filter(m -> m.actif() && !m.id().equals(soi))
                .anyMatch(m -> m.prenom().equalsIgnoreCase(fiche.prenom()) && m.nom().equalsIgnoreCase(fiche.nom())
                        && m.role() == fiche.role());
        if (homonyme) {
            problemes.add(new Probleme(NOM, "un membre actif porte déjà ce nom avec ce rôle."));
        }
        if (!problemes.isEmpty()) {
            throw new SaisieInvalideException(problemes);
        }
    }

    /** The cell always keeps an active coordinatrice: she alone runs it. */
    private void refuserSiDerniereCoordinatrice(Membre membre, String action) {
        boolean derniere = membre.role() == Role.COORDINATRICE && membre.actif()
                && stockage.membres().findAll().stream().filter(m -> m.actif() && m.role() == Role.COORDINATRICE)
                .count() == 1;
        if (derniere) {
            throw new SaisieInvalideException(ROLE, "c'est la seule coordinatrice active de la cellule : on ne peut "
                    + "pas " + action + " avant d'avoir enregistré une autre coordinatrice.");
        }
    }

    private static List<String> changes(FicheMembre avant, FicheMembre apres) {
        List<String> changes = new ArrayList<>();
        ajouterSiChange(changes, "civilité", avant.civilite(), apres.civilite());
        ajouterSiChange(changes, PRENOM, avant.prenom(), apres.prenom());
        ajouterSiChange(changes, NOM, avant.nom(), apres.nom());
        ajouterSiChange(changes, FONCTION, avant.fonction(), apres.fonction());
        ajouterSiChange(changes, ORGANISATION, avant.organisation(), apres.organisation());
        ajouterSiChange(changes, ROLE, avant.role(), apres.role());
        ajouterSiChange(changes, EMAIL, avant.email(), apres.email());
        ajouterSiChange(changes, SUPPLEANT, avant.suppleant(), apres.suppleant());
        ajouterSiChange(changes, PARTENAIRE, String.valueOf(avant.partenaire()), String.valueOf(apres.partenaire()));
        return changes;
    }

    private static void ajouterSiChange(List<String> changes, String champ, Object avant, Object apres) {
        if (!avant.equals(apres)) {
            changes.add(champ);
        }
    }

    private void noter(Utilisateur acteur, String action, UUID membreId, String details) {
        new Audit(stockage, horloge).noter(acteur, action, "Membre", membreId, details);
    }

    private static void droits(Utilisateur acteur) {
        Droits.coordinatrice(acteur, "membre", "gère les membres de la cellule");
    }
}
