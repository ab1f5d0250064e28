package fr.cellulepdp.persistence.depot;

import fr.cellulepdp.model.commun.Adresse;
import fr.cellulepdp.model.situation.Entreprise;
import fr.cellulepdp.model.situation.Siret;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** Conversions between domain value objects and column values shared by the repositories. */
public final class Conversions {

    private Conversions() {
    }

    public static OffsetDateTime versColonne(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    public static Instant depuisColonne(OffsetDateTime horodatage) {
        return horodatage == null ? null : horodatage.toInstant();
    }

    public static Adresse adresse(String ligne1, String ligne2, String codePostal, String ville) {
        return new Adresse(ligne1, ligne2, codePostal, ville);
    }

    public static Entreprise entreprise(String nom, String siret) {
        if (nom == null && siret == null) {
            return null;
        }
        return new Entreprise(nom, siret == null ? null : new Siret(siret));
    }

    public static String siret(Entreprise entreprise) {
        return entreprise == null || entreprise.siret() == null ? null : entreprise.siret().valeur();
    }

    public static String nomEntreprise(Entreprise entreprise) {
        return entreprise == null ? null : entreprise.nom();
    }

    /** A set of enum constants as one column: names in declaration order, comma-separated. */
    public static <E extends Enum<E>> String ensemble(Collection<E> valeurs) {
        return valeurs.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    public static <E extends Enum<E>> Set<E> ensemble(Class<E> type, String colonne) {
        if (colonne == null || colonne.isBlank()) {
            return Set.of();
        }
        EnumSet<E> valeurs = EnumSet.noneOf(type);
        Arrays.stream(colonne.split(",")).map(nom -> Enum.valueOf(type, nom.strip())).forEach(valeurs::add);
        return Set.copyOf(valeurs);
    }
}
