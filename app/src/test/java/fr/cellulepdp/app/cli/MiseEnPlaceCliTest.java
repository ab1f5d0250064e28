package fr.cellulepdp.app.cli;

import fr.cellulepdp.app.wiring.CommandesCablees;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.cellulepdp.app.wiring.Services;
import fr.cellulepdp.model.cellule.Role;
import fr.cellulepdp.model.commun.Horloge;
import fr.cellulepdp.model.seance.Presence;
import fr.cellulepdp.model.seance.Seance;
import fr.cellulepdp.persistence.base.AccesBase;
import fr.cellulepdp.persistence.base.BaseVerrouilleeException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * A real cell's first day from the command line, in-process on a real H2 file: from an empty database (no demo) to
 * the agenda of its first meeting, with the refusals met on the way. One journey on one database, as each login
 * costs the password hashing.
 */
class MiseEnPlaceCliTest {

    private static final String COORDINATRICE = "claire.bernard";
    private static final String MOT_DE_PASSE = "Nievre-PDP-2026!";
    private static final String REFERENTE_SOCIALE = "sophie.lemoine";
    private static final String MOT_DE_PASSE_REFERENTE = "Referente-58-Nevers";
    private static final String NOM_CELLULE = "Cellule locale PDP de la Nièvre";

    @TempDir
    Path dossier;

    private final StringWriter sortie = new StringWriter();
    private final StringWriter erreurs = new StringWriter();
    private final Map<String, String> environnement = new HashMap<>(Map.of("PDP_PASSWORD", MOT_DE_PASSE));

    /** Runs one command; the output and errors are those of this command only. */
    private int executer(String... arguments) {
        sortie.getBuffer().setLength(0);
        erreurs.getBuffer().setLength(0);
        CommandLine ligne = CommandesCablees.creer(acces -> {
            throw new AssertionError("pas de fenêtre ici");
        }, environnement::get);
        ligne.setOut(new PrintWriter(sortie, true));
        ligne.setErr(new PrintWriter(erreurs, true));
        return ligne.execute(arguments);
    }

    private String base() {
        return dossier.resolve("cellule").toString();
    }

    /** A command on the journey's database, as the coordinatrice. */
    private int commeCoordinatrice(String... arguments) {
        List<String> liste = new ArrayList<>(List.of("--db", base(), "--user", COORDINATRICE));
        liste.addAll(List.of(arguments));
        return executer(liste.toArray(String[]::new));
    }

    private Services ouvrirCommeCoordinatrice() {
        return Services.ouvrir(AccesBase.fichier(dossier.resolve("cellule")), Horloge.systeme(), COORDINATRICE,
                MOT_DE_PASSE.toCharArray());
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_new_cell_set_up_from_an_empty_database_to_the_agenda_of_its_first_meeting_with_its_refusals()
            throws Exception {
        // the coordinatrice's account: refused without a password (no file made) or with a weak one
        environnement.remove("PDP_PASSWORD");
        assertThat(executer("--db", base(), "setup", "account", "--login", COORDINATRICE))
                .isEqualTo(LigneDeCommande.ECHEC);
        assertThat(erreurs.toString()).contains("définissez PDP_PASSWORD ou lancez la commande dans un terminal");
        assertThat(dossier.resolve("cellule.mv.db")).doesNotExist();
        environnement.put("PDP_PASSWORD", "court");
        assertThat(executer("--db", base(), "setup", "account", "--login", COORDINATRICE))
                .isEqualTo(LigneDeCommande.ECHEC);
        assertThat(erreurs.toString()).contains("mot de passe : le mot de passe compte au moins 12 caractères");
        environnement.put("PDP_PASSWORD", MOT_DE_PASSE);

        // then made: the H2 file opens only with her password from now on
        assertThat(executer("--db", base(), "setup", "account", "--login", COORDINATRICE)).as(erreurs.toString())
                .isZero();
        assertThat(sortie.toString()).contains("Compte de la coordinatrice « claire.bernard » créé",
                "La base est chiffrée");
        assertThat(erreurs.toString()).isEmpty();
        AccesBase acces = AccesBase.fichier(dossier.resolve("cellule"));
        assertThat(acces.verrouillee()).isTrue();
        assertThat(acces.aProteger()).isFalse();
        assertThatThrownBy(() -> Services.ouvrir(acces, Horloge.systeme()))
                .isInstanceOf(BaseVerrouilleeException.class);

        assertThat(executer("--db", base(), "setup", "account", "--login", "autre.compte"))
                .isEqualTo(LigneDeCommande.ECHEC);
        assertThat(erreurs.toString()).startsWith("Erreur : compte : cette base a déjà des comptes");
        assertThat(executer("--db", base(), "setup", "cell", "--name", NOM_CELLULE)).isEqualTo(LigneDeCommande.ECHEC);
        assertThat(erreurs.toString()).contains("indiquez --user IDENTIFIANT");
        environnement.put("PDP_PASSWORD", "Pas-le-bon-2026");
        assertThat(commeCoordinatrice("members", "list")).isEqualTo(LigneDeCommande.ECHEC);
        assertThat(erreurs.toString()).contains("identifiant ou mot de passe incorrect");
        environnement.put("PDP_PASSWORD", MOT_DE_PASSE);

        // the cell: a wrong e-mail and postcode are named, with their options, and nothing is written
        String[] cellule = {"setup", "cell", "--name", NOM_CELLULE, "--cpam", "CPAM de la Nièvre", "--address",
                "1 place de la République", "--postcode", "58000", "--town", "Nevers", "--phone", "03 86 00 00 00",
                "--email", "cellule-pdp@cpam-nievre.exemple.fr", "--signatory-first-name", "Jeanne", "--signatory",
                "Morel", "--function", "Directrice", "--delegation", "Pour le directeur et par délégation"};
        List<String> fautive = new ArrayList<>(List.of(cellule));
        fautive.set(fautive.indexOf("58000"), "580");
        fautive.set(fautive.indexOf("cellule-pdp@cpam-nievre.exemple.fr"), "cellule-pdp.exemple.fr");
        assertThat(commeCoordinatrice(fautive.toArray(String[]::new))).isEqualTo(LigneDeCommande.ECHEC);
        assertThat(erreurs.toString()).contains("code postal (--postcode) : code postal invalide",
                "courriel (--email) : adresse électronique invalide");
        try (Services services = ouvrirCommeCoordinatrice()) {
            assertThat(services.miseEnPlace().parametrerCellule().lire()).isEmpty();
        }
        assertThat(commeCoordinatrice("setup", "cell", "--name", NOM_CELLULE)).isEqualTo(LigneDeCommande.ECHEC);
        assertThat(erreurs.toString()).contains("caisse (CPAM) (--cpam) : obligatoire.", "ville (--town) : obligatoire.");

        assertThat(commeCoordinatrice(cellule)).as(erreurs.toString()).isZero();
        assertThat(sortie.toString()).contains("Cellule créée : « " + NOM_CELLULE + " »");
        assertThat(commeCoordinatrice("setup", "cell", "--email", "sans-arobase")).isEqualTo(LigneDeCommande.ECHEC);
        assertThat(commeCoordinatrice("setup", "cell", "--phone", "03 86 11 22 33")).isZero();
        assertThat(sortie.toString()).contains("Cellule mise à jour");

        // her own member record, tied to her account
        assertThat(commeCoordinatrice("setup", "me", "--civility", "Mme", "--first-name", "Claire", "--name",
                "Bernard", "--function", "Responsable du service social", "--organisation", "CPAM de la Nièvre"))
                .as(erreurs.toString()).isZero();
        assertThat(sortie.toString()).contains("rattachée au compte « claire.bernard »").doesNotContain("Bernard");
        assertThat(commeCoordinatrice("setup", "me", "--first-name", "Claire", "--name", "Bernard", "--function",
                "Responsable", "--organisation", "CPAM")).isEqualTo(LigneDeCommande.ECHEC);
        assertThat(erreurs.toString()).contains("déjà rattaché à un membre");

        // the members
        assertThat(commeCoordinatrice("members", "add", "--civility", "Mme", "--first-name", "Sophie", "--name",
                "Lemoine", "--function", "Assistante sociale", "--organisation", "Service social CPAM 58", "--role",
                "social", "--email", "sophie.lemoine@cpam-nievre.exemple.fr", "--deputy")).as(erreurs.toString())
                .isZero();
        assertThat(sortie.toString()).contains("ajouté (Référent social, suppléant(e) de la coordinatrice)")
                .doesNotContain("Lemoine");
        assertThat(commeCoordinatrice("members", "add", "--first-name", "Paul", "--name", "Girard", "--function",
                "Médecin-conseil", "--organisation", "Service médical DRSM", "--role", "Médical")).isZero();
        assertThat(commeCoordinatrice("members", "add", "--first-name", "Nadia", "--name", "Ferrand", "--function",
                "Conseillère", "--organisation", "Cap Emploi 58", "--role", "partenaire")).isEqualTo(LigneDeCommande.ECHEC);
        assertThat(erreurs.toString()).contains("organisme partenaire (--partner-type) : choisissez de quel organisme");
        assertThat(commeCoordinatrice("members", "add", "--first-name", "Nadia", "--name", "Ferrand", "--function",
                "Conseillère", "--organisation", "Cap Emploi 58", "--role", "partenaire", "--partner-type",
                "cap-emploi")).isZero();
        assertThat(commeCoordinatrice("members", "add", "--first-name", "Marc", "--name", "Doublon", "--function",
                "Gestionnaire", "--organisation", "CPAM de la Nièvre", "--role", "referent administratif")).isZero();
        assertThat(commeCoordinatrice("members", "add", "--first-name", "Léa", "--name", "Roux", "--function",
                "Infirmière", "--organisation", "SPSTI", "--role", "infirmiere")).isEqualTo(LigneDeCommande.ECHEC);
        assertThat(erreurs.toString()).contains("--role : « infirmiere » : coordinatrice, social, medical");
        assertThat(commeCoordinatrice("members", "add", "--first-name", "Léa", "--function", "Infirmière",
                "--organisation", "SPSTI", "--role", "partenaire", "--email", "lea@", "--deputy"))
                .isEqualTo(LigneDeCommande.ECHEC);
        assertThat(erreurs.toString()).contains("nom (--name) : obligatoire.", "courriel (--email) :",
                "suppléance (--deputy) : un partenaire ne peut pas suppléer");

        assertThat(commeCoordinatrice("members", "list", "--json")).isZero();
        List<Object> membres = (List<Object>) new Json(sortie.toString().strip()).valeur();
        assertThat(membres).hasSize(5);
        Map<String, Map<String, Object>> parNom = new LinkedHashMap<>();
        membres.forEach(m -> parNom.put((String) ((Map<String, Object>) m).get("name"), (Map<String, Object>) m));
        assertThat(parNom.keySet()).containsExactly("Bernard", "Doublon", "Ferrand", "Girard", "Lemoine");
        assertThat(parNom.get("Lemoine")).containsEntry("role", "social").containsEntry("deputy", true)
                .containsEntry("active", true).containsEntry("firstName", "Sophie")
                .containsEntry("email", "sophie.lemoine@cpam-nievre.exemple.fr")
                .containsEntry("function", "Assistante sociale").containsEntry("civility", "Mme");
        assertThat(parNom.get("Girard")).containsEntry("role", "medical");
        assertThat(parNom.get("Ferrand")).containsEntry("role", "partenaire")
                .containsEntry("organisation", "Cap Emploi 58").containsEntry("partnerType", "CAP_EMPLOI");
        assertThat(parNom.get("Doublon")).containsEntry("role", "administratif");
        assertThat(parNom.get("Bernard")).containsEntry("role", "coordinatrice");
        UUID sociale = UUID.fromString((String) parNom.get("Lemoine").get("id"));
        String partenaire = (String) parNom.get("Ferrand").get("id");
        String doublon = (String) parNom.get("Doublon").get("id");
        assertThat(commeCoordinatrice("members", "list")).isZero();
        assertThat(sortie.toString()).contains(partenaire.substring(0, 8) + "  Nadia Ferrand — Partenaire — "
                + "Conseillère, Cap Emploi 58 — actif").contains("5 membre(s), dont 5 actif(s).");

        // the directory of organisations
        assertThat(commeCoordinatrice("organisations", "add", "--type", "spsti", "--name", "SPSTI de la Nièvre",
                "--address", "12 rue des Docteurs", "--postcode", "58000", "--town", "Nevers", "--email",
                "contact@spsti58.exemple.fr", "--phone", "03 86 22 22 22")).as(erreurs.toString()).isZero();
        assertThat(commeCoordinatrice("organisations", "add", "--type", "Cap Emploi", "--name", "Cap Emploi 58",
                "--email", "contact@capemploi58.exemple.fr")).isZero();
        assertThat(commeCoordinatrice("organisations", "add", "--type", "mutuelle", "--name", "X", "--email",
                "x@exemple.fr")).isEqualTo(LigneDeCommande.ECHEC);
        assertThat(erreurs.toString()).contains("--type : « mutuelle » : spsti, cap-emploi");
        assertThat(commeCoordinatrice("organisations", "add", "--type", "dpo", "--name", "DPO", "--address",
                "1 rue X")).isEqualTo(LigneDeCommande.ECHEC);
        assertThat(erreurs.toString()).contains("ville (--town) : une adresse postale comprend le code postal");
        assertThat(commeCoordinatrice("organisations", "list", "--json")).isZero();
        List<Object> organisations = (List<Object>) new Json(sortie.toString().strip()).valeur();
        assertThat(organisations).hasSize(2);
        Map<String, Object> capEmploi = (Map<String, Object>) organisations.stream()
                .filter(o -> ((Map<?, ?>) o).get("type").equals("cap-emploi")).findFirst().orElseThrow();
        assertThat(commeCoordinatrice("organisations", "deactivate", ((String) capEmploi.get("id")).substring(0, 6)))
                .isZero();
        assertThat(commeCoordinatrice("organisations", "list", "--json")).isZero();
        assertThat(sortie.toString()).contains("\"type\":\"spsti\",\"name\":\"SPSTI de la Nièvre\",\"address\":"
                + "\"12 rue des Docteurs\",\"address2\":\"\",\"postcode\":\"58000\",\"town\":\"Nevers\"")
                .contains("\"name\":\"Cap Emploi 58\"").contains("\"active\":false");

        // the monthly IJ 60 list (synthetic people, NIRs with their right keys)
        Path liste = dossier.resolve("ij60.csv");
        String debut = LocalDate.now(fr.cellulepdp.model.commun.Horloge.FUSEAU_PARIS).minusDays(70)
                .format(DateTimeFormatter.ofPattern("dd/MM/uuuu"));
        Files.writeString(liste, "nir;nom;prenom;date_debut_arret;risque\n"
                + nir("2750858123001") + ";Fictive;Alice;" + debut + ";maladie\n"
                + nir("1820358123002") + ";Exemple;Bruno;" + debut + ";at\n"
                + nir("2911158123003") + ";Essai;Chloé;" + debut + ";mp\n");
        assertThat(commeCoordinatrice("import-ij60", liste.toString())).as(sortie + " " + erreurs).isZero();
        assertThat(sortie.toString()).startsWith("3 nouvelle(s) situation(s)").doesNotContain("Fictive");

        // a social référent does not run the members; a member typed by mistake is deactivated, then not convoked
        try (Services services = ouvrirCommeCoordinatrice()) {
            services.miseEnPlace().gererComptes().creer(REFERENTE_SOCIALE, sociale, Role.REFERENT_SOCIAL,
                    MOT_DE_PASSE_REFERENTE.toCharArray(), MOT_DE_PASSE_REFERENTE.toCharArray());
        }
        environnement.put("PDP_PASSWORD", MOT_DE_PASSE_REFERENTE);
        assertThat(executer("--db", base(), "--user", REFERENTE_SOCIALE, "members", "add", "--first-name", "Léa",
                "--name", "Roux", "--function", "Infirmière", "--organisation", "SPSTI", "--role", "partenaire"))
                .isEqualTo(LigneDeCommande.ECHEC);
        assertThat(erreurs.toString()).contains("seule la coordinatrice gère les membres de la cellule");
        assertThat(executer("--db", base(), "--user", REFERENTE_SOCIALE, "meetings", "plan", "--date", "2027-01-14",
                "--time", "14:00", "--place", "Nevers")).isEqualTo(LigneDeCommande.ECHEC);
        assertThat(erreurs.toString()).contains("seule la coordinatrice planifie les séances");
        environnement.put("PDP_PASSWORD", MOT_DE_PASSE);

        assertThat(commeCoordinatrice("members", "deactivate", doublon.substring(0, 5).toUpperCase()))
                .as(erreurs.toString()).isZero();
        assertThat(sortie.toString()).contains("désactivé");
        assertThat(commeCoordinatrice("members", "deactivate", "ab")).isEqualTo(LigneDeCommande.ECHEC);
        assertThat(erreurs.toString()).contains("ID : « ab » : indiquez au moins 4 caractères");
        assertThat(commeCoordinatrice("members", "activate", "zzzz")).isEqualTo(LigneDeCommande.ECHEC);
        assertThat(erreurs.toString()).contains("ID : aucun membre n'a l'identifiant « zzzz »");

        // the first meeting, every active member convoked
        // the days are counted in Paris time, as the application does (UTC 23:00-24:00 is already the next day there)
        LocalDate jour = LocalDate.now(fr.cellulepdp.model.commun.Horloge.FUSEAU_PARIS).plusDays(20);
        assertThat(commeCoordinatrice("meetings", "plan", "--date", jour.toString(), "--time", "14h30", "--video",
                "visio.exemple.fr")).isEqualTo(LigneDeCommande.ECHEC);
        assertThat(erreurs.toString()).contains("--video : « visio.exemple.fr » n'est pas un lien");
        assertThat(commeCoordinatrice("meetings", "plan", "--date", jour.toString(), "--time", "25:00", "--place",
                "Nevers")).isEqualTo(LigneDeCommande.ECHEC);
        assertThat(erreurs.toString()).contains("--time : « 25:00 » n'est pas une heure");
        assertThat(commeCoordinatrice("meetings", "plan", "--date", jour.toString(), "--time", "14:30")).isEqualTo(
                LigneDeCommande.ECHEC);
        assertThat(erreurs.toString()).contains("lieu (--place, --video) : indiquez le lieu");
        assertThat(commeCoordinatrice("meetings", "plan", "--date", "14/13/2027", "--time", "14:30", "--place",
                "Nevers")).isEqualTo(LigneDeCommande.ECHEC);
        assertThat(erreurs.toString()).contains("--date : « 14/13/2027 » n'est pas une date");
        assertThat(commeCoordinatrice("meetings", "plan", "--time", "14:30", "--place", "Nevers"))
                .isEqualTo(CommandLine.ExitCode.USAGE);
        assertThat(commeCoordinatrice("meetings", "plan", "--date", jour.toString(), "--time", "14h30", "--place",
                "CPAM de Nevers, salle 3", "--secretary", partenaire.substring(0, 8))).isEqualTo(LigneDeCommande.ECHEC);
        assertThat(erreurs.toString()).contains("secrétaire (--secretary) : le secrétaire de séance est un membre");
        try (Services services = ouvrirCommeCoordinatrice()) {
            assertThat(services.stockage().seances().findAll()).as("nothing written by the refusals").isEmpty();
        }
        assertThat(commeCoordinatrice("meetings", "plan", "--date", jour.toString(), "--time", "14h30", "--place",
                "CPAM de Nevers, salle 3", "--video", "https://visio.exemple.fr/pdp-58", "--secretary",
                sociale.toString().substring(0, 8)))
                .as(erreurs.toString()).isZero();
        assertThat(sortie.toString()).contains("Séance n° 1 planifiée", "à 14:30", "4 membre(s) convoqué(s)");
        try (Services services = ouvrirCommeCoordinatrice()) {
            Seance seance = services.stockage().seances().findAll().get(0);
            assertThat(seance.presences()).extracting(Presence::membreId).hasSize(4)
                    .doesNotContain(UUID.fromString(doublon));
            assertThat(seance.secretaireId()).isEqualTo(sociale);
        }

        // deleting: refused for a member convoked to a meeting, done for one whom nothing names
        assertThat(commeCoordinatrice("members", "delete", partenaire)).isEqualTo(LigneDeCommande.ECHEC);
        assertThat(erreurs.toString()).contains("il ne peut pas être supprimé");
        assertThat(commeCoordinatrice("members", "delete", doublon.substring(0, 8))).as(erreurs.toString()).isZero();
        assertThat(commeCoordinatrice("members", "list", "--json")).isZero();
        assertThat((List<Object>) new Json(sortie.toString().strip()).valeur()).hasSize(4);

        // the agenda of the planned meeting names the cell and the members typed
        Path documents = dossier.resolve("documents");
        assertThat(commeCoordinatrice("render", "--seance", "last", "--sans-signature", "--out", documents.toString()))
                .as(erreurs.toString()).isZero();
        assertThat(sortie.toString()).contains("séance n° 1", "seuls les ordres du jour");
        String ordreDuJour = textePdf(documents.resolve("seance-001/01-ordre-du-jour.pdf"));
        assertThat(ordreDuJour).contains(NOM_CELLULE, "CPAM de la Nièvre", "03 86 11 22 33", "Membres convoqués",
                "Claire Bernard (Responsable du service social, CPAM de la Nièvre)",
                "Sophie Lemoine (Assistante sociale, Service social CPAM 58)",
                "Paul Girard (Médecin-conseil, Service médical DRSM)", "Nadia Ferrand (Conseillère, Cap Emploi 58)",
                "CPAM de Nevers, salle 3 et visioconférence (https://visio.exemple.fr/pdp-58)", "à 14 h 30")
                .doesNotContain("Doublon");
        assertThat(textePdf(documents.resolve("seance-001/02-ordre-du-jour-partenaires.pdf")))
                .contains(NOM_CELLULE, "Nadia Ferrand");

        // opening the meeting 20 days ahead: refused unless confirmed
        assertThat(commeCoordinatrice("meetings", "open", "--number", "1")).isEqualTo(LigneDeCommande.ECHEC);
        assertThat(erreurs.toString()).contains("date (--before-date) : la séance n° 1 est prévue le",
                "dans 20 jours : confirmez que vous l'ouvrez dès aujourd'hui.");
        assertThat(commeCoordinatrice("meetings", "open", "--number", "1", "--before-date"))
                .as(erreurs.toString()).isZero();
        assertThat(sortie.toString()).contains("Séance n° 1 ouverte.");
        assertThat(commeCoordinatrice("meetings", "approve-minutes", "--number", "1")).isEqualTo(LigneDeCommande.ECHEC);
        assertThat(erreurs.toString()).contains("aucune séance n'a été clôturée avant celle-ci.");

        // the encrypted file does not show what was typed
        String brut = new String(Files.readAllBytes(dossier.resolve("cellule.mv.db")), StandardCharsets.ISO_8859_1);
        assertThat(brut).doesNotContain("Lemoine", "Nevers", "Fictive");
    }

    /** The NIR of this 13-digit body with its key (97 minus the body modulo 97). */
    private static String nir(String corps) {
        return corps + String.format("%02d", 97 - Long.parseLong(corps) % 97);
    }

    private static String textePdf(Path fichier) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(Files.readAllBytes(fichier))) {
            return new PDFTextStripper().getText(pdf).replace('\u00a0', ' ');
        }
    }

    /** Just enough of a JSON reader (RFC 8259) to check that the lists parse: objects, arrays, strings, literals. */
    private static final class Json {

        private final String texte;
        private int position;

        Json(String texte) {
            this.texte = texte;
        }

        Object valeur() {
            Object lue = lire();
            espaces();
            if (position != texte.length()) {
                throw erreur("fin attendue");
            }
            return lue;
        }

        private Object lire() {
            espaces();
            if (position >= texte.length()) {
                throw erreur("valeur attendue");
            }
            char c = texte.charAt(position);
            switch (c) {
                case '{' -> {
                    position++;
                    Map<String, Object> objet = new LinkedHashMap<>();
                    espaces();
                    if (texte.charAt(position) == '}') {
                        position++;
                        return objet;
                    }
                    do {
                        espaces();
                        String cle = chaine();
                        espaces();
                        attendre(':');
                        if (objet.put(cle, lire()) != null) {
                            throw erreur("clé en double " + cle);
                        }
                        espaces();
                    } while (suivant(','));
                    attendre('}');
                    return objet;
                }
                case '[' -> {
                    position++;
                    List<Object> tableau = new ArrayList<>();
                    espaces();
                    if (texte.charAt(position) == ']') {
                        position++;
                        return tableau;
                    }
                    do {
                        tableau.add(lire());
                        espaces();
                    } while (suivant(','));
                    attendre(']');
                    return tableau;
                }
                case '"' -> {
                    return chaine();
                }
                default -> {
                    for (Map.Entry<String, Object> litteral : Map.<String, Object>of("true", true, "false", false)
                            .entrySet()) {
                        if (texte.startsWith(litteral.getKey(), position)) {
                            position += litteral.getKey().length();
                            return litteral.getValue();
                        }
                    }
                    if (texte.startsWith("null", position)) {
                        position += 4;
                        return null;
                    }
                    int debut = position;
                    while (position < texte.length() && "+-0123456789.eE".indexOf(texte.charAt(position)) >= 0) {
                        position++;
                    }
                    if (debut == position) {
                        throw erreur("valeur attendue");
                    }
                    return Double.parseDouble(texte.substring(debut, position));
                }
            }
        }

        private String chaine() {
            attendre('"');
            StringBuilder lue = new StringBuilder();
            while (true) {
                char c = texte.charAt(position++);
                if (c == '"') {
                    return lue.toString();
                }
                if (c < 0x20) {
                    throw erreur("caractère de contrôle dans une chaîne");
                }
                if (c != '\\') {
                    lue.append(c);
                    continue;
                }
                char echappe = texte.charAt(position++);
                switch (echappe) {
                    case '"', '\\', '/' -> lue.append(echappe);
                    case 'n' -> lue.append('\n');
                    case 'r' -> lue.append('\r');
                    case 't' -> lue.append('\t');
                    case 'b' -> lue.append('\b');
                    case 'f' -> lue.append('\f');
                    case 'u' -> {
                        lue.append((char) Integer.parseInt(texte.substring(position, position + 4), 16));
                        position += 4;
                    }
                    default -> throw erreur("échappement inconnu \\" + echappe);
                }
            }
        }

        private void espaces() {
            while (position < texte.length() && " \t\r\n".indexOf(texte.charAt(position)) >= 0) {
                position++;
            }
        }

        private boolean suivant(char c) {
            if (position < texte.length() && texte.charAt(position) == c) {
                position++;
                return true;
            }
            return false;
        }

        private void attendre(char c) {
            if (!suivant(c)) {
                throw erreur("« " + c + " » attendu");
            }
        }

        private IllegalArgumentException erreur(String message) {
            return new IllegalArgumentException("JSON invalide à la position " + position + " : " + message);
        }
    }
}
