package fr.cellulepdp.app.cli;

import fr.cellulepdp.model.annuaire.TypeOrganisation;
import fr.cellulepdp.model.cellule.Role;
import fr.cellulepdp.model.commun.Probleme;
import fr.cellulepdp.model.commun.SaisieInvalideException;
import fr.cellulepdp.model.commun.Textes;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words the set-up commands take and print for roles and organisation types, the short identifiers of members
 * and organisations, and the refusals of the use cases named after the options typed.
 */
final class ValeursCli {

    /** The fewest characters of an identifier the commands accept. */
    static final int PREFIXE_MINIMUM = 4;

    /** How many characters of an identifier the lists print. */
    static final int IDENTIFIANT_COURT = 8;

    private static final Pattern HEURE = Pattern.compile("(\\d{1,2})(?::(\\d{2})|h(\\d{2})?)");

    /** coordinatrice, social, medical, administratif or partenaire, with a few obvious spellings. */
    static Role role(String texte) {
        String mot = mot(texte).replaceFirst("^referente?-", "");
        return switch (mot) {
            case "coordinatrice", "coordinateur", "coordination", "coordinator" -> Role.COORDINATRICE;
            case "social", "sociale", "referent-social", "assistante-sociale", "assistant-social" -> Role.REFERENT_SOCIAL;
            case "medical", "medicale", "medecin", "medecin-conseil" -> Role.REFERENT_MEDICAL;
            case "administratif", "administrative", "admin" -> Role.REFERENT_ADMINISTRATIF;
            case "partenaire", "partner" -> Role.PARTENAIRE;
            default -> throw new SaisieInvalideException("--role", "« " + texte + " » : coordinatrice, social, "
                    + "medical, administratif ou partenaire attendu.");
        };
    }

    /** The word {@link #role} reads back. */
    static String mot(Role role) {
        return switch (role) {
            case COORDINATRICE -> "coordinatrice";
            case REFERENT_SOCIAL -> "social";
            case REFERENT_MEDICAL -> "medical";
            case REFERENT_ADMINISTRATIF -> "administratif";
            case PARTENAIRE -> "partenaire";
        };
    }

    /** spsti, cap-emploi, france-travail, prescripteur, recours, recours-medical, dpo or autre, with a few obvious spellings. */
    static TypeOrganisation type(String texte) {
        return switch (mot(texte)) {
            case "spsti", "sante-travail", "sante-au-travail", "medecine-du-travail" -> TypeOrganisation.SANTE_TRAVAIL;
            case "cap-emploi", "capemploi" -> TypeOrganisation.CAP_EMPLOI;
            case "france-travail", "francetravail", "pole-emploi" -> TypeOrganisation.FRANCE_TRAVAIL;
            case "prescripteur", "prescriber" -> TypeOrganisation.PRESCRIPTEUR;
            case "recours", "cra", "appeal" -> TypeOrganisation.RECOURS;
            case "recours-medical", "cmra", "medical-appeal" -> TypeOrganisation.RECOURS_MEDICAL;
            case "dpo", "protection-donnees", "protection-des-donnees" -> TypeOrganisation.PROTECTION_DONNEES;
            case "autre", "other" -> TypeOrganisation.AUTRE;
            default -> throw new SaisieInvalideException("--type", "« " + texte + " » : spsti, cap-emploi, "
                    + "france-travail, prescripteur, recours, recours-medical, dpo ou autre attendu.");
        };
    }

    /** A partner's kind of organisation: spsti, cap-emploi or france-travail (an employer is never a member). */
    static fr.cellulepdp.model.cellule.Partenaire partenaire(String texte) {
        return switch (mot(texte)) {
            case "spsti", "sante-travail", "sante-au-travail", "medecine-du-travail" ->
                    fr.cellulepdp.model.cellule.Partenaire.SERVICE_PREVENTION_SANTE_TRAVAIL;
            case "cap-emploi", "capemploi" -> fr.cellulepdp.model.cellule.Partenaire.CAP_EMPLOI;
            case "france-travail", "francetravail", "pole-emploi" -> fr.cellulepdp.model.cellule.Partenaire
                    .FRANCE_TRAVAIL;
            default -> throw new SaisieInvalideException("--partner-type", "« " + texte + " » : spsti, cap-emploi ou "
                    + "france-travail attendu.");
        };
    }

    /** The word {@link #type} reads back. */
    static String mot(TypeOrganisation type) {
        return switch (type) {
            case SANTE_TRAVAIL -> "spsti";
            case CAP_EMPLOI -> "cap-emploi";
            case FRANCE_TRAVAIL -> "france-travail";
            case PRESCRIPTEUR -> "prescripteur";
            case RECOURS -> "recours";
            case RECOURS_MEDICAL -> "recours-medical";
            case PROTECTION_DONNEES -> "dpo";
            case AUTRE -> "autre";
        };
    }

    /** Lower case, without accents, words joined by dashes: « Référent Social » is "referent-social". */
    private static String mot(String texte) {
        return Textes.pourRecherche(texte).replaceAll("[\\s_'.]+", "-").replaceAll("^-|-$", "");
    }

    /** HH:MM, or 14h30 and 14h as people write it in French. */
    static LocalTime heure(String option, String texte) {
        Matcher lue = HEURE.matcher(texte.strip().toLowerCase(Locale.ROOT));
        if (lue.matches()) {
            int heures = Integer.parseInt(lue.group(1));
            String saisies = lue.group(2) != null ? lue.group(2) : lue.group(3);
            int minutes = saisies == null ? 0 : Integer.parseInt(saisies);
            if (heures < 24 && minutes < 60) {
                return LocalTime.of(heures, minutes);
            }
        }
        throw new SaisieInvalideException(option, "« " + texte + " » n'est pas une heure (HH:MM, par exemple 14:00).");
    }

    /** The first characters of an identifier, as the lists print it. */
    static String court(UUID id) {
        return id.toString().substring(0, IDENTIFIANT_COURT);
    }

    /**
     * The one element whose identifier is {@code saisi}, a whole UUID or its first characters (at least
     * {@value #PREFIXE_MINIMUM}).
     *
     * @param quoi what is looked for, in French with its article, as « aucun {@code quoi} » reads (e.g. "membre")
     * @throws SaisieInvalideException naming {@code option} when none or several match
     */
    static <T> T parIdentifiant(String option, String saisi, List<T> elements, Function<T, UUID> id, String quoi,
                                String liste) {
        String prefixe = saisi.strip().toLowerCase(Locale.ROOT);
        if (prefixe.length() < PREFIXE_MINIMUM) {
            throw new SaisieInvalideException(option, "« " + saisi + " » : indiquez au moins " + PREFIXE_MINIMUM
                    + " caractères de l'identifiant (voir « " + liste + " »).");
        }
        List<T> trouves = elements.stream().filter(e -> id.apply(e).toString().startsWith(prefixe)).toList();
        if (trouves.isEmpty()) {
            throw new SaisieInvalideException(option, "aucun " + quoi + " n'a l'identifiant « " + saisi + " » (voir « "
                    + liste + " »).");
        }
        if (trouves.size() > 1) {
            throw new SaisieInvalideException(option, "« " + saisi + " » désigne " + trouves.size() + " " + quoi
                    + "s : indiquez plus de caractères de l'identifiant.");
        }
        return trouves.get(0);
    }

    /**
     * Runs a use case; when it refuses the input, each problem names the option to fix beside the field
     * (« courriel (--email) : … »).
     */
    static <T> T selonOptions(Map<String, String> options, Supplier<T> action) {
        try {
            return action.get();
        } catch (SaisieInvalideException refus) {
            if (refus.problemes().stream().noneMatch(p -> options.containsKey(p.champ()))) {
                throw refus;
            }
            throw new SaisieInvalideException(refus.problemes().stream()
                    .map(p -> options.containsKey(p.champ())
                            ? new Probleme(p.champ() + " (" + options.get(p.champ()) + ")", p.message()) : p)
                    .toList());
        }
    }
}
