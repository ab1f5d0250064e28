package fr.cellulepdp.reports.signature;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampResponse;
import org.bouncycastle.tsp.TimeStampToken;

/**
 * A time-stamp authority reached over HTTP (RFC 3161: {@code application/timestamp-query}), with optional basic
 * credentials. A server that cannot be reached, or that refuses, gives no token: the signature is made all the
 * same (B-B) and upgraded later.
 */
public final class ServeurHorodatage implements Horodatage {

    private static final System.Logger JOURNAL = System.getLogger(ServeurHorodatage.class.getName());
    private static final int DELAI_MS = 8_000;

    private final URI adresse;
    private final String utilisateur;
    private final char[] motDePasse;

    public ServeurHorodatage(URI adresse, String utilisateur, char[] motDePasse) {
        this.adresse = adresse;
        this.utilisateur = utilisateur == null ? "" : utilisateur;
        this.motDePasse = motDePasse == null ? new char[0] : motDePasse.clone();
    }

    @Override
    public Optional<TimeStampToken> jeton(byte[] donnees) {
        try {
            TimeStampRequestGenerator generateur = new TimeStampRequestGenerator();
            generateur.setCertReq(true);
            TimeStampRequest requete = generateur.generate(NISTObjectIdentifiers.id_sha256,
                    MessageDigest.getInstance("SHA-256").digest(donnees), new BigInteger(64, new SecureRandom()));
            HttpURLConnection connexion = (HttpURLConnection) adresse.toURL().openConnection();
            connexion.setConnectTimeout(DELAI_MS);
            connexion.setReadTimeout(DELAI_MS);
            connexion.setDoOutput(true);
            connexion.setRequestMethod("POST");
            connexion.setRequestProperty("Content-Type", "application/timestamp-query");
            if (!utilisateur.isEmpty()) {
                connexion.setRequestProperty("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (utilisateur + ":" + new String(motDePasse)).getBytes(StandardCharsets.UTF_8)));
            }
            try (OutputStream sortie = connexion.getOutputStream()) {
                sortie.write(requete.getEncoded());
            }
            if (connexion.getResponseCode() != HttpURLConnection.HTTP_OK) {
                JOURNAL.log(System.Logger.Level.WARNING, "Horodatage refusé par le serveur : HTTP "
                        + connexion.getResponseCode());
                return Optional.empty();
            }
            TimeStampResponse reponse;
            try (InputStream entree = connexion.getInputStream()) {
                reponse = new TimeStampResponse(entree);
            }
            reponse.validate(requete);
            return Optional.ofNullable(reponse.getTimeStampToken());
        } catch (IOException e) {
            JOURNAL.log(System.Logger.Level.INFO, "Horodatage indisponible (" + e.getClass().getSimpleName()
                    + ") : signature sans horodatage, complétée plus tard");
            return Optional.empty();
        } catch (TSPException e) {
            JOURNAL.log(System.Logger.Level.WARNING, "Réponse d'horodatage invalide : " + e.getMessage());
            return Optional.empty();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
