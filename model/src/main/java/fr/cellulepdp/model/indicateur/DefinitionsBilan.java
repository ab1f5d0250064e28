package fr.cellulepdp.model.indicateur;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The figures of the national PDP review (seed 003, « bilan 2020 ») that a cell's own records give, each defined as
 * a formula over additive facts ({@link FaitsBilan}): the cell's review, its export and a consolidation of several
 * cells all evaluate this one catalogue, so a total is the sum of the cells and every level reads the same
 * definitions. {@link #VERSION} changes whenever a fact or a definition changes: exports of different versions are
 * never added up.
 */
public final class DefinitionsBilan {

    /** The version of the facts and definitions, written in every export and checked by the consolidation. */
    public static final String VERSION = "bilan-pdp-2020/1";

    /** How a figure is computed from the facts. */
    public sealed interface Formule {
    }

    /** A count: the sum of one or more facts. */
    public record Somme(List<String> faits) implements Formule {
    }

    /** A mean: a sum of values over a count (ages in years, amounts in cents shown in euros when {@code euros}). */
    public record Moyenne(String somme, String effectif, boolean euros) implements Formule {
    }

    /** A share: the sum of {@code numerateur} over {@code denominateur}, in per cent. */
    public record Part(List<String> numerateur, String denominateur) implements Formule {
    }

    /** An amount: a fact in cents, shown in euros. */
    public record Montant(String fait) implements Formule {
    }

    /** A median, which does not add up: the cell's own review only, never exported nor consolidated. */
    public record Mediane(String cle) implements Formule {
    }

    /** One figure of the review. */
    public record Figure(String code, String rubrique, String libelle, String definition, Formule formule) {
    }

    /** A figure of seed 003 that the cell's records cannot give, and why. */
    public record NonDisponible(String libelle, String raison) {
    }

    /** Parts that add up to a total: what the small-count suppression protects together. */
    public record Groupe(String total, List<String> parties) {
    }

    private static final List<Figure> FIGURES = new ArrayList<>();
    private static final Map<String, String> LIBELLES_FAITS = new LinkedHashMap<>();
    private static final List<Groupe> GROUPES = new ArrayList<>();
    /** A sum fact and the count it goes with: the sum is hidden whenever its count is. */
    private static final Map<String, String> SOMMES = new LinkedHashMap<>();

    static final String ACTIVITE = "Activité de la cellule";
    static final String PERSONNES = "Personnes accompagnées";
    static final String SIGNALEMENTS = "Origine des signalements";
    static final String ESSAIS = "Essais encadrés accordés";
    static final String FIN = "Situation en fin d'accompagnement";
    static final String MONTANTS = "Montants";
    static final String PARTENAIRES = "Suivi conjoint avec les partenaires";

    private static final String DEF_PERSONNES = "Personnes distinctes dont un dossier PDP avec un référent social "
            + "était ouvert à un moment de la période (comme S1), chacune comptée une fois, d'après son dossier le plus "
            + "récent";
    private static final String AGE = "Âge en années révolues au dernier jour de la période (ou à la clôture du "
            + "dossier si elle est antérieure)";

    static {
        // activity
        fait("SITUATIONS_ETUDIEES", "Situations étudiées en séance ou en urgence");
        fait("ACCORDS", "Mesures accordées");
        fait("ACCORDS_BILAN", "Accords : bilans de compétences");
        fait("ACCORDS_MISE_EN_SITUATION", "Accords : essais encadrés, PMSMP et CRPE");
        fait("ACCORDS_FORMATION", "Accords : formations pendant l'arrêt");
        fait("ACCORDS_VAE", "Accords : VAE");
        fait("ACCORDS_AUTRES", "Accords : autres mesures");
        groupe("ACCORDS", "ACCORDS_BILAN", "ACCORDS_MISE_EN_SITUATION", "ACCORDS_FORMATION", "ACCORDS_VAE",
                "ACCORDS_AUTRES");
        somme("A01", ACTIVITE, "Situations étudiées en cellule", "Situations distinctes ayant fait l'objet d'au "
                + "moins une décision en vigueur datée de la période (séance clôturée ou décision urgente).",
                "SITUATIONS_ETUDIEES");
        somme("A02", ACTIVITE, "Mesures de remobilisation accordées", "Accords et accords sous réserve rendus "
                + "pendant la période, toutes mesures décidées confondues (une mesure seulement suivie n'est pas "
                + "accordée).", "ACCORDS");
        somme("A03", ACTIVITE, "dont bilans de compétences", "Accords pour un bilan de compétences.",
                "ACCORDS_BILAN");
        somme("A04", ACTIVITE, "dont PMSMP, essais encadrés, CRPE", "Accords pour une PMSMP, un essai encadré ou une "
                + "CRPE.", "ACCORDS_MISE_EN_SITUATION");
        somme("A05", ACTIVITE, "dont formations", "Accords pour une formation pendant l'arrêt de travail.",
                "ACCORDS_FORMATION");
        somme("A06", ACTIVITE, "dont VAE", "Accords pour une validation des acquis de l'expérience.", "ACCORDS_VAE");
        somme("A07", ACTIVITE, "dont autres mesures", "Accords pour toute autre mesure décidée par la cellule.",
                "ACCORDS_AUTRES");

        // people accompanied: sex, age, status, risk
        fait("PERS", "Personnes accompagnées");
        sexes("PERS");
        ages("PERS_FEMMES", "des femmes");
        ages("PERS_HOMMES", "des hommes");
        List<String> tranches = List.of("PERS_AGE_16_25", "PERS_AGE_26_45", "PERS_AGE_46_55", "PERS_AGE_56_59",
                "PERS_AGE_60_63", "PERS_AGE_64_PLUS", "PERS_AGE_NR");
        List<String> libellesTranches = List.of("25 ans et moins", "26 à 45 ans", "46 à 55 ans", "56 à 59 ans",
                "60 à 63 ans", "64 ans et plus", "Âge non renseigné");
        for (int i = 0; i < tranches.size(); i++) {
            fait(tranches.get(i), libellesTranches.get(i));
        }
        groupe("PERS", tranches.toArray(String[]::new));
        for (StatutPersonne s : StatutPersonne.values()) {
            fait("PERS_STATUT_" + s.name(), s.libelle);
        }
        groupe("PERS", java.util.Arrays.stream(StatutPersonne.values()).map(s -> "PERS_STATUT_" + s.name())
                .toArray(String[]::new));
        for (fr.cellulepdp.model.situation.Risque r : fr.cellulepdp.model.situation.Risque.values()) {
            fait("PERS_RISQUE_" + r.name(), r.libelle());
        }
        groupe("PERS", risques("PERS_RISQUE_"));

        somme("P01", PERSONNES, "Personnes accompagnées individuellement", DEF_PERSONNES + ".", "PERS");
        somme("P02", PERSONNES, "Femmes", "Parmi les personnes accompagnées, les femmes.", "PERS_FEMMES");
        somme("P03", PERSONNES, "Hommes", "Parmi les personnes accompagnées, les hommes.", "PERS_HOMMES");
        part("P04", PERSONNES, "Part des femmes", "Femmes sur les personnes accompagnées.", "PERS", "PERS_FEMMES");
        figure("P05", PERSONNES, "Âge moyen des femmes (ans)", AGE + ", moyenne sur les femmes d'âge connu.",
                new Moyenne("PERS_FEMMES_SOMME_AGES", "PERS_FEMMES_AGE_CONNU", false));
        figure("P06", PERSONNES, "Âge médian des femmes (ans)", AGE + ", médiane sur les femmes d'âge connu "
                + "(propre à la cellule : une médiane ne s'additionne pas et n'est pas exportée).",
                new Mediane("AGE_MEDIAN_FEMMES"));
        figure("P07", PERSONNES, "Âge moyen des hommes (ans)", AGE + ", moyenne sur les hommes d'âge connu.",
                new Moyenne("PERS_HOMMES_SOMME_AGES", "PERS_HOMMES_AGE_CONNU", false));
        figure("P08", PERSONNES, "Âge médian des hommes (ans)", AGE + ", médiane sur les hommes d'âge connu "
                + "(propre à la cellule).", new Mediane("AGE_MEDIAN_HOMMES"));
        somme("P09", PERSONNES, "16 à 25 ans", AGE + " : 25 ans au plus.", "PERS_AGE_16_25");
        somme("P10", PERSONNES, "26 à 45 ans", AGE + " : de 26 à 45 ans.", "PERS_AGE_26_45");
        somme("P11", PERSONNES, "46 à 55 ans", AGE + " : de 46 à 55 ans.", "PERS_AGE_46_55");
        somme("P12", PERSONNES, "56 à 63 ans", AGE + " : de 56 à 63 ans.", "PERS_AGE_56_59", "PERS_AGE_60_63");
        somme("P13", PERSONNES, "Plus de 63 ans", AGE + " : 64 ans et plus.", "PERS_AGE_64_PLUS");
        somme("P14", PERSONNES, "26 à 59 ans (regroupement du bilan)", AGE + " : de 26 à 59 ans.", "PERS_AGE_26_45",
                "PERS_AGE_46_55", "PERS_AGE_56_59");
        somme("P15", PERSONNES, "46 à 59 ans (regroupement du bilan)", AGE + " : de 46 à 59 ans.", "PERS_AGE_46_55",
                "PERS_AGE_56_59");
        somme("P16", PERSONNES, "Âge non renseigné", "Personnes accompagnées sans date de naissance.", "PERS_AGE_NR");
        part("P17", PERSONNES, "Actifs avec un emploi au début de l'arrêt", "Salariés, travailleurs indépendants et "
                + "invalides en activité, selon le statut enregistré de la personne, sur les personnes accompagnées.",
                "PERS", "PERS_STATUT_SALARIE", "PERS_STATUT_INDEPENDANT", "PERS_STATUT_INVALIDE_EN_ACTIVITE");
        part("P18", PERSONNES, "Au chômage au début de l'arrêt", "Demandeurs d'emploi selon le statut enregistré, "
                + "sur les personnes accompagnées.", "PERS", "PERS_STATUT_DEMANDEUR_EMPLOI");
        for (fr.cellulepdp.model.situation.Risque r : fr.cellulepdp.model.situation.Risque.values()) {
            part("P2" + r.ordinal(), PERSONNES, "Risque : " + r.libelle(), "Personnes accompagnées dont le dossier le "
                    + "plus récent relève du risque « " + r.libelle() + " », sur les personnes accompagnées.",
                    "PERS", "PERS_RISQUE_" + r.name());
        }

        // referrals by origin
        fait("SIG", "Signalements");
        for (fr.cellulepdp.model.situation.Origine o : fr.cellulepdp.model.situation.Origine.values()) {
            fait("SIG_" + o.name(), o.libelle());
        }
        groupe("SIG", java.util.Arrays.stream(fr.cellulepdp.model.situation.Origine.values())
                .map(o -> "SIG_" + o.name()).toArray(String[]::new));
        somme("S01", SIGNALEMENTS, "Situations signalées", "Situations dont la date de signalement est dans la "
                + "période.", "SIG");
        for (fr.cellulepdp.model.situation.Origine o : fr.cellulepdp.model.situation.Origine.values()) {
            part(String.format("S%02d", o.ordinal() + 2), SIGNALEMENTS, "Part : " + o.libelle(), "Situations "
                    + "signalées pendant la période avec l'origine « " + o.libelle() + " », sur les situations "
                    + "signalées.", "SIG", "SIG_" + o.name());
        }

        // essais encadrés
        fait("EE", "Personnes ayant un essai encadré accordé");
        sexes("EE");
        ages("EE", "des personnes");
        for (fr.cellulepdp.model.situation.Risque r : fr.cellulepdp.model.situation.Risque.values()) {
            fait("EE_RISQUE_" + r.name(), r.libelle());
        }
        groupe("EE", risques("EE_RISQUE_"));
        fait("EE_MEME_ENTREPRISE", "Dans l'entreprise d'origine");
        fait("EE_AUTRE_ENTREPRISE", "Dans une autre entreprise");
        fait("EE_ENTREPRISE_NR", "Entreprise non comparable");
        groupe("EE", "EE_MEME_ENTREPRISE", "EE_AUTRE_ENTREPRISE", "EE_ENTREPRISE_NR");
        String defEe = "Personnes distinctes ayant obtenu pendant la période un accord (ou accord sous réserve) pour "
                + "un essai encadré (la cellule enregistre l'accord, pas la réalisation)";
        somme("E01", ESSAIS, "Personnes ayant un essai encadré accordé", defEe + ".", "EE");
        somme("E02", ESSAIS, "Hommes", defEe + " : les hommes.", "EE_HOMMES");
        somme("E03", ESSAIS, "Femmes", defEe + " : les femmes.", "EE_FEMMES");
        figure("E04", ESSAIS, "Âge moyen (ans)", "Âge à la date du premier accord de la période, moyenne sur les "
                + "personnes d'âge connu.", new Moyenne("EE_SOMME_AGES", "EE_AGE_CONNU", false));
        for (fr.cellulepdp.model.situation.Risque r : fr.cellulepdp.model.situation.Risque.values()) {
            somme("E1" + r.ordinal(), ESSAIS, "Risque : " + r.libelle(), defEe + ", dont le dossier relève du risque "
                    + "« " + r.libelle() + " ».", "EE_RISQUE_" + r.name());
        }
        somme("E20", ESSAIS, "Dans l'entreprise d'origine", "Essais dont l'entreprise d'accueil a le SIRET de "
                + "l'employeur de la personne (premier accord de la période).", "EE_MEME_ENTREPRISE");
        somme("E21", ESSAIS, "Dans une autre entreprise", "Essais dont l'entreprise d'accueil a un autre SIRET que "
                + "l'employeur.", "EE_AUTRE_ENTREPRISE");
        somme("E22", ESSAIS, "Entreprise non comparable", "Essais dont le SIRET de l'entreprise d'accueil ou de "
                + "l'employeur n'est pas enregistré.", "EE_ENTREPRISE_NR");

        // end of accompaniment
        fait("FIN", "Dossiers clôturés");
        for (IssueFin f : IssueFin.values()) {
            fait("FIN_" + f.name(), f.libelle);
        }
        groupe("FIN", java.util.Arrays.stream(IssueFin.values()).map(f -> "FIN_" + f.name()).toArray(String[]::new));
        String defFin = "Dossiers clôturés pendant la période";
        somme("F01", FIN, "Dossiers clôturés", defFin + ".", "FIN");
        part("F02", FIN, "Maintien dans l'emploi", defFin + " avec l'issue « maintien dans le même poste » ou « autre "
                + "poste dans l'entreprise », sur les dossiers clôturés.", "FIN", "FIN_MAINTIEN_MEME_POSTE",
                "FIN_AUTRE_POSTE");
        part("F03", FIN, "Reconversion professionnelle", defFin + " avec l'issue « reconversion ».", "FIN",
                "FIN_RECONVERSION");
        part("F04", FIN, "Demandeur d'emploi (licenciement pour inaptitude)", defFin + " avec l'issue « licenciement "
                + "pour inaptitude ».", "FIN", "FIN_LICENCIEMENT");
        part("F05", FIN, "Sortie du marché du travail (invalidité, retraite)", defFin + " avec l'issue « invalidité "
                + "ou retraite ».", "FIN", "FIN_INVALIDITE_RETRAITE");
        part("F06", FIN, "Accompagnement interrompu à l'initiative de la personne", defFin + " avec l'issue « arrêt "
                + "à la demande de la personne ».", "FIN", "FIN_ARRET_PERSONNE");
        part("F07", FIN, "Issue non renseignée", defFin + " sans issue enregistrée.", "FIN", "FIN_NR");

        // amounts (cents)
        fait("MONT_ACCORDS", "Accords avec un montant accordé");
        fait("MONT_ACCORDE", "Somme des montants accordés (centimes)");
        SOMMES.put("MONT_ACCORDE", "MONT_ACCORDS");
        fait("MONT_COUTS", "Accords dont la demande indique un coût");
        fait("MONT_COUT", "Somme des coûts des demandes accordées (centimes)");
        SOMMES.put("MONT_COUT", "MONT_COUTS");
        somme("M01", MONTANTS, "Accords avec un montant accordé", "Accords de la période dont la décision indique un "
                + "montant.", "MONT_ACCORDS");
        figure("M02", MONTANTS, "Montants accordés (€)", "Somme des montants indiqués dans les accords de la "
                + "période.", new Montant("MONT_ACCORDE"));
        figure("M03", MONTANTS, "Coût des mesures accordées (€)", "Somme des coûts indiqués dans les demandes "
                + "accordées pendant la période (le financement prévu, pas le montant payé).",
                new Montant("MONT_COUT"));

        // partners (seed 004)
        fait("PART_DOSSIERS", "Dossiers suivis conjointement");
        fait("PART_REVUES", "Revues de dossiers suivis conjointement");
        somme("C01", PARTENAIRES, "Dossiers suivis conjointement avec un partenaire", "Dossiers ouverts à un moment "
                + "de la période dont la personne a consenti au partage avec au moins un partenaire (consentement "
                + "non retiré).", "PART_DOSSIERS");
        somme("C02", PARTENAIRES, "Revues de dossiers suivis conjointement", "Passages à l'ordre du jour d'une séance "
                + "tenue pendant la période d'un dossier suivi conjointement.", "PART_REVUES");
    }

    /** Figures of seed 003 the cell's records cannot give. */
    private static final List<NonDisponible> NON_DISPONIBLES = List.of(
            new NonDisponible("Actes professionnels du service social (177 700 en 2020)", "l'application "
                    + "enregistre les dossiers et décisions de la cellule, pas les entretiens ni les actes du service "
                    + "social."),
            new NonDisponible("Part de la PDP dans l'activité du service social (40,7 %)", "l'activité du service "
                    + "social hors PDP n'est pas enregistrée dans l'application."),
            new NonDisponible("Travail social collectif (informations collectives, ISIC, groupes)", "les actions "
                    + "collectives ne sont pas enregistrées."),
            new NonDisponible("Fin d'accompagnement pour aggravation de l'état de santé", "ce motif n'est pas une issue "
                    + "de dossier dans l'application (il relève d'un détail médical)."),
            new NonDisponible("Sortie avec l'AAH, distincte de l'invalidité ou de la retraite", "l'issue enregistrée "
                    + "regroupe « invalidité ou retraite » ; l'AAH n'y est pas distinguée."),
            new NonDisponible("Demandeurs d'emploi après une fin de contrat", "seul le licenciement pour inaptitude "
                    + "est une issue enregistrée ; une fin de contrat n'est pas distinguée."),
            new NonDisponible("Prestations PS 9, primes de fin de rééducation, aides du FNASS (nombre et montant)",
                    "les paiements sont faits par la caisse ; la cellule enregistre le montant accordé et le coût "
                            + "prévu, et la source de financement en texte libre, non additionnable."),
            new NonDisponible("Profil moyen par analyse factorielle", "analyse statistique nationale, hors du "
                    + "périmètre d'une cellule."),
            new NonDisponible("Visites de mi-carrière et questionnaires de repérage (seed 004)", "ils relèvent du "
                    + "service de santé au travail et ne sont pas enregistrés par la cellule."),
            new NonDisponible("Orientations individuelles entre le service social et le SPSTI (seed 004)", "seule "
                    + "l'origine du signalement reçu par la cellule est enregistrée (voir « Origine des "
                    + "signalements »)."));

    /** The people's status at the start of their sick leave, as recorded on the person. */
    enum StatutPersonne {
        SALARIE("Salariés"), INDEPENDANT("Travailleurs indépendants"), INVALIDE_EN_ACTIVITE("Invalides en activité"),
        DEMANDEUR_EMPLOI("Demandeurs d'emploi");

        final String libelle;

        StatutPersonne(String libelle) {
            this.libelle = libelle;
        }
    }

    /** The end-of-accompaniment outcomes of the seed, from the outcome recorded on the file. */
    enum IssueFin {
        MAINTIEN_MEME_POSTE("Maintien dans le même poste"), AUTRE_POSTE("Autre poste dans l'entreprise"),
        RECONVERSION("Reconversion"), LICENCIEMENT("Licenciement pour inaptitude"),
        INVALIDITE_RETRAITE("Invalidité ou retraite"), ARRET_PERSONNE("Arrêt à la demande de la personne"),
        NR("Issue non renseignée");

        final String libelle;

        IssueFin(String libelle) {
            this.libelle = libelle;
        }
    }

    private DefinitionsBilan() {
    }

    public static List<Figure> figures() {
        return List.copyOf(FIGURES);
    }

    public static List<NonDisponible> nonDisponibles() {
        return NON_DISPONIBLES;
    }

    /** Every additive fact, in order, with its label. */
    public static Map<String, String> faits() {
        return java.util.Collections.unmodifiableMap(LIBELLES_FAITS);
    }

    public static List<Groupe> groupes() {
        return List.copyOf(GROUPES);
    }

    /** Sum facts and the count each goes with. */
    public static Map<String, String> sommes() {
        return java.util.Collections.unmodifiableMap(SOMMES);
    }

    /** {@code population}_FEMMES, _HOMMES and _SEXE_NR, adding up to {@code population}. */
    private static void sexes(String population) {
        fait(population + "_FEMMES", "Femmes");
        fait(population + "_HOMMES", "Hommes");
        fait(population + "_SEXE_NR", "Sexe non renseigné");
        groupe(population, population + "_FEMMES", population + "_HOMMES", population + "_SEXE_NR");
    }

    /** Known and unknown ages of {@code population}, and the sum of the known ones (hidden with their count). */
    private static void ages(String population, String qui) {
        fait(population + "_AGE_CONNU", "Âge connu (" + qui.substring(4) + ")");
        fait(population + "_AGE_NR", "Âge non renseigné (" + qui.substring(4) + ")");
        fait(population + "_SOMME_AGES", "Somme des âges " + qui + " (années)");
        groupe(population, population + "_AGE_CONNU", population + "_AGE_NR");
        SOMMES.put(population + "_SOMME_AGES", population + "_AGE_CONNU");
    }

    private static String[] risques(String prefixe) {
        return java.util.Arrays.stream(fr.cellulepdp.model.situation.Risque.values()).map(r -> prefixe + r.name())
                .toArray(String[]::new);
    }

    private static void fait(String code, String libelle) {
        LIBELLES_FAITS.put(code, libelle);
    }

    private static void groupe(String total, String... parties) {
        GROUPES.add(new Groupe(total, List.of(parties)));
    }

    private static void figure(String code, String rubrique, String libelle, String definition, Formule formule) {
        FIGURES.add(new Figure(code, rubrique, libelle, definition, formule));
    }

    private static void somme(String code, String rubrique, String libelle, String definition, String... faits) {
        figure(code, rubrique, libelle, definition, new Somme(List.of(faits)));
    }

    private static void part(String code, String rubrique, String libelle, String definition, String denominateur,
                             String... numerateur) {
        figure(code, rubrique, libelle, definition, new Part(List.of(numerateur), denominateur));
    }
}
