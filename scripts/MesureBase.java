import fr.cellulepdp.app.wiring.Services;
import fr.cellulepdp.model.cellule.Role;
import fr.cellulepdp.model.commun.Horloge;
import fr.cellulepdp.model.commun.Textes;
import fr.cellulepdp.model.decision.AvisMedical;
import fr.cellulepdp.model.decision.IssueDecision;
import fr.cellulepdp.model.decision.SaisieDecision;
import fr.cellulepdp.model.indicateur.CalculerIndicateurs;
import fr.cellulepdp.model.indicateur.Periode;
import fr.cellulepdp.model.seance.ListerSeances;
import fr.cellulepdp.model.decision.DeciderEnUrgence;
import fr.cellulepdp.model.situation.CritereSituations;
import fr.cellulepdp.model.situation.ListerSituations;
import fr.cellulepdp.model.situation.Risque;
import fr.cellulepdp.model.situation.StatutSituation;
import fr.cellulepdp.persistence.base.AccesBase;
import fr.cellulepdp.persistence.base.BaseDeDonnees;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The database benchmark of scripts/benchmark-base.sh, in two steps:
 * <ul>
 * <li>{@code remplir FICHIER [SITUATIONS]}: fills an empty H2 file (in clear, batch inserts, then compacted) with ten
 * years of a busy cell: 100 000 situations by default, 1–2 requests each, decided at fortnightly meetings (260),
 * file numbers PDP-AAAA-NNNN numbered per year (past 9 999 in a busy year), valid NIRs, some requests waiting. The
 * shell script then encrypts it with {@code setup account}, as a real cell's first login does.</li>
 * <li>{@code mesurer FICHIER COMPTE TOURS}: opens the encrypted file as that account (password in PDP_PASSWORD),
 * warms every measure up ({@code -Dchauffe=N} rounds, 15 by default), then runs TOURS rounds, each round timing every measure once, in turn (interleaved, so
 * that the machine's noise spreads over all of them); prints one line per sample: {@code mesure millisecondes}.
 * {@code -Dseulement=PREFIXE} keeps only the measures whose name starts with it ({@code decision}: the decision).</li>
 * </ul>
 * Usage: java -cp app/target/cellule-pdp.jar scripts/MesureBase.java remplir|mesurer ...
 */
public class MesureBase {

    static final int ANNEES = 10;
    static final String[] ORIGINES = {"REQUETE_IJ_60J", "SERVICE_MEDICAL", "MEDECIN_TRAVAIL", "MEDECIN_TRAITANT",
            "EMPLOYEUR", "ASSURE", "CAP_EMPLOI", "AUTRE_PARTENAIRE"};
    static final String[] RISQUES = {"MALADIE", "ACCIDENT_TRAVAIL", "MALADIE_PROFESSIONNELLE", "INVALIDITE"};
    static final String[] ISSUES_SITUATION = {"MAINTIEN_MEME_POSTE", "AUTRE_POSTE_MEME_ENTREPRISE", "RECONVERSION",
            "LICENCIEMENT_INAPTITUDE", "INVALIDITE_RETRAITE", "ARRET_A_LA_DEMANDE_ASSURE"};
    static final String[] MESURES = {"ESSAI_ENCADRE", "CRPE", "PMSMP", "BILAN_COMPETENCES", "FORMATION", "VAE",
            "TEMPS_PARTIEL_THERAPEUTIQUE", "VISITE_PRE_REPRISE", "RENDEZ_VOUS_LIAISON", "CONSULTATION_MEDICO_PRO"};
    static final String[] ISSUES_DECISION = {"ACCORD", "ACCORD", "ACCORD", "ACCORD_SOUS_RESERVE", "REFUS",
            "AJOURNEMENT", "SANS_OBJET"};
    static final String[] PRENOMS = {"Hélène", "Jérôme", "Zoé", "Loïc", "Françoise", "Noël", "Agnès", "Cédric"};
    static final String[] EMPLOYEURS = {"Boulangerie Martin", "Transports Girard", "Clinique du Parc",
            "Mairie de Nevers", "Métallerie Dupont", ""};

    public static void main(String[] args) throws Exception {
        Path fichier = Path.of(args[1]);
        if (args[0].equals("remplir")) {
            int situations = args.length > 2 ? Integer.parseInt(args[2]) : 100_000;
            long debut = System.nanoTime();
            // the schema, as the application creates it
            BaseDeDonnees.ouvrir(fichier).close();
            remplir(fichier, situations, LocalDate.now().getYear() - ANNEES);
            System.err.printf("base remplie en %.1f s%n", (System.nanoTime() - debut) / 1e9);
        } else {
            mesurer(fichier, args[2], Integer.parseInt(args[3]));
        }
    }

    /** The year measured: the last complete one of the ten. */
    static int anneeMesuree() {
        return LocalDate.now().getYear() - 1;
    }

    static void mesurer(Path fichier, String compte, int tours) {
        char[] motDePasse = System.getenv("PDP_PASSWORD").toCharArray();
        try (Services services = Services.ouvrir(AccesBase.fichier(fichier), Horloge.systeme(), compte, motDePasse)) {
            var stockage = services.stockage();
            ListerSituations liste = services.situations().listerSituations();
            // a NIR and a file number that exist: the ones of the middle situation
            var milieu = stockage.situations().rechercher(new CritereSituations("", true, null, null, null, null,
                    null, null, false, (int) (stockage.situations().count() / 2), 1)).get(0);
            String nir = stockage.assures().get(milieu.assureId()).nir().valeur();
            Map<String, CritereSituations> recherches = new LinkedHashMap<>();
            recherches.put("recherche-liste-entiere", CritereSituations.tout());
            recherches.put("recherche-nom", texte("nom4242"));
            // a first name one file in eight bears, with an employer's word: a full page of 500, then its count
            recherches.put("recherche-prenom-employeur", texte("hélène boulangerie"));
            recherches.put("recherche-prenom", texte("hele"));
            recherches.put("recherche-numero", texte(milieu.numeroDossier().substring(0, milieu.numeroDossier().length() - 1)));
            recherches.put("recherche-nir", texte(nir));
            recherches.put("recherche-filtres", new CritereSituations("", true, StatutSituation.SUIVIE, null,
                    Risque.ACCIDENT_TRAVAIL, null, null, null, false, 0, CritereSituations.LIMITE_PAR_DEFAUT));
            recherches.put("recherche-en-attente", new CritereSituations("", true, null, null, null, null, null, null,
                    true, 0, CritereSituations.LIMITE_PAR_DEFAUT));
            Map<String, Supplier<Object>> mesures = new LinkedHashMap<>();
            recherches.forEach((nom, critere) -> mesures.put(nom, () -> liste.rechercher(critere)));
            CalculerIndicateurs indicateurs = services.bilans().calculerIndicateurs();
            Periode annee = Periode.annee(anneeMesuree());
            mesures.put("indicateurs-annee", () -> indicateurs.calculer(annee));
            // the Séances page: ten years of meetings with their decisions' and letters' counts
            ListerSeances seances = services.seances().listerSeances();
            mesures.put("seances-liste", seances::lister);
            // preparing the next meeting: planning it (once, timed here), then the agenda the application proposes
            var preparer = services.seances().preparerSeance();
            long avantPlan = System.nanoTime();
            var prevue = preparer.planifier(new fr.cellulepdp.model.seance.PlanSeance(null,
                    LocalDate.now().plusDays(14), java.time.LocalTime.of(14, 0), "Salle du conseil", "", null,
                    List.of()));
            System.out.printf(java.util.Locale.ROOT, "seance-planifiee %.3f%n", (System.nanoTime() - avantPlan) / 1e6);
            mesures.put("ordre-du-jour-propose", () -> preparer.proposer(prevue.id()));
            // the Situations page's line about the IJ 60 days list, read each time the page shows
            var misesADisposition = services.courriers().misesADisposition();
            mesures.put("situations-ligne-ij60", () -> misesADisposition.situations().size()
                    + misesADisposition.nombreAPoster());
            // the window's badge of letters to e-mail, read at login and after every change
            mesures.put("courriers-badge", services.courriers().suivreCourriers()::enAttente);
            // the Suivis page: the follow-ups not done yet
            var suivis = services.situations().suivreSuivis();
            mesures.put("suivis-liste", () -> suivis.lister(null, false));
            // the same page, « afficher les suivis réalisés » ticked: ten years of them
            mesures.put("tous-les-suivis", () -> suivis.lister(null, true));
            // one urgent decision (the coordinatrice and the medical référent, between meetings) on a waiting
            // request: the same transaction, checks, audit entry and commit as a decision entered in a meeting
            UUID medecin = stockage.membres().findAll().stream().filter(m -> m.role() == Role.REFERENT_MEDICAL)
                    .findFirst().orElseThrow().id();
            List<UUID> enAttente = new ArrayList<>(stockage.demandes().findAll().stream()
                    .filter(d -> d.statut() == fr.cellulepdp.model.demande.StatutDemande.A_ETUDIER
                            && List.of("ESSAI_ENCADRE", "PMSMP", "BILAN_COMPETENCES", "FORMATION", "VAE")
                            .contains(d.mesure().name()))
                    .map(d -> d.id()).toList());
            DeciderEnUrgence urgence = services.seances().deciderEnUrgence();
            mesures.put("decision-enregistree", () -> urgence.decider(medecin, new SaisieDecision(
                    enAttente.remove(enAttente.size() - 1), IssueDecision.SANS_OBJET, AvisMedical.NON_RENDU,
                    "Demande devenue sans objet (mesure de performance).", "", null, null, null, "", null, "",
                    List.of())));
            // -Dseulement=PREFIXE keeps only the measures so named (e.g. "decision": the decision alone)
            String seulement = System.getProperty("seulement", "");
            mesures.keySet().removeIf(nom -> !nom.startsWith(seulement));
            // warm-up: the first calls of a window compile the code paths (JIT) and fill H2's page cache
            int chauffe = Integer.getInteger("chauffe", 15);
            for (int i = 0; i < chauffe; i++) {
                boolean decisions = i < 3;
                mesures.forEach((nom, mesure) -> {
                    if (decisions || !nom.startsWith("decision")) {
                        mesure.get();
                    }
                });
            }
            for (int tour = 0; tour < tours; tour++) {
                for (var mesure : mesures.entrySet()) {
                    imprimer(mesure.getKey(), mesure.getValue());
                }
            }
            // more decisions in a row, for the 99th percentile the issue asks of them
            Supplier<Object> decision = mesures.get("decision-enregistree");
            for (int i = Integer.getInteger("decisions", 40); i > 0 && enAttente.size() > 1; i--) {
                imprimer("decision-enregistree", decision);
            }
        }
    }

    private static void imprimer(String nom, Supplier<Object> mesure) {
        var processeur = java.lang.management.ManagementFactory.getThreadMXBean();
        long debutCpu = processeur.getCurrentThreadCpuTime();
        long debut = System.nanoTime();
        mesure.get();
        System.out.printf(java.util.Locale.ROOT, "%s %.3f%n", nom, (System.nanoTime() - debut) / 1e6);
        // the decision's own CPU beside its elapsed time: on a loaded machine the gap is the wait for a core
        if (nom.startsWith("decision")) {
            System.out.printf(java.util.Locale.ROOT, "%s-cpu %.3f%n", nom,
                    (processeur.getCurrentThreadCpuTime() - debutCpu) / 1e6);
        }
    }

    private static CritereSituations texte(String texte) {
        return new CritereSituations(texte, true, null, null, null, null, null, null, false, 0,
                CritereSituations.LIMITE_PAR_DEFAUT);
    }

    /** A valid NIR (key = 97 - body mod 97) agreeing with the sex and the birth date. */
    static String nir(int i, boolean femme, LocalDate naissance) {
        String corps = String.format("%d%02d%02d%02d%03d%03d", femme ? 2 : 1, naissance.getYear() % 100,
                naissance.getMonthValue(), 1 + i % 95, i / 1000 % 1000, i % 1000);
        return corps + String.format("%02d", 97 - Long.parseLong(corps) % 97);
    }

    /** Synthetic rows over ten years: per situation 1–2 requests decided at the next fortnightly meeting. */
    static void remplir(Path fichier, int nombre, int premiereAnnee) throws Exception {
        Random hasard = new Random(42);
        String url = "jdbc:h2:file:" + fichier.toAbsolutePath().toString().replaceFirst("\\.mv\\.db$", "");
        try (Connection c = DriverManager.getConnection(url, "sa", "")) {
            c.setAutoCommit(false);
            UUID[] membres = new UUID[6];
            try (PreparedStatement m = c.prepareStatement("INSERT INTO membre (id, version, civilite, prenom, nom, "
                    + "fonction, organisation, role, email, actif) VALUES (?, 1, 'Mme', 'P', ?, 'F', 'O', ?, '', TRUE)")) {
                String[] roles = {"COORDINATRICE", "REFERENT_SOCIAL", "REFERENT_SOCIAL", "REFERENT_MEDICAL",
                        "REFERENT_ADMINISTRATIF", "PARTENAIRE"};
                for (int i = 0; i < membres.length; i++) {
                    membres[i] = UUID.randomUUID();
                    m.setObject(1, membres[i]);
                    m.setString(2, "Membre" + i);
                    m.setString(3, roles[i]);
                    m.addBatch();
                }
                m.executeBatch();
            }
            // meetings every other Tuesday-ish: 26 a year, six members convoked
            int nombreSeances = ANNEES * 26;
            UUID[] seances = new UUID[nombreSeances];
            LocalDate[] dates = new LocalDate[nombreSeances];
            try (PreparedStatement s = c.prepareStatement("INSERT INTO seance (id, version, numero, date_seance, lieu, "
                    + "lien_visio, statut) VALUES (?, 1, ?, ?, 'Salle', '', 'CLOTUREE')");
                 PreparedStatement p = c.prepareStatement("INSERT INTO seance_presence (seance_id, membre_id, etat, "
                         + "position) VALUES (?, ?, ?, ?)")) {
                for (int i = 0; i < nombreSeances; i++) {
                    seances[i] = UUID.randomUUID();
                    dates[i] = LocalDate.of(premiereAnnee, 1, 6).plusWeeks(2L * i);
                    s.setObject(1, seances[i]);
                    s.setInt(2, i + 1);
                    s.setDate(3, Date.valueOf(dates[i]));
                    s.addBatch();
                    for (int m = 0; m < membres.length; m++) {
                        p.setObject(1, seances[i]);
                        p.setObject(2, membres[m]);
                        p.setString(3, hasard.nextInt(10) < 8 ? "PRESENT" : "EXCUSE");
                        p.setInt(4, m);
                        p.addBatch();
                    }
                }
                s.executeBatch();
                p.executeBatch();
            }
            try (PreparedStatement a = c.prepareStatement("INSERT INTO assure (id, version, nir, nom, prenom, "
                    + "date_naissance, sexe, adresse_ligne1, adresse_ligne2, code_postal, ville, email, telephone, "
                    + "statut, emploi, employeur_nom) VALUES (?, 1, ?, ?, ?, ?, ?, '', '', '', '', '', '', 'SALARIE', '', ?)");
                 PreparedStatement si = c.prepareStatement("INSERT INTO situation (id, version, numero_dossier, "
                         + "assure_id, referent_social_id, date_signalement, origine, risque, urgent, urgent_motif, "
                         + "complexe, complexe_motif, notes_sociales, avis_medical, statut, issue, date_cloture, texte_recherche) "
                         + "VALUES (?, 1, ?, ?, ?, ?, ?, ?, FALSE, '', FALSE, '', '', '', ?, ?, ?, ?)");
                 PreparedStatement d = c.prepareStatement("INSERT INTO demande (id, version, situation_id, mesure, "
                         + "libelle_autre, date_demande, tuteur, prescripteur, renouvellement, financement, "
                         + "avis_technique, statut) VALUES (?, 1, ?, ?, '', ?, '', '', FALSE, '', '', ?)");
                 PreparedStatement de = c.prepareStatement("INSERT INTO decision (id, version, demande_id, seance_id, "
                         + "issue, avis_medical, motifs, conditions, elements_manquants, derogation, decidee_le) "
                         + "VALUES (?, 1, ?, ?, ?, 'NON_RENDU', '', '', '', '', ?)");
                 // each decision's letter to the person, e-mailed, sent but for the last meeting's
                 PreparedStatement no = c.prepareStatement("INSERT INTO notification (id, version, decision_id, "
                         + "destinataire, canal, statut, sha256, tentatives, envoyee_le, derniere_erreur, adresse, "
                         + "message_id) VALUES (?, 1, ?, 'ASSURE', 'EMAIL', ?, '', ?, ?, '', '', '')");
                 // one decision in two plans a follow-up, done but for the last months' open files
                 PreparedStatement su = c.prepareStatement("INSERT INTO suivi (id, version, situation_id, "
                         + "decision_id, action, responsable_id, echeance, realise_le, note) "
                         + "VALUES (?, 1, ?, ?, 'Point sur la mesure', ?, ?, ?, '')");
                 // the list's files get their « mise à disposition » letter, posted but for the last weeks'
                 PreparedStatement md = c.prepareStatement("INSERT INTO mise_a_disposition (id, version, "
                         + "situation_id, canal, fichier, sha256, produit_le, poste_le) "
                         + "VALUES (?, 1, ?, 'COURRIER', ?, '', ?, ?)")) {
                long jours = LocalDate.of(premiereAnnee + ANNEES - 1, 12, 1).toEpochDay()
                        - LocalDate.of(premiereAnnee, 1, 1).toEpochDay();
                Map<Integer, Integer> numeros = new java.util.HashMap<>();
                for (int i = 0; i < nombre; i++) {
                    UUID assure = UUID.randomUUID();
                    UUID situation = UUID.randomUUID();
                    LocalDate signalement = LocalDate.of(premiereAnnee, 1, 1).plusDays((long) (jours * (i / (double) nombre)));
                    a.setObject(1, assure);
                    boolean femme = hasard.nextBoolean();
                    LocalDate naissance = LocalDate.of(1960 + hasard.nextInt(45), 1 + hasard.nextInt(12), 1);
                    String nom = "Nom" + i;
                    String prenom = PRENOMS[hasard.nextInt(PRENOMS.length)];
                    String employeur = EMPLOYEURS[hasard.nextInt(EMPLOYEURS.length)];
                    a.setString(2, nir(i, femme, naissance));
                    a.setString(3, nom);
                    a.setString(4, prenom);
                    a.setDate(5, Date.valueOf(naissance));
                    a.setString(6, femme ? "FEMININ" : "MASCULIN");
                    a.setString(7, employeur.isEmpty() ? null : employeur);
                    a.addBatch();
                    // numbered per year as the application does; a busy year goes past 9 999
                    int rangAnnee = numeros.merge(signalement.getYear(), 1, Integer::sum);
                    String numero = String.format("PDP-%d-%04d", signalement.getYear(), rangAnnee);
                    boolean cloturee = signalement.plusMonths(10).isBefore(LocalDate.of(premiereAnnee + ANNEES - 1, 6, 1))
                            || hasard.nextInt(3) == 0;
                    si.setObject(1, situation);
                    si.setString(2, numero);
                    si.setObject(3, assure);
                    si.setObject(4, membres[1 + hasard.nextInt(2)]);
                    si.setDate(5, Date.valueOf(signalement));
                    String origine = ORIGINES[hasard.nextInt(ORIGINES.length)];
                    si.setString(6, origine);
                    si.setString(7, RISQUES[hasard.nextInt(RISQUES.length)]);
                    si.setString(8, cloturee ? "CLOTUREE" : "SUIVIE");
                    si.setString(9, cloturee ? ISSUES_SITUATION[hasard.nextInt(ISSUES_SITUATION.length)] : null);
                    si.setDate(10, cloturee ? Date.valueOf(signalement.plusDays(120 + hasard.nextInt(200))) : null);
                    si.setString(11, (Textes.pourRecherche(numero) + " " + Textes.pourRecherche(String.join(" ", nom,
                            prenom, prenom, nom, employeur))).strip());
                    si.addBatch();
                    LocalDate fin = LocalDate.of(premiereAnnee + ANNEES - 1, 12, 1);
                    if (ORIGINES[0].equals(origine) && signalement.isBefore(fin.minusDays(30))) {
                        md.setObject(1, UUID.randomUUID());
                        md.setObject(2, situation);
                        md.setString(3, numero + ".pdf");
                        md.setTimestamp(4, Timestamp.valueOf(signalement.plusDays(3).atTime(9, 0)));
                        md.setTimestamp(5, signalement.isBefore(fin.minusDays(60))
                                ? Timestamp.valueOf(signalement.plusDays(5).atTime(9, 0)) : null);
                        md.addBatch();
                    }
                    int demandes = 1 + hasard.nextInt(2);
                    for (int k = 0; k < demandes; k++) {
                        UUID demande = UUID.randomUUID();
                        LocalDate dateDemande = signalement.plusDays(10 + hasard.nextInt(60));
                        d.setObject(1, demande);
                        d.setObject(2, situation);
                        d.setString(3, MESURES[hasard.nextInt(MESURES.length)]);
                        d.setDate(4, Date.valueOf(dateDemande));
                        // an open file's last request waits one time in three: the list's "waiting" filter
                        boolean attend = !cloturee && k == demandes - 1 && hasard.nextInt(3) == 0;
                        d.setString(5, attend ? "A_ETUDIER" : "DECIDEE");
                        d.addBatch();
                        if (attend) {
                            continue;
                        }
                        int rang = Math.min(nombreSeances - 1, Math.max(0, (int) Math.ceil(
                                (dateDemande.toEpochDay() - dates[0].toEpochDay()) / 14.0) + hasard.nextInt(2)));
                        UUID decision = UUID.randomUUID();
                        de.setObject(1, decision);
                        de.setObject(2, demande);
                        de.setObject(3, seances[rang]);
                        de.setString(4, ISSUES_DECISION[hasard.nextInt(ISSUES_DECISION.length)]);
                        de.setTimestamp(5, Timestamp.valueOf(dates[rang].atTime(15, 0)));
                        de.addBatch();
                        boolean derniere = rang == nombreSeances - 1;
                        no.setObject(1, UUID.randomUUID());
                        no.setObject(2, decision);
                        no.setString(3, derniere ? "EN_ATTENTE_ENVOI" : "ENVOYEE");
                        no.setInt(4, derniere ? 0 : 1);
                        no.setTimestamp(5, derniere ? null : Timestamp.valueOf(dates[rang].plusDays(2).atTime(10, 0)));
                        no.addBatch();
                        if (hasard.nextBoolean()) {
                            LocalDate echeance = dates[rang].plusMonths(2);
                            su.setObject(1, UUID.randomUUID());
                            su.setObject(2, situation);
                            su.setObject(3, decision);
                            su.setObject(4, membres[1 + hasard.nextInt(2)]);
                            su.setDate(5, Date.valueOf(echeance));
                            su.setDate(6, !cloturee && echeance.isAfter(fin.minusMonths(3)) ? null
                                    : Date.valueOf(echeance));
                            su.addBatch();
                        }
                    }
                    if (i % 5_000 == 4_999) {
                        for (PreparedStatement lot : List.of(a, si, d, de, no, su, md)) {
                            lot.executeBatch();
                        }
                        c.commit();
                    }
                }
                for (PreparedStatement lot : List.of(a, si, d, de, no, su, md)) {
                    lot.executeBatch();
                }
                c.commit();
            }
            // the files' numeric sort key (V26), as the repositories write it for a new file
            try (var colonne = c.getMetaData().getColumns(null, null, "SITUATION", "NUMERO_TRI")) {
                if (colonne.next()) {
                    c.createStatement().execute("UPDATE situation SET numero_tri = CASE WHEN numero_dossier LIKE "
                            + "'PDP-____-%' THEN SUBSTRING(numero_dossier FROM 1 FOR 9) || "
                            + "LPAD(SUBSTRING(numero_dossier FROM 10), 12, '0') ELSE numero_dossier END");
                    c.commit();
                }
            }
            // the search words of these files, written by the code of the migrations that fill a former database's:
            // 30.1 writes them without their file's sort key, which 36.1 then fills (by name: a jar from before the
            // words has no such classes, and this file must compile against it too)
            boolean cleDeTri;
            try (var colonne = c.getMetaData().getColumns(null, null, "SITUATION_MOT", "NUMERO_TRI")) {
                cleDeTri = colonne.next();
            }
            if (cleDeTri) {
                c.createStatement().execute("ALTER TABLE situation_mot ALTER COLUMN numero_tri SET NULL");
            }
            migrerEnJava(c, "fr.cellulepdp.persistence.situation.V30_1__RemplirMotsRecherche");
            if (cleDeTri) {
                migrerEnJava(c, "fr.cellulepdp.persistence.situation.V36_1__RangerMotsParNumero");
            }
            c.commit();
            // the batch leaves a bloated file; a cell's database, written a little every day, stays compact
            c.createStatement().execute("SHUTDOWN COMPACT");
        }
    }

    /** Runs a migration in Java of the jar, if it has it, on this connection. */
    private static void migrerEnJava(Connection c, String classe) throws Exception {
        Object migration;
        try {
            migration = Class.forName(classe).getConstructor().newInstance();
        } catch (ClassNotFoundException avant) {
            return;
        }
        // through Flyway's public interface: the method may be declared by a package-private superclass
        org.flywaydb.core.api.migration.JavaMigration.class
                .getMethod("migrate", org.flywaydb.core.api.migration.Context.class).invoke(migration,
                        new org.flywaydb.core.api.migration.Context() {
                            @Override
                            public org.flywaydb.core.api.configuration.Configuration getConfiguration() {
                                return null;
                            }

                            @Override
                            public Connection getConnection() {
                                return c;
                            }
                        });
    }
}
