package fr.cellulepdp.persistence.cellule;

import fr.cellulepdp.persistence.compte.HachageArgon2;
import fr.cellulepdp.persistence.base.SurBaseTemporaire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import fr.cellulepdp.model.annuaire.FicheOrganisation;
import fr.cellulepdp.model.annuaire.GererAnnuaire;
import fr.cellulepdp.model.annuaire.Organisation;
import fr.cellulepdp.model.annuaire.TypeOrganisation;
import fr.cellulepdp.model.audit.EvenementAudit;
import fr.cellulepdp.model.cellule.Cellule;
import fr.cellulepdp.model.cellule.FicheCellule;
import fr.cellulepdp.model.cellule.FicheMembre;
import fr.cellulepdp.model.cellule.GererMembres;
import fr.cellulepdp.model.cellule.Membre;
import fr.cellulepdp.model.cellule.ParametrerCellule;
import fr.cellulepdp.model.cellule.RegleQuorum;
import fr.cellulepdp.model.cellule.Role;
import fr.cellulepdp.model.cellule.SessionDeTest;
import fr.cellulepdp.model.cellule.Utilisateur;
import fr.cellulepdp.model.commun.Adresse;
import fr.cellulepdp.model.commun.ConflitDeModificationException;
import fr.cellulepdp.model.commun.Horloge;
import fr.cellulepdp.model.commun.Probleme;
import fr.cellulepdp.model.commun.SaisieInvalideException;
import fr.cellulepdp.model.compte.Compte;
import fr.cellulepdp.model.compte.GererComptes;
import fr.cellulepdp.model.demo.ChargerDonneesDemo;
import fr.cellulepdp.model.seance.EtatPresence;
import fr.cellulepdp.model.seance.PlanSeance;
import fr.cellulepdp.model.seance.PreparerSeance;
import fr.cellulepdp.model.seance.Presence;
import fr.cellulepdp.model.seance.Quorum;
import fr.cellulepdp.model.seance.Seance;
import fr.cellulepdp.model.cellule.Partenaire;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A real cell set up from an empty database, without the demo: its identity, its members, its directory, each change
 * in the audit trail by field name, and the refusals a coordinatrice meets (every wrong field named, nothing
 * written; a member who took part in a meeting kept; the last coordinatrice kept).
 */
public class MiseEnPlaceCelluleTest extends SurBaseTemporaire {

    private final Horloge horloge = Horloge.fixe(Instant.parse("2026-12-03T09:00:00Z"));
    private final char[] motDePasse = "Cellule-Essai-2026!".toCharArray();
    private Utilisateur coordinatrice;
    /** Nobody until the first account, then her, then her once tied to her member's file. */
    private final SessionDeTest session = new SessionDeTest(null);
    private ParametrerCellule cellule;
    private GererMembres membres;
    private GererAnnuaire annuaire;

    public static FicheCellule ficheCellule() {
        return new FicheCellule("Cellule locale PDP 21", "CPAM de la Côte-d'Or",
                new Adresse("8 rue de l'Essai", "CS 12345", "21000", "Dijon"), "03 80 00 00 00",
                "pdp21@exemple.fr", "Dijon", "Claire", "Exemple", "Directrice adjointe",
                "Pour le directeur et par délégation");
    }

    private static FicheMembre fiche(String prenom, String nom, Role role) {
        return new FicheMembre("Mme", prenom, nom, "Fonction d'essai", "CPAM de la Côte-d'Or", role,
                prenom.toLowerCase() + "@exemple.fr", false, role == Role.PARTENAIRE ? Partenaire.CAP_EMPLOI : null);
    }

    @BeforeEach
    void premierJour() {
        GererComptes comptes = new GererComptes(base, new HachageArgon2(), horloge, session);
        Compte premier = comptes.creerPremier("claire.essai", null, motDePasse, motDePasse);
        coordinatrice = premier.utilisateur();
        session.devient(coordinatrice);
        cellule = new ParametrerCellule(base, horloge, () -> coordinatrice);
        membres = new GererMembres(base, horloge, session);
        annuaire = new GererAnnuaire(base, horloge, () -> coordinatrice);
    }

    @Test
    void the_social_referents_a_situation_can_be_given_to_are_the_active_ones_by_name_for_anyone_logged_in() {
        Membre zoe = membres.ajouter(fiche("Zoé", "Vasseur", Role.REFERENT_SOCIAL));
        Membre alice = membres.ajouter(fiche("Alice", "Bernard", Role.REFERENT_SOCIAL));
        Membre partie = membres.ajouter(fiche("Paule", "Arnaud", Role.REFERENT_SOCIAL));
        membres.activer(partie.id(), false);
        membres.ajouter(fiche("Marc", "Aubert", Role.REFERENT_MEDICAL));
        session.devient(new Utilisateur(null, "partenaire", Role.PARTENAIRE));

        assertThat(membres.referentsSociauxActifs()).extracting(Membre::id).containsExactly(alice.id(), zoe.id());

        session.devient(null);
        assertThatThrownBy(membres::referentsSociauxActifs).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void the_cell_is_created_on_an_empty_database_then_changed_and_the_trail_names_fields_not_values() {
        assertThat(cellule.lire()).isEmpty();

        Cellule creee = cellule.enregistrer(ficheCellule(), 0);

        assertThat(creee.fiche()).isEqualTo(ficheCellule());
        assertThat(creee.signataire()).isEqualTo("Claire Exemple");
        assertThat(creee.villeDesCourriers()).isEqualTo("Dijon");
        assertThat(creee.quorum()).isEqualTo(RegleQuorum.PAR_DEFAUT);
        assertThat(creee.conservationAnnees()).isEqualTo(Cellule.CONSERVATION_PAR_DEFAUT);
        assertThat(base.cellules().findAll()).containsExactly(creee);

        FicheCellule f = ficheCellule();
        FicheCellule changee = new FicheCellule(f.nom(), f.cpam(), f.adresse(), "03 80 11 11 11", f.email(), "",
                f.signatairePrenom(), f.signataireNom(), f.signataireFonction(), f.signataireDelegation());
        Cellule apres = cellule.enregistrer(changee, creee.version());

        assertThat(apres.telephone()).isEqualTo("03 80 11 11 11");
        assertThat(apres.villeDesCourriers()).as("the address's town when none is chosen").isEqualTo("Dijon");
        assertThat(cellule.enregistrer(changee, apres.version())).as("unchanged: not saved again")
                .isEqualTo(apres);
        Map<String, String> trail = actions();
        assertThat(trail).containsKeys("CELLULE_CREEE", "CELLULE_MODIFIEE");
        assertThat(trail.get("CELLULE_MODIFIEE")).isEqualTo("champs modifiés : téléphone, ville des courriers");
        assertThat(String.join(" ", trail.values())).doesNotContain("03 80", "Claire", "Exemple", "Dijon");
        assertThat(base.journalAudit().findAll()).filteredOn(e -> e.action().startsWith("CELLULE")).hasSize(2);
    }

    @Test
    void a_wrong_cell_form_names_every_field_and_writes_nothing() {
        int avant = base.journalAudit().findAll().size();
        FicheCellule fausse = new FicheCellule("", "CPAM", new Adresse("1 rue", "", "2100", "Dijon"), "abc",
                "pas-une-adresse", "", "", "", "", "x".repeat(201));

        SaisieInvalideException refus = catchThrowableOfType(
                () -> cellule.enregistrer(fausse, 0), SaisieInvalideException.class);

        assertThat(refus.problemes()).extracting(Probleme::champ).containsExactlyInAnyOrder(
                ParametrerCellule.NOM, ParametrerCellule.CODE_POSTAL, ParametrerCellule.TELEPHONE,
                ParametrerCellule.EMAIL, ParametrerCellule.SIGNATAIRE_NOM, ParametrerCellule.SIGNATAIRE_FONCTION,
                ParametrerCellule.SIGNATAIRE_DELEGATION);
        assertThat(refus.getMessage()).contains("délégation : 200 caractères au plus (201 saisis).")
                .contains("courriel : adresse électronique invalide");
        assertThat(base.cellules().count()).isZero();
        assertThat(base.journalAudit().findAll()).hasSize(avant);
    }

    @Test
    void a_cell_changed_by_someone_else_since_it_was_read_is_not_overwritten() {
        Cellule creee = cellule.enregistrer(ficheCellule(), 0);
        FicheCellule f = ficheCellule();
        cellule.enregistrer(new FicheCellule("Autre nom", f.cpam(), f.adresse(), f.telephone(),
                f.email(), f.villeSignature(), f.signatairePrenom(), f.signataireNom(), f.signataireFonction(),
                f.signataireDelegation()), creee.version());

        assertThatThrownBy(() -> cellule.enregistrer(ficheCellule(), creee.version()))
                .isInstanceOf(ConflitDeModificationException.class);
        assertThat(cellule.lire().orElseThrow().nom()).isEqualTo("Autre nom");
    }

    @Test
    void the_coordinatrice_enters_herself_and_her_members_and_her_account_names_her() {
        Membre elle = new GererMembres(base, horloge, () -> coordinatrice).ajouterMaFiche(fiche("Claire", "Exemple", Role.PARTENAIRE));

        assertThat(elle.role()).as("her account's role, whatever the form said").isEqualTo(Role.COORDINATRICE);
        assertThat(base.comptes().findByIdentifiant("claire.essai").orElseThrow().membreId()).isEqualTo(elle.id());
        Utilisateur liee = new Utilisateur(elle.id(), "claire.essai", Role.COORDINATRICE);
        session.devient(liee);
        assertThatThrownBy(() -> membres.ajouterMaFiche(fiche("Claire", "Autre", Role.COORDINATRICE)))
                .hasMessageContaining("déjà rattaché");

        Membre sociale = membres.ajouter(fiche("Sophie", "Sociale", Role.REFERENT_SOCIAL));
        membres.ajouter(fiche("Marc", "Medical", Role.REFERENT_MEDICAL));
        assertThatThrownBy(() -> membres.ajouter(fiche("Sophie", "Sociale", Role.REFERENT_SOCIAL)))
                .hasMessageContaining("nom : un membre actif porte déjà ce nom avec ce rôle.");
        SaisieInvalideException refus = catchThrowableOfType(() -> membres.ajouter(new FicheMembre("", "",
                "", "", "", null, "faux", true)), SaisieInvalideException.class);
        assertThat(refus.problemes()).extracting(Probleme::champ).containsExactlyInAnyOrder(GererMembres.PRENOM,
                GererMembres.NOM, GererMembres.FONCTION, GererMembres.ORGANISATION, GererMembres.ROLE,
                GererMembres.EMAIL);

        Membre changee = membres.modifier(sociale, new FicheMembre("Mme", "Sophie", "Sociale",
                "Assistante sociale PDP", "CPAM", Role.REFERENT_SOCIAL, "sophie@exemple.fr", true));
        assertThat(changee.suppleant()).isTrue();
        assertThatThrownBy(() -> membres.modifier(sociale, sociale.fiche()))
                .isInstanceOf(ConflitDeModificationException.class);

        assertThat(membres.actifs()).extracting(Membre::nomComplet)
                .containsExactly("Claire Exemple", "Marc Medical", "Sophie Sociale");
        assertThat(actions()).containsKeys("MEMBRE_AJOUTE", "MEMBRE_MODIFIE", "COMPTE_RATTACHE");
        assertThat(actions().get("MEMBRE_MODIFIE"))
                .isEqualTo("champs modifiés : fonction, organisation, suppléance");
    }

    @Test
    void a_member_who_sat_in_a_meeting_is_deactivated_not_deleted_and_is_no_longer_convoked() {
        Membre elle = new GererMembres(base, horloge, () -> coordinatrice).ajouterMaFiche(fiche("Claire", "Exemple", Role.COORDINATRICE));
        Utilisateur liee = new Utilisateur(elle.id(), "claire.essai", Role.COORDINATRICE);
        session.devient(liee);
        Membre sociale = membres.ajouter(fiche("Sophie", "Sociale", Role.REFERENT_SOCIAL));
        Membre saisieParErreur = membres.ajouter(fiche("Erreur", "Saisie", Role.PARTENAIRE));
        PreparerSeance preparer = new PreparerSeance(base, horloge, () -> liee);
        preparer.planifier(plan(List.of(elle.id(), sociale.id())));

        assertThatThrownBy(() -> membres.supprimer(sociale.id()))
                .hasMessageContaining("ne peut pas être supprimé").hasMessageContaining("Désactivez-le");
        assertThat(base.membres().find(sociale.id())).isPresent();
        membres.supprimer(saisieParErreur.id());
        assertThat(base.membres().find(saisieParErreur.id())).isEmpty();

        char[] mdp = "Sociale-Essai-2026!".toCharArray();
        Compte compte = new GererComptes(base, new HachageArgon2(), horloge, () -> liee).creer("sophie.sociale",
                sociale.id(), Role.REFERENT_SOCIAL, mdp, mdp);
        membres.activer(sociale.id(), false);

        assertThat(base.comptes().get(compte.id()).actif()).as("her account goes with her").isFalse();
        assertThat(membres.actifs()).extracting(Membre::id).containsExactly(elle.id());
        assertThatThrownBy(() -> preparer.planifier(plan(List.of(elle.id(), sociale.id()))))
                .hasMessageContaining("membres convoqués : un membre convoqué n'existe pas ou a été désactivé.");
        assertThat(base.seances().count()).isEqualTo(1);
        assertThat(actions()).containsKeys("MEMBRE_SUPPRIME", "MEMBRE_DESACTIVE", "COMPTE_DESACTIVE");
    }

    @Test
    void the_cell_keeps_an_active_coordinatrice_and_an_account_follows_its_members_role() {
        Membre elle = new GererMembres(base, horloge, () -> coordinatrice).ajouterMaFiche(fiche("Claire", "Exemple", Role.COORDINATRICE));
        Utilisateur liee = new Utilisateur(elle.id(), "claire.essai", Role.COORDINATRICE);
        session.devient(liee);
        assertThatThrownBy(() -> membres.activer(elle.id(), false)).hasMessageContaining("votre propre fiche");
        Membre autre = membres.ajouter(fiche("Anne", "Autre", Role.COORDINATRICE));
        Utilisateur anne = new Utilisateur(autre.id(), "anne", Role.COORDINATRICE);
        membres.activer(autre.id(), false);
        assertThatThrownBy(() -> new GererMembres(base, horloge, () -> anne).modifier(base.membres().get(elle.id()), fiche("Claire", "Exemple",
                Role.REFERENT_SOCIAL))).hasMessageContaining("seule coordinatrice active");

        Membre medical = membres.ajouter(fiche("Marc", "Medical", Role.REFERENT_SOCIAL));
        char[] mdp = "Medical-Essai-2026!".toCharArray();
        GererComptes comptes = new GererComptes(base, new HachageArgon2(), horloge, () -> liee);
        assertThatThrownBy(() -> comptes.creer("marc.medical", medical.id(), Role.COORDINATRICE, mdp, mdp))
                .hasMessageContaining("le compte prend le rôle du membre");
        Compte compte = comptes.creer("marc.medical", medical.id(), Role.REFERENT_SOCIAL, mdp, mdp);
        assertThat(comptes.membresSansCompte()).isEmpty();

        membres.modifier(medical, fiche("Marc", "Medical", Role.REFERENT_MEDICAL));

        assertThat(base.comptes().get(compte.id()).role()).isEqualTo(Role.REFERENT_MEDICAL);
        assertThat(actions().get("COMPTE_ROLE_CHANGE")).isEqualTo("marc.medical : Référent social → Référent médical");
    }

    @Test
    void the_deputy_stands_for_the_coordinatrice_in_the_quorum_without_counting_twice() {
        Membre elle = new GererMembres(base, horloge, () -> coordinatrice).ajouterMaFiche(fiche("Claire", "Exemple", Role.COORDINATRICE));
        Utilisateur liee = new Utilisateur(elle.id(), "claire.essai", Role.COORDINATRICE);
        session.devient(liee);
        Membre deputee = membres.ajouter(new FicheMembre("Mme", "Sophie", "Sociale", "ASS", "CPAM",
                Role.REFERENT_SOCIAL, "", true));
        Membre medical = membres.ajouter(fiche("Marc", "Medical", Role.REFERENT_MEDICAL));
        Membre social = membres.ajouter(fiche("Julie", "Sociale", Role.REFERENT_SOCIAL));
        Map<UUID, Membre> parId = base.membres().findAll().stream()
                .collect(Collectors.toMap(Membre::id, Function.identity()));

        Seance sansElle = seance(Map.of(elle.id(), EtatPresence.EXCUSE, deputee.id(), EtatPresence.PRESENT,
                medical.id(), EtatPresence.PRESENT, social.id(), EtatPresence.ABSENT));
        assertThat(Quorum.manquants(RegleQuorum.PAR_DEFAUT, sansElle, parId))
                .as("the deputy stands for her, so she is not the social référent too")
                .containsExactly("1 référent(e) social(e)");

        Seance avecElle = seance(Map.of(elle.id(), EtatPresence.PRESENT, deputee.id(), EtatPresence.PRESENT,
                medical.id(), EtatPresence.PRESENT, social.id(), EtatPresence.ABSENT));
        assertThat(Quorum.manquants(RegleQuorum.PAR_DEFAUT, avecElle, parId)).as("with her, the deputy is a référent")
                .isEmpty();

        assertThatThrownBy(() -> membres.ajouter(new FicheMembre("", "Paul", "Partenaire", "Médecin du "
                + "travail", "SPSTI", Role.PARTENAIRE, "", true))).hasMessageContaining("suppléance");
    }

    @Test
    void the_directory_keeps_organisations_with_their_addresses_and_refuses_an_incomplete_one() {
        Organisation spsti = annuaire.ajouter(new FicheOrganisation(TypeOrganisation.SANTE_TRAVAIL,
                "SPSTI de Côte-d'Or (fictif)", new Adresse("3 rue du Modèle", "", "21000", "Dijon"),
                "spsti21@exemple.fr", "03 80 22 22 22"));
        annuaire.ajouter(new FicheOrganisation(TypeOrganisation.RECOURS,
                "Commission de recours amiable", new Adresse("8 rue de l'Essai", "", "21000", "Dijon"), "", ""));
        Organisation prescripteur = annuaire.ajouter(new FicheOrganisation(
                TypeOrganisation.PRESCRIPTEUR, "Cap Emploi 21", null, "cap21@exemple.fr", ""));

        assertThatThrownBy(() -> annuaire.ajouter(new FicheOrganisation(TypeOrganisation.PRESCRIPTEUR,
                "cap emploi 21", null, "autre@exemple.fr", ""))).hasMessageContaining("déjà dans l'annuaire");
        SaisieInvalideException refus = catchThrowableOfType(() -> annuaire.ajouter(new FicheOrganisation(null, "", new Adresse("1 rue", "", "", ""), "x@", "12")),
                SaisieInvalideException.class);
        assertThat(refus.problemes()).extracting(Probleme::champ).containsExactlyInAnyOrder(GererAnnuaire.TYPE,
                GererAnnuaire.NOM, GererAnnuaire.EMAIL, GererAnnuaire.TELEPHONE, GererAnnuaire.VILLE);
        assertThatThrownBy(() -> annuaire.ajouter(new FicheOrganisation(TypeOrganisation.AUTRE,
                "Sans adresse", null, "", ""))).hasMessageContaining("l'adresse postale ou le courriel");

        Organisation changee = annuaire.modifier(spsti, new FicheOrganisation(
                TypeOrganisation.SANTE_TRAVAIL, spsti.nom(), spsti.adresse(), "accueil@exemple.fr", "03 80 33 33 33"));
        assertThat(changee.email()).isEqualTo("accueil@exemple.fr");
        annuaire.activer(prescripteur.id(), false);

        assertThat(annuaire.actives(TypeOrganisation.PRESCRIPTEUR, TypeOrganisation.SANTE_TRAVAIL))
                .extracting(Organisation::nom).containsExactly("SPSTI de Côte-d'Or (fictif)");
        assertThat(annuaire.lister()).hasSize(3).last().extracting(Organisation::actif).isEqualTo(false);
        assertThat(actions().get("ORGANISATION_MODIFIEE")).isEqualTo("champs modifiés : courriel, téléphone");
        assertThat(actions()).containsKeys("ORGANISATION_AJOUTEE", "ORGANISATION_DESACTIVEE");
    }

    @Test
    void a_partner_says_which_organisation_they_come_from_and_an_internal_member_does_not() {
        SaisieInvalideException refus = catchThrowableOfType(() -> new GererMembres(base, horloge, () -> coordinatrice).ajouter(new FicheMembre("",
                "Paul", "Partenaire", "Médecin du travail", "SPSTI", Role.PARTENAIRE, "", false, null)),
                SaisieInvalideException.class);
        assertThat(refus.problemes()).extracting(Probleme::champ).containsExactly(GererMembres.PARTENAIRE);
        assertThatThrownBy(() -> new GererMembres(base, horloge, () -> coordinatrice).ajouter(new FicheMembre("", "Paul", "Partenaire", "Patron",
                "Entreprise", Role.PARTENAIRE, "", false, Partenaire.EMPLOYEUR))).hasMessageContaining(
                        "un employeur n'est pas membre de la cellule");

        Membre spsti = new GererMembres(base, horloge, () -> coordinatrice).ajouter(new FicheMembre("", "Paul", "Partenaire", "Médecin du travail",
                "SPSTI", Role.PARTENAIRE, "", false, Partenaire.SERVICE_PREVENTION_SANTE_TRAVAIL));
        Membre interne = new GererMembres(base, horloge, () -> coordinatrice).ajouter(new FicheMembre("", "Julie", "Sociale", "ASS", "CPAM",
                Role.REFERENT_SOCIAL, "", false, Partenaire.CAP_EMPLOI));

        assertThat(base.membres().get(spsti.id()).partenaire()).isEqualTo(Partenaire.SERVICE_PREVENTION_SANTE_TRAVAIL);
        assertThat(base.membres().get(interne.id()).partenaire()).as("an internal member reads every file").isNull();
    }

    @Test
    void the_demo_never_mixes_with_a_cell_set_up_by_hand() {
        new GererMembres(base, horloge, () -> coordinatrice).ajouterMaFiche(fiche("Claire", "Exemple", Role.COORDINATRICE));

        assertThatThrownBy(() -> new ChargerDonneesDemo(base, () -> Utilisateur.systeme()).executer(LocalDate.of(2026, 12, 3))).hasMessageContaining("ne se chargent que dans une base vide");
        assertThat(base.membres().count()).isEqualTo(1);
    }

    private static PlanSeance plan(List<UUID> convoques) {
        return new PlanSeance(null, LocalDate.of(2026, 12, 10), LocalTime.of(14, 0), "Salle 2", "", null, convoques);
    }

    private static Seance seance(Map<UUID, EtatPresence> etats) {
        List<Presence> presences = etats.entrySet().stream().map(e -> new Presence(e.getKey(), e.getValue())).toList();
        return new Seance(UUID.randomUUID(), 0, 1, LocalDate.of(2026, 12, 10), LocalTime.of(14, 0), "Salle", "",
                fr.cellulepdp.model.seance.StatutSeance.PLANIFIEE, null, presences, List.of(), List.of(), "");
    }

    /** The last details of each action of the trail. */
    private Map<String, String> actions() {
        return base.journalAudit().findAll().stream().collect(Collectors.toMap(EvenementAudit::action,
                EvenementAudit::details, (a, b) -> b));
    }
}
