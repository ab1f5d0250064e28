import fr.cellulepdp.model.cellule.Role;
import fr.cellulepdp.model.cellule.Utilisateur;
import fr.cellulepdp.model.indicateur.CalculerIndicateurs;
import fr.cellulepdp.model.indicateur.Indicateurs;
import fr.cellulepdp.model.indicateur.Periode;
import fr.cellulepdp.persistence.AccesBase;
import fr.cellulepdp.persistence.BaseDeDonnees;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Random;
import java.util.UUID;

/**
 * Times one year's indicators on a database of ten years of national volume (100 000 situations by default, with
 * their requests, meetings, attendance and decisions), warm: 10 runs first, then 20 timed.
 * Usage: java -cp app/target/cellule-pdp.jar scripts/MesureIndicateurs.java /tmp/bench-ind/db [SITUATIONS]
 * An empty database is filled first (synthetic rows, batch inserts, then compacted); a filled one is reused.
 */
public class MesureIndicateurs {

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

    static final String COMPTE = "mesure";
    static final String MOT_DE_PASSE = "Mesure-Indicateurs-2026";

    public static void main(String[] args) throws Exception {
        Path fichier = Path.of(args[0]);
        int situations = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        int derniere = LocalDate.now().getYear() - 1;
        AccesBase acces = AccesBase.fichier(fichier);
        if (!acces.verrouillee()) {
            boolean vide;
            try (BaseDeDonnees base = BaseDeDonnees.ouvrir(fichier)) {
                vide = base.situations().count() == 0;
            }
            if (vide) {
                long debut = System.nanoTime();
                remplir(fichier, situations, derniere - ANNEES + 1);
                System.out.printf("base remplie en %.1f s%n", (System.nanoTime() - debut) / 1e9);
            }
            // filled in clear, then encrypted as the coordinatrice's first login does: timed as the application runs
            long debut = System.nanoTime();
            acces.proteger(COMPTE, MOT_DE_PASSE.toCharArray());
            System.out.printf("base chiffrée en %.1f s%n", (System.nanoTime() - debut) / 1e9);
        }
        Utilisateur coordinatrice = new Utilisateur(null, "mesure", Role.COORDINATRICE);
        try (BaseDeDonnees base = acces.ouvrir(COMPTE, MOT_DE_PASSE.toCharArray(), java.time.Instant.now())) {
            System.out.println("situations : " + base.situations().count() + ", décisions : " + base.decisions().count()
                    + ", séances : " + base.seances().count());
            CalculerIndicateurs calcul = new CalculerIndicateurs(base);
            Periode annee = Periode.annee(derniere);
            for (int i = 0; i < 10; i++) {
                calcul.calculer(coordinatrice, annee);
            }
            long[] durees = new long[20];
            Indicateurs ind = null;
            for (int i = 0; i < durees.length; i++) {
                long debut = System.nanoTime();
                ind = calcul.calculer(coordinatrice, annee);
                durees[i] = System.nanoTime() - debut;
            }
            Arrays.sort(durees);
            System.out.printf("indicateurs %d : %d situations étudiées, %d signalements, %d séances%n", derniere,
                    ind.situationsEtudiees().valeur(), ind.parOrigine().total(), ind.seances().tenues());
            System.out.printf("médiane %.1f ms, max %.1f ms (20 calculs, après 10 de chauffe)%n",
                    durees[durees.length / 2] / 1e6, durees[durees.length - 1] / 1e6);
        }
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
                    + "statut, emploi) VALUES (?, 1, ?, ?, 'Prénom', ?, ?, '', '', '', '', '', '', 'SALARIE', '')");
                 PreparedStatement si = c.prepareStatement("INSERT INTO situation (id, version, numero_dossier, "
                         + "assure_id, referent_social_id, date_signalement, origine, risque, urgent, urgent_motif, "
                         + "complexe, complexe_motif, notes_sociales, avis_medical, statut, issue, date_cloture) "
                         + "VALUES (?, 1, ?, ?, ?, ?, ?, ?, FALSE, '', FALSE, '', '', '', ?, ?, ?)");
                 PreparedStatement d = c.prepareStatement("INSERT INTO demande (id, version, situation_id, mesure, "
                         + "libelle_autre, date_demande, tuteur, prescripteur, renouvellement, financement, "
                         + "avis_technique, statut) VALUES (?, 1, ?, ?, '', ?, '', '', FALSE, '', '', 'DECIDEE')");
                 PreparedStatement de = c.prepareStatement("INSERT INTO decision (id, version, demande_id, seance_id, "
                         + "issue, avis_medical, motifs, conditions, elements_manquants, derogation, decidee_le) "
                         + "VALUES (?, 1, ?, ?, ?, 'NON_RENDU', '', '', '', '', ?)")) {
                long jours = LocalDate.of(premiereAnnee + ANNEES - 1, 12, 1).toEpochDay()
                        - LocalDate.of(premiereAnnee, 1, 1).toEpochDay();
                for (int i = 0; i < nombre; i++) {
                    UUID assure = UUID.randomUUID();
                    UUID situation = UUID.randomUUID();
                    LocalDate signalement = LocalDate.of(premiereAnnee, 1, 1).plusDays((long) (jours * (i / (double) nombre)));
                    a.setObject(1, assure);
                    a.setString(2, String.format("1%014d", i));
                    a.setString(3, "Nom" + i);
                    a.setDate(4, Date.valueOf(LocalDate.of(1960 + hasard.nextInt(45), 1 + hasard.nextInt(12), 1)));
                    a.setString(5, hasard.nextBoolean() ? "FEMININ" : "MASCULIN");
                    a.addBatch();
                    boolean cloturee = signalement.plusMonths(10).isBefore(LocalDate.of(premiereAnnee + ANNEES - 1, 6, 1))
                            || hasard.nextInt(3) == 0;
                    si.setObject(1, situation);
                    si.setString(2, "PDP-B-" + i);
                    si.setObject(3, assure);
                    si.setObject(4, membres[1 + hasard.nextInt(2)]);
                    si.setDate(5, Date.valueOf(signalement));
                    si.setString(6, ORIGINES[hasard.nextInt(ORIGINES.length)]);
                    si.setString(7, RISQUES[hasard.nextInt(RISQUES.length)]);
                    si.setString(8, cloturee ? "CLOTUREE" : "SUIVIE");
                    si.setString(9, cloturee ? ISSUES_SITUATION[hasard.nextInt(ISSUES_SITUATION.length)] : null);
                    si.setDate(10, cloturee ? Date.valueOf(signalement.plusDays(120 + hasard.nextInt(200))) : null);
                    si.addBatch();
                    int demandes = 1 + hasard.nextInt(2);
                    for (int k = 0; k < demandes; k++) {
                        UUID demande = UUID.randomUUID();
                        LocalDate dateDemande = signalement.plusDays(10 + hasard.nextInt(60));
                        d.setObject(1, demande);
                        d.setObject(2, situation);
                        d.setString(3, MESURES[hasard.nextInt(MESURES.length)]);
                        d.setDate(4, Date.valueOf(dateDemande));
                        d.addBatch();
                        int rang = Math.min(nombreSeances - 1, Math.max(0, (int) Math.ceil(
                                (dateDemande.toEpochDay() - dates[0].toEpochDay()) / 14.0) + hasard.nextInt(2)));
                        de.setObject(1, UUID.randomUUID());
                        de.setObject(2, demande);
                        de.setObject(3, seances[rang]);
                        de.setString(4, ISSUES_DECISION[hasard.nextInt(ISSUES_DECISION.length)]);
                        de.setTimestamp(5, Timestamp.valueOf(dates[rang].atTime(15, 0)));
                        de.addBatch();
                    }
                    if (i % 5_000 == 4_999) {
                        a.executeBatch();
                        si.executeBatch();
                        d.executeBatch();
                        de.executeBatch();
                        c.commit();
                    }
                }
                a.executeBatch();
                si.executeBatch();
                d.executeBatch();
                de.executeBatch();
                c.commit();
            }
            // the batch leaves a bloated file; a cell's database, written a little every day, stays compact
            c.createStatement().execute("SHUTDOWN COMPACT");
        }
    }
}
