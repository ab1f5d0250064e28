package fr.cellulepdp.persistence.base;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The TLS rule of a connection to a PostgreSQL server: towards any host but this computer, the connection is
 * encrypted and the server's certificate verified against its name ({@code sslmode=verify-full}, the authority's
 * certificate from {@code sslrootcert=FICHIER} in the address, or the driver's default {@code root.crt}); an address
 * that asks for less is refused before anything is sent. Towards this computer (localhost, 127.0.0.1, ::1) the
 * driver's default applies: TLS when the server offers it, plaintext otherwise.
 */
public final class TlsPostgresql {

    private static final Set<String> LOCAUX = Set.of("localhost", "127.0.0.1", "::1");
    private static final String VERIFICATION_COMPLETE = "verify-full";

    private final Predicate<String> local;

    TlsPostgresql() {
        this(hote -> LOCAUX.contains(hote.toLowerCase(Locale.ROOT)));
    }

    /** @param local which hosts count as this computer (the tests treat none as such) */
    TlsPostgresql(Predicate<String> local) {
        this.local = local;
    }

    /**
     * The driver properties this rule adds to {@code jdbcUrl} (none for a local server or an address that already
     * asks for full verification).
     *
     * @throws BaseIndisponibleException in French, for an address that would send data in clear or to an unverified
     *         server
     */
    Properties proprietes(String jdbcUrl) {
        Properties proprietes = new Properties();
        List<String> distants = hotes(jdbcUrl).stream().filter(local.negate()).toList();
        if (distants.isEmpty()) {
            return proprietes;
        }
        Map<String, String> parametres = parametres(jdbcUrl);
        String mode = parametres.get("sslmode");
        boolean sansTls = "false".equalsIgnoreCase(parametres.get("ssl"));
        if (sansTls || (mode != null && !mode.equalsIgnoreCase(VERIFICATION_COMPLETE))) {
            throw new BaseIndisponibleException("La connexion au serveur PostgreSQL « " + distants.get(0) + " » doit "
                    + "être chiffrée et le certificat du serveur vérifié : retirez « "
                    + (sansTls ? "ssl=false" : "sslmode=" + mode) + " » de l'adresse (la vérification complète, "
                    + "sslmode=verify-full, s'applique par défaut) et indiquez si besoin le certificat de l'autorité "
                    + "du serveur avec sslrootcert=CHEMIN. Seul un serveur sur ce poste (localhost) se passe de TLS.",
                    null);
        }
        if (mode == null) {
            proprietes.setProperty("sslmode", VERIFICATION_COMPLETE);
        }
        return proprietes;
    }

    /** The hosts of {@code jdbc:postgresql://h1[:p],h2[:p]/base?…}, without ports or IPv6 brackets. */
    static List<String> hotes(String jdbcUrl) {
        String reste = jdbcUrl.substring("jdbc:postgresql:".length());
        if (!reste.startsWith("//")) {
            return List.of("localhost");
        }
        String autorite = reste.substring(2).split("[/?]", 2)[0];
        if (autorite.isEmpty()) {
            return List.of("localhost");
        }
        return java.util.Arrays.stream(autorite.split(",")).map(TlsPostgresql::sansPort).toList();
    }

    private static String sansPort(String hotePort) {
        if (hotePort.startsWith("[")) {
            return hotePort.substring(1, hotePort.indexOf(']'));
        }
        int deuxPoints = hotePort.indexOf(':');
        return deuxPoints < 0 ? hotePort : hotePort.substring(0, deuxPoints);
    }

    private static Map<String, String> parametres(String jdbcUrl) {
        Map<String, String> parametres = new LinkedHashMap<>();
        int debut = jdbcUrl.indexOf('?');
        if (debut >= 0) {
            for (String paire : jdbcUrl.substring(debut + 1).split("&")) {
                String[] cleValeur = paire.split("=", 2);
                parametres.put(URLDecoder.decode(cleValeur[0], StandardCharsets.UTF_8).toLowerCase(Locale.ROOT),
                        cleValeur.length > 1 ? URLDecoder.decode(cleValeur[1], StandardCharsets.UTF_8) : "");
            }
        }
        return parametres;
    }
}
