package fr.cellulepdp.app.demande;

import fr.cellulepdp.app.ui.Champs;
import fr.cellulepdp.app.ui.ModeleFormulaire;
import fr.cellulepdp.app.tache.ExecuteurTaches;
import fr.cellulepdp.app.support.MessagesErreur;
import fr.cellulepdp.model.annuaire.GererAnnuaire;
import fr.cellulepdp.model.annuaire.Organisation;
import fr.cellulepdp.model.annuaire.TypeOrganisation;
import fr.cellulepdp.model.cellule.Utilisateur;
import fr.cellulepdp.model.cellule.UtilisateurCourant;
import fr.cellulepdp.model.commun.Nombres;
import fr.cellulepdp.model.commun.Probleme;
import fr.cellulepdp.model.commun.SaisieInvalideException;
import fr.cellulepdp.model.mesure.AccordMedical;
import fr.cellulepdp.model.demande.Demande;
import fr.cellulepdp.model.demande.GererDemandes;
import fr.cellulepdp.model.demande.StatutDemande;
import fr.cellulepdp.model.mesure.TypeMesure;
import fr.cellulepdp.model.situation.Entreprise;
import fr.cellulepdp.model.situation.Siret;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * View model of one request: its fields, the measure rules it breaks as typed (catalogue limits, the essais
 * encadrés already counted on this sick leave, the doctors' and employer's agreements), read through the use case in
 * the background, and its saving. The rules do not prevent saving (they block an accord, not a request); a refused
 * save says why and keeps every field as typed.
 */
public final class ModeleDemande extends ModeleFormulaire {

    /** The organisations of the directory a request's prescriber is chosen from. */
    static final TypeOrganisation[] PRESCRIPTEURS = {TypeOrganisation.PRESCRIPTEUR, TypeOrganisation.CAP_EMPLOI,
        TypeOrganisation.FRANCE_TRAVAIL, TypeOrganisation.SANTE_TRAVAIL};

    final ObjectProperty<TypeMesure> mesure = valeur("mesure");
    final StringProperty libelleAutre = texte("mesure");
    final ObjectProperty<LocalDate> dateDemande = valeur("date de la demande");
    final ObjectProperty<LocalDate> debut = valeur("dates");
    final ObjectProperty<LocalDate> fin = valeur("dates");
    final StringProperty duree = texte("durée");
    final BooleanProperty renouvellement = drapeau("renouvellement");
    final StringProperty accueil = texte("accueil");
    final StringProperty siretAccueil = texte("SIRET");
    final StringProperty tuteur = texte("tuteur");
    /** Chosen from the directory's prescribers, or typed freely. */
    final StringProperty prescripteur = texte("prescripteur");
    final StringProperty cout = texte("coût");
    final StringProperty financement = texte("financement");
    final StringProperty avis = texte("avis");
    private final Map<AccordMedical, BooleanProperty> accords = new EnumMap<>(AccordMedical.class);
    private final ObservableList<String> prescripteurs = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper regles = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper enCours = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper enregistrable = new ReadOnlyBooleanWrapper(false);

    private final GererDemandes demandes;
    private final GererAnnuaire annuaire;
    private final UtilisateurCourant utilisateur;
    private final ExecuteurTaches executeur;
    private final UUID id;
    private final long version;
    private final UUID situationId;
    private final boolean ecrit;
    private final boolean modifiable;
    /** Counts the checks asked: an answer that comes after a newer question is dropped. */
    private long verifications;

    ModeleDemande(GererDemandes demandes, GererAnnuaire annuaire, UtilisateurCourant utilisateur,
                  LocalDate aujourdhui, ExecuteurTaches executeur, UUID situationId, Demande existante) {
        this.demandes = demandes;
        this.annuaire = annuaire;
        this.utilisateur = utilisateur;
        this.executeur = executeur;
        this.situationId = situationId;
        this.id = existante == null ? UUID.randomUUID() : existante.id();
        this.version = existante == null ? 0 : existante.version();
        this.ecrit = utilisateur.utilisateur().role().ecritDossiers();
        this.modifiable = existante == null || existante.statut() == StatutDemande.A_ETUDIER;
        for (AccordMedical accord : AccordMedical.values()) {
            accords.put(accord, drapeau("accords"));
        }
        remplir(() -> afficher(existante, aujourdhui));
        if (ecrit && modifiable) {
            enregistrable.bind(enCours.not());
        }
        // any change of the request asks the rules again
        List.of(mesure, libelleAutre, dateDemande, debut, fin, duree, renouvellement, cout, siretAccueil)
                .forEach(p -> p.addListener((o, a, b) -> verifierRegles()));
        accords.values().forEach(p -> p.addListener((o, a, b) -> verifierRegles()));
    }

    /** What the request form uses, built in the wiring: the requests, the directory, the clock and who acts. */
    public record CasDUsage(GererDemandes gererDemandes, GererAnnuaire gererAnnuaire,
                            fr.cellulepdp.model.commun.Horloge horloge,
                            UtilisateurCourant utilisateurCourant) {
    }

    /** The view model of the dialog opened from a file, in the name of the user. */
    static ModeleDemande pour(CasDUsage cas, ExecuteurTaches executeur, UUID situationId, Demande existante) {
        return new ModeleDemande(cas.gererDemandes(), cas.gererAnnuaire(), cas.utilisateurCourant(),
                cas.horloge().aujourdhui(), executeur, situationId, existante);
    }

    private void afficher(Demande d, LocalDate aujourdhui) {
        dateDemande.set(aujourdhui);
        if (d == null) {
            return;
        }
        mesure.set(d.mesure());
        libelleAutre.set(ouVide(d.libelleAutre()));
        dateDemande.set(d.dateDemande());
        debut.set(d.dateDebut());
        fin.set(d.dateFin());
        duree.set(d.duree() == null ? "" : d.duree().toString());
        renouvellement.set(d.renouvellement());
        accueil.set(d.entrepriseAccueil() == null ? "" : ouVide(d.entrepriseAccueil().nom()));
        siretAccueil.set(d.entrepriseAccueil() == null || d.entrepriseAccueil().siret() == null ? ""
                : d.entrepriseAccueil().siret().valeur());
        tuteur.set(ouVide(d.tuteur()));
        prescripteur.set(ouVide(d.prescripteur()));
        cout.set(Nombres.montantSaisi(d.cout()));
        financement.set(ouVide(d.financement()));
        avis.set(ouVide(d.avisTechnique()));
        accords.forEach((accord, coche) -> coche.set(d.accordsObtenus().contains(accord)));
    }

    private static String ouVide(String valeur) {
        return valeur == null ? "" : valeur;
    }

    /** Whether this agreement has been obtained (one check box each). */
    BooleanProperty accord(AccordMedical accord) {
        return accords.get(accord);
    }

    /** The names of the directory's active prescribers, offered in the prescriber's list. */
    ObservableList<String> prescripteurs() {
        return prescripteurs;
    }

    /** What the measure rules say of the request as typed: ✓ when it follows them, else each rule it breaks. */
    ReadOnlyStringProperty reglesProperty() {
        return regles.getReadOnlyProperty();
    }

    /** « Enregistrer » is offered to those who write files, on a request not decided yet, while no save runs. */
    ReadOnlyBooleanProperty enregistrableProperty() {
        return enregistrable.getReadOnlyProperty();
    }

    /** The user logged in writes requests at all (the others are not offered the button). */
    boolean ecrit() {
        return ecrit;
    }

    /** Reads the directory's prescribers and checks the rules once: what the dialog needs when it opens. */
    void charger() {
        executeur.executer(() -> annuaire.actives(PRESCRIPTEURS).stream().map(Organisation::nom).distinct().toList(),
                prescripteurs::setAll, e -> { });
        verifierRegles();
    }

    @Override
    protected List<Probleme> verifierSaisie() {
        List<Probleme> saisie = new ArrayList<>();
        if (mesure.get() == null) {
            saisie.add(new Probleme("mesure", "choisissez la mesure demandée."));
        }
        if (!duree.get().isBlank() && entier(duree.get()) == null) {
            saisie.add(new Probleme("durée", "« " + duree.get().strip() + " » n'est pas un nombre entier."));
        }
        try {
            Champs.montant(cout.get());
        } catch (NumberFormatException e) {
            saisie.add(new Probleme("coût", "« " + cout.get().strip() + " » n'est pas un montant."));
        }
        String siret = siretAccueil.get().strip();
        if (!siret.isEmpty() && Siret.verifier(siret) != null) {
            saisie.add(new Probleme("SIRET", Siret.verifier(siret)));
        }
        if (dateDemande.get() == null) {
            saisie.add(new Probleme("date de la demande", "la date de la demande est obligatoire."));
        }
        return saisie;
    }

    private static Integer entier(String texte) {
        try {
            return Integer.valueOf(texte.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The request as typed; call only once {@link #verifierSaisie()} finds nothing. */
    Demande demande() {
        List<Probleme> saisie = verifierSaisie();
        if (!saisie.isEmpty()) {
            throw new SaisieInvalideException(saisie);
        }
        String siret = siretAccueil.get().strip();
        Entreprise entreprise = accueil.get().isBlank() && siret.isEmpty() ? null
                : new Entreprise(accueil.get(), siret.isEmpty() ? null : Siret.de(siret));
        BigDecimal montant = Champs.montant(cout.get());
        return new Demande(id, version, situationId, mesure.get(), libelleAutre.get(), dateDemande.get(), entreprise,
                tuteur.get(), prescripteur.get().strip(), debut.get(), fin.get(),
                duree.get().isBlank() ? null : entier(duree.get()), renouvellement.get(), montant, financement.get(),
                avis.get(), Collections.unmodifiableSet(accords.entrySet().stream().filter(e -> e.getValue().get())
                        .map(Map.Entry::getKey).collect(Collectors.toSet())), StatutDemande.A_ETUDIER);
    }

    /** Asks the rules of the request as typed; the typing's own problems come first, without asking. */
    void verifierRegles() {
        long question = ++verifications;
        List<Probleme> saisie = verifierSaisie();
        if (!saisie.isEmpty()) {
            regles.set(MessagesErreur.puces(saisie));
            return;
        }
        Demande demande = demande();
        executeur.executer(() -> demandes.verifier(demande), resultat -> {
            if (question == verifications) {
                regles.set(resultat.isEmpty() ? "✓ Conforme aux règles du catalogue des mesures."
                        : "À savoir avant de décider (un accord devra être motivé par une dérogation) :\n"
                                + MessagesErreur.puces(resultat));
            }
        }, exception -> {
            if (question == verifications) {
                regles.set(MessagesErreur.pourUtilisateur(exception));
            }
        });
    }

    /** Saves the request as typed; {@code enregistree} receives it once saved. A refusal keeps every field. */
    void enregistrer(Consumer<Demande> enregistree) {
        if (!enregistrable.get() || refuserSiInvalide("Enregistrement refusé")) {
            return;
        }
        Demande demande = demande();
        enCours.set(true);
        executeur.executer(() -> demandes.enregistrer(demande), faite -> {
            enCours.set(false);
            reussi("Demande enregistrée.");
            enregistree.accept(faite);
        }, refus -> {
            enCours.set(false);
            refuse("Enregistrement refusé", refus);
        });
    }
}
