package fr.cellulepdp.app.situation;

import fr.cellulepdp.app.ui.ModeleFormulaire;
import fr.cellulepdp.app.tache.ExecuteurTaches;
import fr.cellulepdp.model.annuaire.GererAnnuaire;
import fr.cellulepdp.model.annuaire.Organisation;
import fr.cellulepdp.model.annuaire.TypeOrganisation;
import fr.cellulepdp.model.cellule.Membre;
import fr.cellulepdp.model.cellule.UtilisateurCourant;
import fr.cellulepdp.model.commun.Adresse;
import fr.cellulepdp.model.commun.Probleme;
import fr.cellulepdp.model.situation.Assure;
import fr.cellulepdp.model.situation.CreerSituation;
import fr.cellulepdp.model.situation.EtatDossier;
import fr.cellulepdp.model.situation.FicheSituation;
import fr.cellulepdp.model.situation.Inaptitude;
import fr.cellulepdp.model.situation.IssueSituation;
import fr.cellulepdp.model.situation.ModifierSituation;
import fr.cellulepdp.model.situation.Origine;
import fr.cellulepdp.model.cellule.Partenaire;
import fr.cellulepdp.model.situation.Reconnaissances;
import fr.cellulepdp.model.situation.Risque;
import fr.cellulepdp.model.situation.Sexe;
import fr.cellulepdp.model.situation.Situation;
import fr.cellulepdp.model.situation.StatutAssure;
import fr.cellulepdp.model.situation.StatutSituation;
import fr.cellulepdp.model.situation.ValidationFiche;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.Property;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * View model of the form of a person and their situation: a new one ({@link #nouvelle}), or a file to edit
 * ({@link #modification}, which adds the file's status, closing outcome and consent withdrawal). Each property is
 * tied to the name {@link ValidationFiche} or {@link EtatDossier} gives its problems, so each field shows its own as
 * she types; saving with problems shows them all, field by field, and saves nothing. A refusal, here or by the use
 * case (a file changed meanwhile), keeps every field as typed. {@link #modifieProperty()} says whether something
 * typed is not saved yet, so that leaving asks first.
 *
 * @param <R> what saving gives back: the creation's result, or the file saved
 */
public final class ModeleFicheSituation<R> extends ModeleFormulaire {

    /** What saving does with the form's content, in the user's name, in the background. */
    @FunctionalInterface
    interface Enregistrement<R> {
        R enregistrer(FicheSituation fiche, EtatDossier etat);
    }

    static final String TITRE_REFUS = "Enregistrement refusé";

    private final LocalDate aujourdhui;
    private final boolean avecEtat;
    private final boolean ecrit;
    private final String titre;
    private final UtilisateurCourant utilisateur;
    private final ExecuteurTaches executeur;
    private final Enregistrement<R> enregistrement;
    private final ObservableList<Membre> referents = FXCollections.observableArrayList();
    private final ObservableList<String> servicesSanteTravail = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper modifie = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper enCours = new ReadOnlyBooleanWrapper(false);
    private boolean chargement;

    final StringProperty nir = suivi(texte(ValidationFiche.NIR));
    final StringProperty nom = suivi(texte(ValidationFiche.NOM));
    final StringProperty prenom = suivi(texte(ValidationFiche.PRENOM));
    final ObjectProperty<LocalDate> naissance = suivi(valeur(ValidationFiche.NAISSANCE));
    final ObjectProperty<Sexe> sexe = suivi(valeur(ValidationFiche.SEXE));
    final ObjectProperty<StatutAssure> statut = suivi(valeur("statut"));
    final StringProperty email = suivi(texte(ValidationFiche.EMAIL));
    final StringProperty telephone = suivi(texte(ValidationFiche.TELEPHONE));
    final StringProperty rue = suivi(texte(ValidationFiche.ADRESSE));
    final StringProperty codePostal = suivi(texte(ValidationFiche.CODE_POSTAL));
    final StringProperty ville = suivi(texte(ValidationFiche.VILLE));
    final StringProperty employeur = suivi(texte(ValidationFiche.EMPLOYEUR));
    final StringProperty siret = suivi(texte(ValidationFiche.SIRET));
    final StringProperty emploi = suivi(texte(ValidationFiche.EMPLOI));
    final ObjectProperty<Origine> origine = suivi(valeur(ValidationFiche.ORIGINE));
    final ObjectProperty<LocalDate> signalement = suivi(valeur(ValidationFiche.SIGNALEMENT));
    final ObjectProperty<Risque> risque = suivi(valeur(ValidationFiche.RISQUE));
    final ObjectProperty<LocalDate> debutArret = suivi(valeur(ValidationFiche.DEBUT_ARRET));
    final ObjectProperty<LocalDate> finArret = suivi(valeur(ValidationFiche.FIN_ARRET));
    final ObjectProperty<Membre> referent = suivi(valeur("référent social"));
    final StringProperty serviceSanteTravail = suivi(texte(ValidationFiche.SERVICE_SANTE_TRAVAIL));
    /* a flag and its reason are one rule: ticking « Urgente » shows the reason's problem at once */
    final BooleanProperty urgent = suivi(drapeau(ValidationFiche.MOTIF_URGENT));
    final StringProperty motifUrgent = suivi(texte(ValidationFiche.MOTIF_URGENT));
    final BooleanProperty complexe = suivi(drapeau(ValidationFiche.MOTIF_COMPLEXE));
    final StringProperty motifComplexe = suivi(texte(ValidationFiche.MOTIF_COMPLEXE));
    final ObjectProperty<LocalDate> consentement = suivi(valeur(ValidationFiche.CONSENTEMENT));
    final Map<Partenaire, BooleanProperty> partenaires = new EnumMap<>(Partenaire.class);
    final StringProperty notes = suivi(texte("notes sociales"));
    final ObjectProperty<LocalDate> rqthDebut = suivi(valeur(ValidationFiche.RQTH));
    final ObjectProperty<LocalDate> rqthFin = suivi(valeur(ValidationFiche.RQTH));
    final ObjectProperty<LocalDate> boethDebut = suivi(valeur(ValidationFiche.BOETH));
    final ObjectProperty<LocalDate> boethFin = suivi(valeur(ValidationFiche.BOETH));
    final ObjectProperty<Inaptitude> inaptitude = suivi(valeur(ValidationFiche.INAPTITUDE));
    final ObjectProperty<LocalDate> dateInaptitude = suivi(valeur(ValidationFiche.INAPTITUDE));
    final ObjectProperty<StatutSituation> statutDossier = suivi(valeur(EtatDossier.STATUT));
    final ObjectProperty<IssueSituation> issue = suivi(valeur(EtatDossier.ISSUE));
    final ObjectProperty<LocalDate> cloture = suivi(valeur(EtatDossier.CLOTURE));
    final ObjectProperty<LocalDate> retrait = suivi(valeur(EtatDossier.RETRAIT));
    /** The address line the form does not show (imported addresses may have one): kept as it was. */
    private String complementAdresse = "";

    private ModeleFicheSituation(String titre, boolean avecEtat, LocalDate aujourdhui, UtilisateurCourant utilisateur,
                                 ExecuteurTaches executeur, List<Membre> referents, Enregistrement<R> enregistrement) {
        this.titre = titre;
        this.avecEtat = avecEtat;
        this.aujourdhui = aujourdhui;
        this.utilisateur = utilisateur;
        this.executeur = executeur;
        this.enregistrement = enregistrement;
        this.ecrit = utilisateur.utilisateur().role().ecritDossiers();
        this.referents.setAll(referents);
        for (Partenaire partenaire : Partenaire.values()) {
            partenaires.put(partenaire, suivi(drapeau(ValidationFiche.CONSENTEMENT)));
        }
    }

    /** The form for a new person and situation; saving gives the one created, or the open one the NIR already has. */
    public static ModeleFicheSituation<CreerSituation.Resultat> nouvelle(CreerSituation creer, LocalDate aujourdhui,
                                                                        UtilisateurCourant utilisateur,
                                                                        ExecuteurTaches executeur,
                                                                        List<Membre> referents) {
        ModeleFicheSituation<CreerSituation.Resultat> modele = new ModeleFicheSituation<>("Nouvelle situation", false,
                aujourdhui, utilisateur, executeur, referents, (fiche, etat) -> creer.creer(fiche));
        modele.charger(() -> {
            modele.statut.set(StatutAssure.SALARIE);
            modele.inaptitude.set(Inaptitude.AUCUNE);
            modele.signalement.set(aujourdhui);
        });
        return modele;
    }

    /** The form filled with a file as read now; saving refuses to overwrite a newer version. */
    public static ModeleFicheSituation<Situation> modification(ModifierSituation modifier, LocalDate aujourdhui,
                                                               UtilisateurCourant utilisateur,
                                                               ExecuteurTaches executeur, List<Membre> referents,
                                                               Assure assure, Situation situation) {
        ModeleFicheSituation<Situation> modele = new ModeleFicheSituation<>("Modifier le dossier "
                + situation.numeroDossier(), true, aujourdhui, utilisateur, executeur, referents,
                (fiche, etat) -> modifier.modifier(assure, situation, fiche, etat));
        modele.afficher(assure, situation);
        return modele;
    }

    /**
     * What the situation forms use, built in the wiring: creating and changing a situation, the directory (for the
     * occupational-health services offered), the clock (today's date) and who acts.
     */
    public record CasDUsage(CreerSituation creerSituation, ModifierSituation modifierSituation,
                            GererAnnuaire gererAnnuaire, fr.cellulepdp.model.commun.Horloge horloge,
                            UtilisateurCourant utilisateurCourant) {
    }

    /** The form for a new situation, in the name of the user logged in. */
    public static ModeleFicheSituation<CreerSituation.Resultat> nouvelle(CasDUsage cas, ExecuteurTaches executeur,
                                                                        List<Membre> referents) {
        ModeleFicheSituation<CreerSituation.Resultat> modele = nouvelle(cas.creerSituation(),
                cas.horloge().aujourdhui(), cas.utilisateurCourant(), executeur, referents);
        modele.chargerServicesSanteTravail(cas.gererAnnuaire());
        return modele;
    }

    /** The form of a file as read, in the name of the user logged in. */
    public static ModeleFicheSituation<Situation> modification(CasDUsage cas, ExecuteurTaches executeur,
                                                               List<Membre> referents, Assure assure,
                                                               Situation situation) {
        ModeleFicheSituation<Situation> modele = modification(cas.modifierSituation(),
                cas.horloge().aujourdhui(), cas.utilisateurCourant(), executeur, referents, assure, situation);
        modele.chargerServicesSanteTravail(cas.gererAnnuaire());
        return modele;
    }

    /** Offers the directory's occupational-health services (read in the background; a failure leaves none). */
    public void chargerServicesSanteTravail(GererAnnuaire annuaire) {
        executeur.executer(() -> annuaire.actives(TypeOrganisation.SANTE_TRAVAIL).stream().map(Organisation::nom)
                .distinct().toList(), servicesSanteTravail::setAll, e -> { });
    }

    private <P extends Property<?>> P suivi(P propriete) {
        propriete.addListener(o -> {
            if (!chargement) {
                modifie.set(true);
            }
        });
        return propriete;
    }

    private void charger(Runnable affectations) {
        chargement = true;
        try {
            remplir(affectations);
        } finally {
            chargement = false;
        }
        modifie.set(false);
    }

    private void afficher(Assure a, Situation s) {
        charger(() -> {
            nir.set(a.nir().formate());
            nom.set(a.nom());
            prenom.set(a.prenom());
            naissance.set(a.dateNaissance());
            sexe.set(a.sexe());
            statut.set(a.statut());
            email.set(a.email());
            telephone.set(a.telephone());
            rue.set(a.adresse().ligne1());
            complementAdresse = a.adresse().ligne2();
            codePostal.set(a.adresse().codePostal());
            ville.set(a.adresse().ville());
            employeur.set(a.employeur() == null ? "" : a.employeur().nom());
            siret.set(a.employeur() == null || a.employeur().siret() == null ? "" : a.employeur().siret().valeur());
            emploi.set(a.emploi());
            Reconnaissances r = a.reconnaissances();
            rqthDebut.set(r.rqthDebut());
            rqthFin.set(r.rqthFin());
            boethDebut.set(r.boethDebut());
            boethFin.set(r.boethFin());
            inaptitude.set(r.inaptitude());
            dateInaptitude.set(r.dateInaptitude());
            origine.set(s.origine());
            signalement.set(s.dateSignalement());
            risque.set(s.risque());
            debutArret.set(s.debutArret());
            finArret.set(s.finArretPrevue());
            referent.set(referents.stream().filter(m -> m.id().equals(s.referentSocialId())).findFirst()
                    .orElse(null));
            urgent.set(s.urgent().leve());
            motifUrgent.set(s.urgent().motif());
            complexe.set(s.complexe().leve());
            motifComplexe.set(s.complexe().motif());
            consentement.set(s.consentement().dateRecueil());
            partenaires.forEach((p, coche) -> coche.set(s.consentement().partenaires().contains(p)));
            notes.set(s.notesSociales());
            serviceSanteTravail.set(s.serviceSanteTravail());
            statutDossier.set(s.statut());
            issue.set(s.issue());
            cloture.set(s.dateCloture());
            retrait.set(s.consentement().dateRetrait());
        });
    }

    @Override
    protected List<Probleme> verifierSaisie() {
        FicheSituation fiche = fiche();
        List<Probleme> problemes = new ArrayList<>(ValidationFiche.verifier(fiche, aujourdhui));
        if (avecEtat) {
            problemes.addAll(etat().verifier(fiche, aujourdhui));
        }
        return problemes;
    }

    FicheSituation fiche() {
        return new FicheSituation(nir.get(), nom.get(), prenom.get(), naissance.get(), sexe.get(), statut.get(),
                email.get(), telephone.get(), new Adresse(rue.get(), complementAdresse, codePostal.get(), ville.get()),
                employeur.get(), siret.get(), emploi.get(), origine.get(), signalement.get(), risque.get(),
                debutArret.get(), finArret.get(), referent.get() == null ? null : referent.get().id(), urgent.get(),
                motifUrgent.get(), complexe.get(), motifComplexe.get(), consentement.get(),
                partenaires.entrySet().stream().filter(e -> e.getValue().get()).map(Map.Entry::getKey)
                        .collect(Collectors.toSet()),
                notes.get(), serviceSanteTravail.get(), new Reconnaissances(rqthDebut.get(), rqthFin.get(),
                boethDebut.get(), boethFin.get(), inaptitude.get(), dateInaptitude.get()));
    }

    EtatDossier etat() {
        return new EtatDossier(statutDossier.get(), issue.get(), cloture.get(), retrait.get());
    }

    /**
     * Saves the form in the background: with problems, shows each on its field and in the message and saves
     * nothing; refused by the use case, says why and keeps every field; saved, hands the result to {@code enregistre}.
     */
    public void enregistrer(Consumer<R> enregistre) {
        if (!ecrit || enCours.get() || refuserSiInvalide(TITRE_REFUS)) {
            return;
        }
        FicheSituation fiche = fiche();
        EtatDossier etat = etat();
        enCours.set(true);
        executeur.executer(() -> enregistrement.enregistrer(fiche, etat), resultat -> {
            enCours.set(false);
            modifie.set(false);
            reussi("Dossier enregistré.");
            enregistre.accept(resultat);
        }, refus -> {
            enCours.set(false);
            refuse(TITRE_REFUS, refus);
        });
    }

    String titre() {
        return titre;
    }

    /** The file's status, outcome and consent withdrawal are shown: editing a file, not creating one. */
    boolean avecEtat() {
        return avecEtat;
    }

    /** The user logged in writes files (coordinatrice, social and medical référents): the others have no Save. */
    public boolean ecrit() {
        return ecrit;
    }

    /** The outcome and closing date mean something for a closed file only. */
    public BooleanBinding issueSaisissable() {
        return Bindings.equal(statutDossier, StatutSituation.CLOTUREE);
    }

    /** The date of the occupational doctor's opinion means something once there is one. */
    public BooleanBinding dateInaptitudeSaisissable() {
        return Bindings.createBooleanBinding(() -> inaptitude.get() != null && inaptitude.get() != Inaptitude.AUCUNE,
                inaptitude);
    }

    /** The file's status (for the file dialog, which changes it through this form). */
    public ObjectProperty<StatutSituation> statutDossierProperty() {
        return statutDossier;
    }

    /** Something typed is not saved yet: leaving asks first. */
    public ReadOnlyBooleanProperty modifieProperty() {
        return modifie.getReadOnlyProperty();
    }

    public boolean modifie() {
        return modifie.get();
    }

    /** A save is running: the Save button waits. */
    public ReadOnlyBooleanProperty enCoursProperty() {
        return enCours.getReadOnlyProperty();
    }

    ObservableList<Membre> referents() {
        return referents;
    }

    ObservableList<String> servicesSanteTravail() {
        return servicesSanteTravail;
    }
}
