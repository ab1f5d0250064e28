package fr.cellulepdp.model.compte;

import fr.cellulepdp.model.audit.Audit;
import fr.cellulepdp.model.audit.Ed25519;
import fr.cellulepdp.model.audit.EvenementAudit;
import fr.cellulepdp.model.cellule.Role;
import fr.cellulepdp.model.cellule.Utilisateur;
import fr.cellulepdp.model.commun.Horloge;
import fr.cellulepdp.model.commun.SaisieInvalideException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Each account's role as a coordinatrice attested it: an entry {@value #ACTION} (« compte … ; rôle … ») of the audit
 * trail, signed by a coordinatrice whose own role was so attested, back to the first account, which attests itself.
 * The {@code role} column of the account is what the application uses; a login compares it with the attested role,
 * so a role edited in the database (with the H2 shell, or on the server) is refused with a message saying so.
 * Only the signed registrations and statements are read (two kinds of entry, few), not the whole trail.
 */
public final class RolesAttestes {

    public static final String ACTION = "ROLE_COMPTE";
    private static final Pattern CLE = Pattern.compile("compte (\\S+) ; clé publique (\\S+)");
    private static final Pattern ROLE = Pattern.compile("compte (\\S+) ; rôle (\\S+)");

    private final StockageRoles stockage;
    private final Horloge horloge;

    public RolesAttestes(StockageRoles stockage, Horloge horloge) {
        this.stockage = stockage;
        this.horloge = horloge;
    }

    /** Writes, in {@code acteur}'s name and signed by his key, that {@code compte} has its current role. */
    public void attester(Utilisateur acteur, Compte compte) {
        new Audit(stockage, horloge).noter(acteur, ACTION, "Compte", compte.id(),
                "compte " + compte.identifiant() + " ; rôle " + compte.role().name());
    }

    /**
     * At login, once the account's key is open.
     *
     * @throws SaisieInvalideException when the stored role is not the attested one, or when roles are attested in this
     *         database and this account's is not
     */
    public void verifier(Compte compte) {
        Map<String, Role> roles = attestes(stockage);
        Role atteste = roles.get(compte.identifiant());
        if (atteste == null && roles.isEmpty()) {
            // a database from before attested roles: its coordinatrice attests every account at her next login
            if (compte.role() == Role.COORDINATRICE) {
                attesterTous(compte);
            }
            return;
        }
        if (atteste == null) {
            throw new SaisieInvalideException("", "le rôle de ce compte n'est attesté par aucune coordinatrice : le "
                    + "compte a été créé ou modifié hors de l'application. La coordinatrice doit le recréer.");
        }
        if (atteste != compte.role()) {
            throw new SaisieInvalideException("", "le rôle de ce compte a été modifié hors de l'application (rôle "
                    + "attesté : " + atteste.libelle() + ", rôle trouvé : " + compte.role().libelle() + "). La "
                    + "coordinatrice doit le corriger dans Paramètres › Membres.");
        }
    }

    private void attesterTous(Compte coordinatrice) {
        Utilisateur elle = coordinatrice.utilisateur();
        attester(elle, coordinatrice);
        for (Compte autre : stockage.comptes().findAll()) {
            if (!autre.identifiant().equals(coordinatrice.identifiant())) {
                attester(elle, autre);
            }
        }
    }

    /**
     * The attested role of each account: keys learnt from their signed registrations, statements kept when signed by
     * an account whose attested role is coordinatrice — or, for the very first statement, by the coordinatrice it
     * names, with her first key.
     */
    static Map<String, Role> attestes(StockageRoles stockage) {
        List<EvenementAudit> entrees = stockage.journalAudit().parActions(Set.of(ClesDeSignature.ACTION, ACTION));
        Map<String, String> cles = new HashMap<>();
        Map<String, Role> roles = new HashMap<>();
        for (EvenementAudit e : entrees) {
            if (!e.hash().equals(e.hashCalcule()) || e.signature().isEmpty()) {
                continue;
            }
            Matcher cle = CLE.matcher(e.details());
            Matcher role = ROLE.matcher(e.details());
            String signataire = cles.get(e.acteur());
            if (e.action().equals(ClesDeSignature.ACTION) && cle.matches()) {
                String aVerifier = signataire != null ? signataire
                        : e.acteur().equals(cle.group(1)) ? cle.group(2) : null;
                if (aVerifier != null && Ed25519.verifier(aVerifier, e.hash(), e.signature())) {
                    cles.put(cle.group(1), cle.group(2));
                }
            } else if (e.action().equals(ACTION) && role.matches() && signataire != null
                    && Ed25519.verifier(signataire, e.hash(), e.signature())) {
                Optional<Role> dit = roleNomme(role.group(2));
                boolean racine = roles.isEmpty() && e.acteur().equals(role.group(1)) && dit.equals(Optional.of(Role.COORDINATRICE));
                if (dit.isPresent() && (racine || roles.get(e.acteur()) == Role.COORDINATRICE)) {
                    roles.put(role.group(1), dit.get());
                }
            }
        }
        return roles;
    }

    private static Optional<Role> roleNomme(String nom) {
        try {
            return Optional.of(Role.valueOf(nom));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
